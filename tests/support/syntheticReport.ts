import { extractIndicators, type IndicatorExplanation } from '../../src/ingest/extract/indicators';
import { EMPTY_METRIC_LEXICON } from '../../src/ingest/metricLexicon';
import type {
  IndicatorEntity,
  MetricEntity,
  ParsedReport,
  ReportMeta,
  ReportPart,
  Sentence,
} from '../../src/ingest/types';

/**
 * A small report made of given sentences, for testing extraction rules on their
 * own: one paragraph per entry (sentences split at 。), offsets as in a real
 * ParsedReport. Years default to a 2022 report reviewing 2021.
 */
export function syntheticReport(
  paragraphs: ReadonlyArray<{ part: ReportPart; text: string }>,
  years: { year: number; resultsYear: number } = { year: 2022, resultsYear: 2021 },
): ParsedReport {
  const meta: ReportMeta = {
    id: 'synthetic',
    title: 'synthetic report',
    county: '某县',
    year: years.year,
    resultsYear: years.resultsYear,
    issuedBy: '某县人民政府',
    publishedAt: `${years.year}-01-20`,
    source: 'test',
  };
  let text = '';
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (text !== '') text += '\n';
    for (const piece of paragraph.text.match(/[^。]+。?/g) ?? []) {
      const start = text.length;
      text += piece;
      sentences.push({
        id: `s${sentences.length}`,
        paragraphId: `p${p}`,
        sectionId: paragraph.part,
        index: sentences.length,
        text: piece,
        start,
        end: start + piece.length,
        year: paragraph.part === 'RESULTS' ? years.resultsYear : years.year,
        part: paragraph.part,
      });
    }
  });
  return { meta, text, sections: [], paragraphs: [], sentences };
}

export interface ReadIndicator {
  metric: string;
  value: number;
  unit: string | null;
  comparator: string;
  kind: string;
  year: number;
  stretch: boolean;
  quote: string;
  namingRule: string;
  kindYearRule: string;
}

/** Indicators read from a synthetic report with an empty lexicon, with the rules that decided. */
export function readIndicators(
  paragraphs: ReadonlyArray<{ part: ReportPart; text: string }> | string,
  years?: { year: number; resultsYear: number },
): ReadIndicator[] {
  const report = syntheticReport(
    typeof paragraphs === 'string' ? [{ part: 'RESULTS', text: paragraphs }] : paragraphs,
    years,
  );
  const explanations: IndicatorExplanation[] = [];
  const graph = extractIndicators(report, [], EMPTY_METRIC_LEXICON, explanations);
  const metrics = new Map(
    graph.entities.filter((e): e is MetricEntity => e.kind === 'Metric').map((m) => [m.id, m.name]),
  );
  return graph.entities
    .filter((e): e is IndicatorEntity => e.kind === 'Indicator')
    .map((i) => {
      const how = explanations.find((e) => e.indicatorId === i.id)!;
      return {
        metric: metrics.get(i.metricId)!,
        value: i.value,
        unit: i.unit,
        comparator: i.comparator,
        kind: i.indicatorKind,
        year: i.year,
        stretch: i.stretch,
        quote: i.statement,
        namingRule: how.namingRule,
        kindYearRule: how.kindYearRule,
      };
    });
}
