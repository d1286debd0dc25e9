/** The loaded reports, and the report picker the dashboard, explorer and landing page share. */
import type { ReportStats as SchemaReportStats } from '../../src/generated/graphql';
import { gql } from './api';

/** What a report holds (the schema's ReportStats). */
export type ReportStats = Omit<SchemaReportStats, '__typename'>;

export interface ReportSummary {
  id: string;
  label: string;
  title: string;
  year: number;
  resultsYear: number;
  countyName: string;
  issuedBy: string;
  publishedAt: string | null;
  county: { code: string; name: string; scorecardYears: number[] };
  stats: ReportStats;
}

export const REPORTS = /* GraphQL */ `
  query PageReports {
    reports(first: 100) {
      totalCount
      nodes {
        id
        label
        title
        year
        resultsYear
        countyName
        issuedBy
        publishedAt
        county {
          code
          name
          scorecardYears
        }
        stats {
          sentences
          projects
          indicators
          targets
          results
          metrics
          townships
          villages
          industries
          enterprises
          platforms
        }
      }
    }
  }
`;

/** Newest first, as the API lists them. */
export async function loadReports(): Promise<ReportSummary[]> {
  const { reports } = await gql<{ reports: { nodes: ReportSummary[] } }>(REPORTS);
  return reports.nodes;
}

/** The report named by `?report=` in the page's address, when it is loaded. */
export function reportFromUrl(reports: ReportSummary[]): ReportSummary | undefined {
  const id = new URLSearchParams(location.search).get('report');
  return id ? reports.find((r) => r.id === id) : undefined;
}

/** Keeps `?report=` in the address (replaceState: the back button is not filled with picks). */
export function setReportInUrl(id: string | null): void {
  const url = new URL(location.href);
  if (id) url.searchParams.set('report', id);
  else url.searchParams.delete('report');
  history.replaceState(null, '', url);
}

/**
 * Fills a <select> with the reports, grouped by county (newest first within each).
 * `allLabel` adds a first option with the value "" (all reports).
 */
export function fillReportPicker(select: HTMLSelectElement, reports: ReportSummary[], allLabel?: string): void {
  const options: HTMLElement[] = [];
  if (allLabel) options.push(new Option(allLabel, ''));
  const counties = new Map<string, ReportSummary[]>();
  for (const report of reports) {
    const list = counties.get(report.county.name) ?? [];
    list.push(report);
    counties.set(report.county.name, list);
  }
  for (const [county, list] of counties) {
    const group = document.createElement('optgroup');
    group.label = county;
    for (const report of list) group.append(new Option(`${report.year} · ${report.label}`, report.id));
    options.push(group);
  }
  select.replaceChildren(...options);
}
