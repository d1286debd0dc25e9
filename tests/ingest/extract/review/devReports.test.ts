import { hasReview, scoreReport, scoreTable, type EntityScore } from './score';

/**
 * Projects and places of development reports of other counties, with an empty lexicon (the
 * division data only), against the reviewers' lists in data/review/dev/<id>/.
 * Targets: projects precision and recall ≥ 0.85; every township the report names is found.
 */

const REPORTS = ['laiyuan-2022', 'rongcheng-2019', 'yixian-2018'];
const scores: EntityScore[] = [];

afterAll(() => {
  // The per-report table the lead quotes (npx jest tests/ingest/extract/review).
  if (scores.length) console.log(`Entities with an empty lexicon\n\n${scoreTable(scores)}`);
});

describe.each(REPORTS)('%s with an empty lexicon', (id) => {
  it('has reviewed lists', () => {
    expect(hasReview(id)).toBe(true);
  });

  const score = hasReview(id) ? scoreReport(id) : null;
  if (score) scores.push(score);

  it('finds projects with precision and recall of at least 0.85', () => {
    expect(score).not.toBeNull();
    expect({ precision: score!.precision >= 0.85, recall: score!.recall >= 0.85, errors: score!.errors }).toMatchObject(
      {
        precision: true,
        recall: true,
      },
    );
  });

  it('finds every township the report names', () => {
    expect(score).not.toBeNull();
    expect(score!.townshipsNamed.filter((t) => !score!.townshipsFound.includes(t))).toEqual([]);
  });
});
