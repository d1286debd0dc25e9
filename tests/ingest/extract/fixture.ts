import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../../../src/ingest/lexicon';
import { parseReport } from '../../../src/ingest/parse';
import type { ParsedReport, ReportMeta } from '../../../src/ingest/types';

/** The shipped report, parsed, with the shipped lexicon: what the extractor runs on. */
export const root = path.join(__dirname, '../../..');
export const lexicon = loadLexicon(path.join(root, 'data/lexicon'));
export const text = readFileSync(path.join(root, 'data/reports/jinyun-2023.txt'), 'utf8');
const meta = JSON.parse(readFileSync(path.join(root, 'data/reports/jinyun-2023.json'), 'utf8')) as ReportMeta;
export const report = parseReport(text, meta, { knownTopics: lexicon.topics });

/** A reviewed list in data/review: one name a line, # comments. */
export function reviewedList(file: string): string[] {
  return readFileSync(path.join(root, 'data/review', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * A report made of the given sentences, without the outline parser (whose rules change on
 * their own): one sentence a line, all in `part` and `year`. Extractors rely only on this shape.
 */
export function sentencesReport(
  lines: readonly string[],
  metaOverrides: Partial<ReportMeta> = {},
  part: ParsedReport['sentences'][number]['part'] = 'RESULTS',
): ParsedReport {
  const text = lines.join('\n');
  let start = 0;
  const sentences = lines.map((line, index) => {
    const sentence = {
      id: `s${index}`,
      paragraphId: `p${index}`,
      sectionId: 'x',
      index,
      text: line,
      start,
      end: start + line.length,
      year: metaOverrides.resultsYear ?? meta.resultsYear,
      part,
    };
    start += line.length + 1;
    return sentence;
  });
  return { meta: { ...meta, ...metaOverrides }, text, sections: [], paragraphs: [], sentences };
}
