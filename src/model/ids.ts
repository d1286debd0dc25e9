import type { EntityLabel } from './kinds';

/**
 * The id scheme: readable, stable across re-ingests, and never colliding across counties.
 *
 *   county:331122                    a county, by its 6-digit division code
 *   township:331122101               a township, by its 9-digit division code (one node whatever report names it)
 *   village:331122101207             a village in the division data, by its 12-digit code
 *   project:331122:330国道西移工程    other shared entities: kind, county code, canonical name
 *   jinyun-2023                      a report
 *   sentence:jinyun-2023:12          what a report says: kind, report id, position
 *   indicator:jinyun-2023:地区生产总值增长/TARGET/2023/1234
 *
 * A report's nodes keep their ids across re-ingests of the report; the build (one loaded
 * version of a report) is a separate property, never part of an id.
 */

export function countyId(code: string): string {
  return `county:${code}`;
}

export function townshipId(code: string): string {
  return `township:${code}`;
}

/** A shared entity of a county: one node across that county's reports. */
export function sharedEntityId(label: EntityLabel, countyCode: string, name: string): string {
  return `${label.toLowerCase()}:${countyCode}:${name}`;
}

/** A village by division code when it has one, else by county and name. */
export function villageId(countyCode: string, name: string, code?: string): string {
  return code ? `village:${code}` : sharedEntityId('Village', countyCode, name);
}

/** Something one report says (an indicator statement), keyed within the report. */
export function reportScopedId(label: EntityLabel, reportId: string, key: string): string {
  return `${label.toLowerCase()}:${reportId}:${key}`;
}
