import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLexicon } from '../../../src/ingest/lexicon';
import { parseReport } from '../../../src/ingest/parse';
import type { ReportMeta } from '../../../src/ingest/types';

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
