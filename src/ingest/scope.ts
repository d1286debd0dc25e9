import type { Divisions } from '../places/divisions';
import { townshipKindLabel } from '../places/divisions';
import { reportScopedId, sharedEntityId, townshipId, villageId } from '../model/ids';
import type { CountyInfo, Entity, ExtractedGraph, MetricEntity, ReportMeta, TownshipInfo } from '../model/report';
import { metricKeyOf } from './extract/metricKey';
import { ReportInputError } from './source';

/**
 * Extractors key what they find within one report (`project:330国道西移工程`). Before the graph
 * is written, ids are scoped (src/model/ids.ts): townships and villages by division code, other
 * shared entities by county, indicators by report, so that nothing collides across counties and
 * the same thing in two reports of a county is one node.
 */

/** The report's county, from its metadata's code, or else found by its name in the division data. */
export function resolveCounty(meta: ReportMeta, divisions: Divisions): CountyInfo {
  const county = meta.countyCode
    ? divisions.county(meta.countyCode)
    : (() => {
        const found = divisions.findCounties(meta.county, meta.prefecture ?? meta.province);
        if (found.length > 1) {
          throw new ReportInputError(
            `county ${meta.county} of report ${meta.id} is ambiguous (${found
              .map((c) => `${c.code} in ${c.prefecture?.name ?? c.province.name}`)
              .join(', ')}): add "countyCode" to its metadata`,
          );
        }
        return found[0] ?? null;
      })();
  if (!county) {
    throw new ReportInputError(
      `county ${meta.countyCode ?? meta.county} of report ${meta.id} is not in the national division data: ` +
        'check "county" and "countyCode" in its metadata',
    );
  }
  return {
    code: county.code,
    name: county.name,
    prefecture: county.prefecture?.name ?? null,
    province: county.province.name,
  };
}

/** Every township-level division of the county, as the graph stores them. */
export function countyTownships(county: CountyInfo, divisions: Divisions): TownshipInfo[] {
  return divisions.townships(county.code).map((t) => ({
    id: townshipId(t.code),
    code: t.code,
    name: t.name,
    shortName: t.shortName,
    townshipKind: t.kind,
    kindLabel: townshipKindLabel(t.name),
  }));
}

/**
 * A metric is named by its key, the wording every year's report maps to (规模以上工业增加值增长 and
 * 规上工业增加值增长 are one metric, named 规上工业增加值增长), so the node is the same whatever
 * report was loaded last; the report's own wording stays as an alias.
 */
function asKeyedMetric(metric: MetricEntity): MetricEntity {
  const key = metricKeyOf(metric);
  const aliases = [...new Set([metric.name, ...metric.aliases])].filter((a) => a !== key);
  return { ...metric, name: key, aliases };
}

function localKey(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

/** The extracted graph with county- and report-scoped ids; townships outside the division data are dropped. */
export function scopeGraph(
  graph: ExtractedGraph,
  meta: ReportMeta,
  county: CountyInfo,
  townships: TownshipInfo[],
  divisions: Divisions,
): ExtractedGraph {
  const townshipsByName = new Map(townships.map((t) => [t.name, t]));
  const villagesByName = new Map<string, string>();
  for (const v of divisions.villages(county.code)) {
    // A name two villages of the county share cannot tell which one is meant.
    villagesByName.set(v.name, villagesByName.has(v.name) ? '' : v.code);
  }
  const ids = new Map<string, string>();
  const scopedId = (entity: Entity): string | null => {
    switch (entity.kind) {
      case 'Township': {
        const code = entity.code ?? townshipsByName.get(entity.name)?.code;
        return code ? townshipId(code) : null;
      }
      case 'Village':
        return villageId(county.code, entity.name, entity.code ?? (villagesByName.get(entity.name) || undefined));
      case 'Indicator':
        return reportScopedId('Indicator', meta.id, localKey(entity.id));
      case 'Metric':
        return sharedEntityId('Metric', county.code, metricKeyOf(entity));
      default:
        return sharedEntityId(entity.kind, county.code, entity.name);
    }
  };
  const entities: Entity[] = [];
  for (const entity of graph.entities) {
    const id = scopedId(entity);
    if (!id) continue;
    ids.set(entity.id, id);
    entities.push(entity.kind === 'Metric' ? asKeyedMetric({ ...entity, id }) : { ...entity, id });
  }
  const scoped = entities.map((e) =>
    e.kind === 'Indicator' ? { ...e, metricId: ids.get(e.metricId) ?? e.metricId } : e,
  );
  const relations = graph.relations.flatMap((r) => {
    const from = ids.get(r.from);
    const to = ids.get(r.to);
    return from && to ? [{ ...r, from, to }] : [];
  });
  return { entities: scoped, relations };
}
