/**
 * Prints, per development report with a reviewed list, how the indicator
 * extractor does with an empty lexicon: sentences, indicators found, precision,
 * recall, kind/year accuracy, fully right, clean metric names and the most
 * common remaining error. `--details` lists every miss, extra and wrong field.
 *
 *   npx tsx scripts/indicator-scores.ts [--details] [report ids…]
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extract, loadDevReport, readReviewed, ROOT, score, scoreTable } from '../tests/support/indicatorScore';

const args = process.argv.slice(2);
const details = args.includes('--details');
const reviewDir = path.join(ROOT, 'data/review/dev');
const ids = args.filter((a) => !a.startsWith('--'));
const reviewed = (ids.length > 0 ? ids : readdirSync(reviewDir)).filter((id) =>
  existsSync(path.join(reviewDir, id, 'indicators.tsv')),
);

const scores = reviewed.map((id) => {
  const report = loadDevReport(id);
  const rows = readReviewed(path.join(reviewDir, id, 'indicators.tsv'), report.text);
  return score(id, report, rows, extract(report));
});

if (details) {
  for (const s of scores) {
    console.log(`\n## ${s.id}`);
    for (const row of s.missed)
      console.log(`MISSED  ${row.kind} ${row.year} ${row.metric} ${row.value}${row.unit ?? ''} | ${row.quote}`);
    for (const f of s.extra)
      console.log(
        `EXTRA   ${f.metric} ${f.indicator.value}${f.indicator.unit ?? ''} [${f.namingRule}] | ${f.indicator.statement}`,
      );
    for (const w of s.wrong) {
      const g = w.got.indicator;
      console.log(
        `WRONG   ${w.fields.join(',')}: reviewed ${w.row.kind} ${w.row.year} ${w.row.value}${w.row.unit ?? ''} ${w.row.comparator}; got ${g.indicatorKind} ${g.year} ${g.value}${g.unit ?? ''} ${g.comparator} [${w.got.kindYearRule}] | ${w.row.quote}`,
      );
    }
    for (const f of s.unclean) console.log(`UNCLEAN ${f.metric} [${f.namingRule}] | ${f.indicator.statement}`);
  }
  console.log('');
}
console.log(scoreTable(scores));
