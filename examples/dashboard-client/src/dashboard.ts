import type { Client } from '@urql/core';
import { graphql } from './gql';

/** The data a "did they deliver?" dashboard shows for one county, typed from the server's schema. */

export const ReportsQuery = graphql(`
  query DashboardReports($county: String) {
    reports(filter: { county: $county }, first: 20) {
      nodes {
        id
        label
        year
        resultsYear
        county {
          code
          name
        }
        stats {
          projects
          targets
          results
        }
      }
    }
  }
`);

export const ReportQuery = graphql(`
  query DashboardReport($report: ID!, $county: String!, $year: Int!) {
    byCategory: projectStats(filter: { report: $report }, groupBy: CATEGORY) {
      key
      count
    }
    byStage: projectStats(filter: { report: $report }, groupBy: STAGE) {
      key
      count
    }
    scorecard(county: $county, year: $year) {
      resultReport {
        id
      }
      counts {
        assessment
        count
      }
      items {
        metric {
          name
        }
        assessment
        reason
      }
    }
  }
`);

export interface Dashboard {
  report: { id: string; label: string; year: number; county: string };
  projectsByCategory: Record<string, number>;
  projectsByStage: Record<string, number>;
  /** Null when the county's next report (the year's results) is not loaded. */
  scorecard: { counts: Record<string, number>; missed: string[] } | null;
}

/** Everything the dashboard shows for a county's newest report that has its results loaded (else its newest). */
export async function loadDashboard(client: Client, county: string): Promise<Dashboard> {
  const reports = await client.query(ReportsQuery, { county }).toPromise();
  if (reports.error) throw reports.error;
  const all = reports.data?.reports.nodes ?? [];
  if (!all.length) throw new Error(`no report of ${county} is loaded`);
  const years = new Set(all.map((r) => r.resultsYear));
  const report = all.find((r) => years.has(r.year)) ?? all[0];
  const result = await client
    .query(ReportQuery, { report: report.id, county: report.county.code, year: report.year })
    .toPromise();
  if (result.error) throw result.error;
  const data = result.data!;
  const byKey = (groups: { key: string; count: number }[]) => Object.fromEntries(groups.map((g) => [g.key, g.count]));
  return {
    report: { id: report.id, label: report.label, year: report.year, county: report.county.name },
    projectsByCategory: byKey(data.byCategory),
    projectsByStage: byKey(data.byStage),
    scorecard: data.scorecard?.resultReport
      ? {
          counts: byKey(data.scorecard.counts.map((c) => ({ key: c.assessment, count: c.count }))),
          missed: data.scorecard.items
            .filter((i) => i.assessment === 'MISSED')
            .map((i) => `${i.metric.name}: ${i.reason}`),
        }
      : null,
  };
}
