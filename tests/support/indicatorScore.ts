import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractIndicators, type IndicatorExplanation } from '../../src/ingest/extract/indicators';
import { EMPTY_METRIC_LEXICON, type MetricLexicon } from '../../src/ingest/metricLexicon';
import { isCleanMetricName } from '../../src/ingest/extract/rules/metricCleaning';
import { parseReport } from '../../src/ingest/parse';
import type { IndicatorEntity, MetricEntity, ParsedReport, ReportMeta } from '../../src/ingest/types';

/**
 * Scores extracted indicators against a reviewed list (data/review/…/indicators.tsv,
 * written from reading the report, independently of the extractor).
 *
 * Matching: a reviewed row and an extracted indicator match when the row's quote
 * (found once in the report text) overlaps the indicator's statement and the
 * values are equal; each row and each indicator is matched at most once, rows in
 * file order, the candidate agreeing on most other fields first. Then:
 * - recall = matched rows / rows; precision = matched indicators / indicators;
 * - on matched pairs: unit, comparator, kind and year compared one by one;
 * - metric names: the share of extracted indicators whose metric name is clean
 *   (isCleanMetricName: no leading punctuation or filler, no clause inside).
 */

export const ROOT = path.join(__dirname, '../..');

export interface ReviewedIndicator {
  kind: string;
  year: number;
  metric: string;
  value: number;
  unit: string | null;
  comparator: string;
  stretch: boolean;
  quote: string;
  /** Offset of the quote in the report text. */
  start: number;
  end: number;
}

/** Reads a reviewed list; every quote must occur exactly once in `text`. */
export function readReviewed(file: string, text: string): ReviewedIndicator[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  if (header !== 'kind\tyear\tmetric\tvalue\tunit\tcomparator\tstretch\tquote') {
    throw new Error(`${file}: unexpected header ${header}`);
  }
  return rows.map((line) => {
    const [kind, year, metric, value, unit, comparator, stretch, quote] = line.split('\t');
    const start = text.indexOf(quote);
    if (start < 0 || text.indexOf(quote, start + 1) >= 0) throw new Error(`${file}: quote not unique: ${quote}`);
    return {
      kind,
      year: Number(year),
      metric,
      value: Number(value),
      unit: unit || null,
      comparator,
      stretch: stretch === 'true',
      quote,
      start,
      end: start + quote.length,
    };
  });
}

export interface ExtractedIndicator {
  indicator: IndicatorEntity;
  metric: string;
  namingRule: string;
  kindYearRule: string;
}

export interface FieldErrors {
  unit: number;
  comparator: number;
  kind: number;
  year: number;
}

export interface Score {
  id: string;
  sentences: number;
  rows: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
  /** Share of matched pairs with kind and year both right. */
  kindYear: number;
  /** Share of matched pairs with unit, comparator, kind and year all right. */
  fullyRight: number;
  /** Share of extracted indicators with a clean metric name. */
  cleanNames: number;
  fieldErrors: FieldErrors;
  missed: ReviewedIndicator[];
  extra: ExtractedIndicator[];
  wrong: Array<{ row: ReviewedIndicator; got: ExtractedIndicator; fields: Array<keyof FieldErrors> }>;
  unclean: ExtractedIndicator[];
}

export { EMPTY_METRIC_LEXICON };

/** A development report (data/reports/dev/<id>.txt with its .json), parsed. */
export function loadDevReport(id: string): ParsedReport {
  const base = path.join(ROOT, 'data/reports/dev', id);
  const text = readFileSync(`${base}.txt`, 'utf8');
  const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as ReportMeta;
  return parseReport(text, meta);
}

export function extract(report: ParsedReport, lexicon: MetricLexicon = EMPTY_METRIC_LEXICON): ExtractedIndicator[] {
  const explanations: IndicatorExplanation[] = [];
  const graph = extractIndicators(report, [], lexicon, explanations);
  const metrics = new Map(
    graph.entities.filter((e): e is MetricEntity => e.kind === 'Metric').map((m) => [m.id, m.name]),
  );
  const how = new Map(explanations.map((e) => [e.indicatorId, e]));
  return graph.entities
    .filter((e): e is IndicatorEntity => e.kind === 'Indicator')
    .map((indicator) => ({
      indicator,
      metric: metrics.get(indicator.metricId) ?? '',
      namingRule: how.get(indicator.id)?.namingRule ?? '',
      kindYearRule: how.get(indicator.id)?.kindYearRule ?? '',
    }));
}

function fieldsWrong(row: ReviewedIndicator, got: IndicatorEntity): Array<keyof FieldErrors> {
  const wrong: Array<keyof FieldErrors> = [];
  if (row.unit !== got.unit) wrong.push('unit');
  if (row.comparator !== got.comparator) wrong.push('comparator');
  if (row.kind !== got.indicatorKind) wrong.push('kind');
  if (row.year !== got.year) wrong.push('year');
  return wrong;
}

export function score(id: string, report: ParsedReport, rows: ReviewedIndicator[], found: ExtractedIndicator[]): Score {
  const used = new Set<ExtractedIndicator>();
  const pairs: Array<{ row: ReviewedIndicator; got: ExtractedIndicator }> = [];
  const missed: ReviewedIndicator[] = [];
  for (const row of rows) {
    const candidates = found.filter((f) => {
      const [m] = f.indicator.mentions;
      return !used.has(f) && m.start < row.end && m.end > row.start && f.indicator.value === row.value;
    });
    candidates.sort((a, b) => fieldsWrong(row, a.indicator).length - fieldsWrong(row, b.indicator).length);
    const best = candidates[0];
    if (best) {
      used.add(best);
      pairs.push({ row, got: best });
    } else missed.push(row);
  }
  const fieldErrors: FieldErrors = { unit: 0, comparator: 0, kind: 0, year: 0 };
  const wrong: Score['wrong'] = [];
  let kindYearRight = 0;
  let fullyRight = 0;
  for (const { row, got } of pairs) {
    const fields = fieldsWrong(row, got.indicator);
    for (const f of fields) fieldErrors[f] += 1;
    if (!fields.includes('kind') && !fields.includes('year')) kindYearRight += 1;
    if (fields.length === 0) fullyRight += 1;
    else wrong.push({ row, got, fields });
  }
  const unclean = found.filter((f) => !isCleanMetricName(f.metric));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    id,
    sentences: report.sentences.filter((s) => s.part !== 'PREAMBLE').length,
    rows: rows.length,
    found: found.length,
    matched: pairs.length,
    recall: ratio(pairs.length, rows.length),
    precision: ratio(pairs.length, found.length),
    kindYear: ratio(kindYearRight, pairs.length),
    fullyRight: ratio(fullyRight, pairs.length),
    cleanNames: ratio(found.length - unclean.length, found.length),
    fieldErrors,
    missed,
    extra: found.filter((f) => !used.has(f)),
    wrong,
    unclean,
  };
}

/** The most frequent kind of remaining error, with a count and an example. */
export function mostCommonError(s: Score): string {
  const kinds: Array<[string, number, string]> = [
    ['missed statement', s.missed.length, s.missed[0]?.quote ?? ''],
    ['extra (not a reviewed statement)', s.extra.length, s.extra[0]?.indicator.statement ?? ''],
    ...(Object.keys(s.fieldErrors) as Array<keyof FieldErrors>).map((f): [string, number, string] => [
      `wrong ${f}`,
      s.fieldErrors[f],
      s.wrong.find((w) => w.fields.includes(f))?.row.quote ?? '',
    ]),
    ['unclean metric name', s.unclean.length, s.unclean[0]?.metric ?? ''],
  ];
  const [name, count, example] = kinds.sort((a, b) => b[1] - a[1])[0];
  return count === 0 ? 'none' : `${name} ×${count} (e.g. ${example})`;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A Markdown table, one line per report. */
export function scoreTable(scores: Score[]): string {
  const head =
    '| report | sentences | reviewed | found | precision | recall | kind+year | fully right | clean names | most common remaining error |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|';
  const lines = scores.map(
    (s) =>
      `| ${s.id} | ${s.sentences} | ${s.rows} | ${s.found} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.kindYear)} | ${pct(s.fullyRight)} | ${pct(s.cleanNames)} | ${mostCommonError(s)} |`,
  );
  return [head, ...lines].join('\n');
}
