import type { ActiveReport } from '../graph/builds';
import type { CountyRecord, IndicatorRecord, MetricRecord, MetricYearRecord, ScorecardRecord } from '../graph/records';
import type { GraphReader, ScorecardProjections } from '../graph/reader';
import { assess } from '../model/assessment';

/**
 * "Did they deliver?": a year's targets, as that year's report sets them, against the year's
 * results, as the next year's report gives them (src/model/assessment.ts has the rules).
 */

/** Of several reports stating something of a year, the one whose job it is: `preferred`, else the latest. */
function fromBestReport(
  indicators: readonly IndicatorRecord[],
  reports: ReadonlyMap<string, ActiveReport>,
  preferred: (report: ActiveReport) => boolean,
): IndicatorRecord[] {
  const byReport = new Map<string, IndicatorRecord[]>();
  for (const i of indicators) byReport.set(i.reportId, [...(byReport.get(i.reportId) ?? []), i]);
  const candidates = [...byReport.keys()].flatMap((id) => (reports.has(id) ? [reports.get(id)!] : []));
  const best = candidates.find(preferred) ?? candidates.sort((a, b) => b.year - a.year)[0];
  return best ? byReport.get(best.id)! : [];
}

function yearOf(
  metric: MetricRecord,
  year: number,
  indicators: readonly IndicatorRecord[],
  reports: ReadonlyMap<string, ActiveReport>,
): MetricYearRecord {
  const ofYear = indicators.filter((i) => i.year === year);
  const targets = fromBestReport(
    ofYear.filter((i) => i.indicatorKind === 'TARGET'),
    reports,
    (r) => r.year === year,
  );
  const results = fromBestReport(
    ofYear.filter((i) => i.indicatorKind === 'RESULT'),
    reports,
    (r) => r.resultsYear === year,
  );
  const { assessment, reason } = assess(targets, results);
  return { metric, year, targets, results, assessment, reason };
}

/** A metric's years, oldest first: targets, results and assessment of each. */
export async function metricSeries(graph: GraphReader, metric: MetricRecord): Promise<MetricYearRecord[]> {
  const [indicators, view] = await Promise.all([graph.metricIndicators(metric.id), graph.view()]);
  const reports = new Map(view.reports.map((r) => [r.id, r]));
  const years = [...new Set(indicators.map((i) => i.year))].sort((a, b) => a - b);
  return years.map((year) => yearOf(metric, year, indicators, reports));
}

/** Years a county's loaded reports let scorecard compare: one report sets targets, another gives results. */
export async function scorecardYears(graph: GraphReader, county: CountyRecord): Promise<number[]> {
  const { reports } = await graph.view();
  const own = reports.filter((r) => r.countyCode === county.code);
  return [...new Set(own.filter((r) => own.some((o) => o.resultsYear === r.year)).map((r) => r.year))].sort(
    (a, b) => a - b,
  );
}

/** One query (GraphReader.scorecardData), then the assessment of each metric the year's targets measure. */
export async function scorecard(
  graph: GraphReader,
  countyName: string,
  year: number,
  projections?: ScorecardProjections,
): Promise<ScorecardRecord | null> {
  const data = await graph.scorecardData(countyName, year, projections);
  if (!data?.targetReport) return null;
  const { county, targetReport, resultReport, targets, results } = data;
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const metricIds = [...new Set(targets.map((t) => t.metricId))];
  const items = metricIds.flatMap((id) => {
    const metric = metrics.get(id);
    if (!metric) return [];
    const set = targets.filter((t) => t.metricId === id);
    const given = results.filter((r) => r.metricId === id);
    const { assessment, reason } = assess(set, given);
    return [{ metric, year, targets: set, results: given, assessment, reason }];
  });
  return { county, year, targetReport, resultReport, items };
}
