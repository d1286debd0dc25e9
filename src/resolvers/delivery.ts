import type { ActiveReport } from '../graph/builds';
import type { CountyRecord, IndicatorRecord, MetricRecord, MetricYearRecord, ScorecardRecord } from '../graph/records';
import type { GraphReader, ScorecardProjections } from '../graph/reader';
import { type Assessment, assess } from '../model/assessment';
import { partsOf, sameMeasure } from '../model/measures';

/**
 * "Did they deliver?": a year's targets, as that year's report sets them, against the year's
 * results, as the next year's report gives them (src/model/assessment.ts has the rules). A target
 * whose metric found no result of its own is matched, in the report of the year's results, with
 * the result metric that is the same measure worded differently (src/model/measures.ts).
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

/** What a year's results are matched against: the report's results and the metrics targeted that year. */
interface YearEvidence {
  results: readonly IndicatorRecord[];
  targeted: ReadonlySet<string>;
}

/** The evidence of a county's year, read from the reports that set its targets and give its results. */
async function yearEvidence(graph: GraphReader, countyCode: string, year: number): Promise<YearEvidence> {
  const { reports } = await graph.view();
  const own = reports.filter((r) => r.countyCode === countyCode);
  const reporting = own.find((r) => r.resultsYear === year);
  if (!reporting) return { results: [], targeted: new Set() };
  const setting = own.find((r) => r.year === year);
  const [results, targets] = await Promise.all([
    graph.indicatorsOf(reporting.build, 'RESULT', year),
    setting ? graph.indicatorsOf(setting.build, 'TARGET', year) : Promise.resolve([]),
  ]);
  return { results, targeted: new Set(targets.map((t) => t.metricId)) };
}

/** The results compared, by metric name when they are another metric's. */
type Matched = { name: string | null; results: IndicatorRecord[] }[];

/**
 * Results of the year for a target metric that has none of its own: another metric of the report
 * giving the year's results, not targeted itself that year, that is the same measure; for a
 * composite subject (城乡) each of its parts.
 */
async function matchedResults(graph: GraphReader, metric: MetricRecord, evidence: YearEvidence): Promise<Matched> {
  const { results, targeted } = evidence;
  const ids = [...new Set(results.map((r) => r.metricId))].filter((id) => id !== metric.id && !targeted.has(id));
  if (!ids.length) return [];
  const metrics = (await Promise.all(ids.map((id) => graph.node<MetricRecord>(id)))).flatMap((m) => (m ? [m] : []));
  const resultsOf = (m: MetricRecord) => results.filter((r) => r.metricId === m.id);
  const parts = partsOf(metric.name);
  if (parts.length) {
    const found = parts.map((part) => metrics.find((m) => m.name === part));
    return found.every(Boolean) ? found.map((m) => ({ name: m!.name, results: resultsOf(m!) })) : [];
  }
  const scored = metrics
    .map((m) => ({ m, score: sameMeasure(metric.name, m.name) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  // A tie between two candidates cannot say which one is meant.
  if (!scored.length || (scored.length > 1 && scored[1].score === scored[0].score)) return [];
  return [{ name: scored[0].m.name, results: resultsOf(scored[0].m) }];
}

/** The worst of the parts' assessments: a composite target is met only when every part meets it. */
const SEVERITY: Assessment[] = ['NO_TARGET_SET', 'MET', 'MET_FLOOR_ONLY', 'NO_RESULT_REPORTED', 'MISSED'];

async function assessYear(
  graph: GraphReader,
  metric: MetricRecord,
  year: number,
  targets: IndicatorRecord[],
  ownResults: IndicatorRecord[],
  evidence: () => Promise<YearEvidence>,
): Promise<MetricYearRecord> {
  if (ownResults.length || !targets.length) {
    const { assessment, reason } = assess(targets, ownResults);
    return { metric, year, targets, results: ownResults, assessment, reason };
  }
  const groups = await matchedResults(graph, metric, await evidence());
  if (!groups.length) {
    const { assessment, reason } = assess(targets, []);
    return { metric, year, targets, results: [], assessment, reason };
  }
  const parts = groups.map((g) => ({ ...assess(targets, g.results), name: g.name }));
  const assessment = parts.map((p) => p.assessment).sort((a, b) => SEVERITY.indexOf(b) - SEVERITY.indexOf(a))[0];
  const reason = parts.map((p) => `${p.name}：${p.reason}`).join('；');
  return { metric, year, targets, results: groups.flatMap((g) => g.results), assessment, reason };
}

/** A metric's years, oldest first: targets, results and assessment of each. */
export async function metricSeries(graph: GraphReader, metric: MetricRecord): Promise<MetricYearRecord[]> {
  const [indicators, view] = await Promise.all([graph.metricIndicators(metric.id), graph.view()]);
  const reports = new Map(view.reports.map((r) => [r.id, r]));
  const years = [...new Set(indicators.map((i) => i.year))].sort((a, b) => a - b);
  return Promise.all(
    years.map((year) => {
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
      return assessYear(graph, metric, year, targets, results, () => yearEvidence(graph, metric.countyCode, year));
    }),
  );
}

/** Years a county's loaded reports let scorecard compare: one report sets targets, another gives results. */
export async function scorecardYears(graph: GraphReader, county: CountyRecord): Promise<number[]> {
  const { reports } = await graph.view();
  const own = reports.filter((r) => r.countyCode === county.code);
  return [...new Set(own.filter((r) => own.some((o) => o.resultsYear === r.year)).map((r) => r.year))].sort(
    (a, b) => a - b,
  );
}

/**
 * One query (GraphReader.scorecardData), then the assessment of each metric the year's targets
 * measure; a target without results of its own reads the names of the year's other result metrics.
 */
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
  const evidence: YearEvidence = { results, targeted: new Set(metricIds) };
  const items = await Promise.all(
    metricIds.flatMap((id) => {
      const metric = metrics.get(id);
      if (!metric) return [];
      const own = (list: readonly IndicatorRecord[]) => list.filter((x) => x.metricId === id);
      return [assessYear(graph, metric, year, own(targets), own(results), async () => evidence)];
    }),
  );
  return { county, year, targetReport, resultReport, items };
}
