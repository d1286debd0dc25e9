import type { ActiveReport } from '../graph/builds';
import type {
  CountyRecord,
  IndicatorRecord,
  MetricRecord,
  MetricYearRecord,
  ReportRecord,
  ScorecardRecord,
} from '../graph/records';
import type { GraphReader } from '../graph/reader';
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

export async function scorecard(graph: GraphReader, countyName: string, year: number): Promise<ScorecardRecord | null> {
  const county = await graph.county(countyName);
  if (!county) return null;
  const { reports } = await graph.view();
  const own = reports.filter((r) => r.countyCode === county.code);
  const setting = own.find((r) => r.year === year);
  if (!setting) return null;
  const reporting = own.find((r) => r.resultsYear === year && r.id !== setting.id) ?? null;
  const [targetReport, resultReport, targets, results] = await Promise.all([
    graph.report(setting.id) as Promise<ReportRecord>,
    reporting ? graph.report(reporting.id) : Promise.resolve(null),
    graph.indicatorsOf(setting.build, 'TARGET', year),
    reporting ? graph.indicatorsOf(reporting.build, 'RESULT', year) : Promise.resolve([]),
  ]);
  const metricIds = [...new Set(targets.map((t) => t.metricId))];
  const metrics = await Promise.all(metricIds.map((id) => graph.node<MetricRecord>(id)));
  const items = metricIds.flatMap((id, i) => {
    const metric = metrics[i];
    if (!metric) return [];
    const { assessment, reason } = assess(
      targets.filter((t) => t.metricId === id),
      results.filter((r) => r.metricId === id),
    );
    return [
      {
        metric,
        year,
        targets: targets.filter((t) => t.metricId === id),
        results: results.filter((r) => r.metricId === id),
        assessment,
        reason,
      },
    ];
  });
  return { county, year, targetReport, resultReport, items };
}
