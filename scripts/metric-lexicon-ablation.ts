/**
 * How much of the Jinyun metric lexicon (data/lexicon/metrics.json) the indicator extractor
 * still needs: every restoration, name, distributive subject and metric entry is removed in
 * turn, and kept only if the reviewed list data/review/indicators.tsv (value, unit,
 * comparator, kind, year, stretch and exact metric name of all 250 statements, nothing
 * extracted beyond them) is no longer reproduced without it.
 *
 *   npx tsx scripts/metric-lexicon-ablation.ts [--write]   (--write saves the minimal lexicon)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractIndicators } from '../src/ingest/extract/indicators';
import { parseMetricLexicon } from '../src/ingest/metricLexicon';
import { parseReport } from '../src/ingest/parse';
import type { IndicatorEntity, MetricEntity, ReportMeta } from '../src/ingest/types';
import { readReviewed } from '../tests/support/indicatorScore';

const root = path.join(__dirname, '..');
const lexiconFile = path.join(root, 'data/lexicon/metrics.json');
const text = readFileSync(path.join(root, 'data/reports/jinyun-2023.txt'), 'utf8');
const meta = JSON.parse(readFileSync(path.join(root, 'data/reports/jinyun-2023.json'), 'utf8')) as ReportMeta;
const { topics } = JSON.parse(readFileSync(path.join(root, 'data/lexicon/topics.json'), 'utf8')) as {
  topics: string[];
};
const report = parseReport(text, meta, { knownTopics: topics });
const rows = readReviewed(path.join(root, 'data/review/indicators.tsv'), text);

interface LexiconJson {
  names: string[];
  distributive: Record<string, string[]>;
  restorations: unknown[];
  metrics: unknown[];
}

/** Reviewed statements not reproduced plus statements extracted beyond the list. */
function failures(json: LexiconJson): number {
  let graph;
  try {
    graph = extractIndicators(report, [], parseMetricLexicon(json, 'ablation'));
  } catch {
    return Infinity;
  }
  const indicators = graph.entities.filter((e): e is IndicatorEntity => e.kind === 'Indicator');
  const names = new Map(
    graph.entities.filter((e): e is MetricEntity => e.kind === 'Metric').map((m) => [m.id, m.name]),
  );
  const same = (i: IndicatorEntity, r: (typeof rows)[number]) =>
    i.mentions[0].start < r.end &&
    i.mentions[0].end > r.start &&
    i.indicatorKind === r.kind &&
    i.year === r.year &&
    names.get(i.metricId) === r.metric &&
    i.value === r.value &&
    i.unit === r.unit &&
    i.comparator === r.comparator &&
    i.stretch === r.stretch;
  return (
    rows.filter((r) => !indicators.some((i) => same(i, r))).length +
    indicators.filter((i) => !rows.some((r) => same(i, r))).length
  );
}

const full = JSON.parse(readFileSync(lexiconFile, 'utf8')) as LexiconJson & Record<string, unknown>;
const minimal = JSON.parse(JSON.stringify(full)) as LexiconJson & Record<string, unknown>;
console.log(`reviewed statements: ${rows.length}`);
console.log(
  `failures with this lexicon: ${failures(full)}; with an empty one: ${failures({ names: [], distributive: {}, restorations: [], metrics: [] })}`,
);
for (const section of ['restorations', 'names', 'metrics'] as const) {
  const list = minimal[section] as unknown[];
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const [entry] = list.splice(i, 1);
    if (failures(minimal) > 0) list.splice(i, 0, entry);
    else console.log(`not needed: ${section} ${JSON.stringify(entry)}`);
  }
}
for (const subject of Object.keys(minimal.distributive)) {
  const subjects = minimal.distributive[subject];
  delete minimal.distributive[subject];
  if (failures(minimal) > 0) minimal.distributive[subject] = subjects;
  else console.log(`not needed: distributive ${subject}`);
}
for (const section of ['restorations', 'names', 'metrics'] as const)
  console.log(`${section}: ${(minimal[section] as unknown[]).length} of ${(full[section] as unknown[]).length} needed`);
console.log(
  `distributive: ${Object.keys(minimal.distributive).length} of ${Object.keys(full.distributive).length} needed`,
);
if (process.argv.includes('--write')) writeFileSync(lexiconFile, `${JSON.stringify(minimal, null, 2)}\n`);
