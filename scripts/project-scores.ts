/**
 * Prints, per development report with a reviewed project list, how the project reader does
 * with an empty lexicon (the table tests/ingest/extract/review/devReports.test.ts prints).
 * `--details` lists every miss, boundary error and extra, with the sentence it comes from.
 *
 *   npx tsx scripts/project-scores.ts [--details] [report ids…]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { hasReview, ROOT, scoreReport, scoreTable } from '../tests/ingest/extract/review/score';

const args = process.argv.slice(2);
const details = args.includes('--details');
const ids = args.filter((a) => !a.startsWith('--'));
const reviewed = (ids.length > 0 ? ids : readdirSync(path.join(ROOT, 'data/review/dev'))).filter(hasReview);

const scores = reviewed.map((id) => scoreReport(id));
if (details) {
  for (const s of scores) {
    console.log(`\n## ${s.id}`);
    for (const kind of ['missed', 'boundary', 'extra'] as const)
      for (const e of s.errors.filter((x) => x.kind === kind)) console.log(`${kind.toUpperCase().padEnd(8)} ${e.name}`);
  }
  console.log('');
}
console.log(scoreTable(scores));
