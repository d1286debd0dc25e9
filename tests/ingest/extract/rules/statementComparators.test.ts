import { STATEMENT_COMPARATORS } from '../../../../src/ingest/extract/rules/statementComparators';
import { readIndicators } from '../../../support/syntheticReport';

/** Per rule: a sentence of the review part, a value in it and the comparator the rule gives it. */
const CASES: Record<string, Array<[string, number, string]>> = {
  floorInList: [['至少完成2个品类生态资源收储、10宗交易。', 10, 'AT_LEAST']],
  estimateInClause: [['城乡居民收入预计分别完成26996元、17613元。', 17613, 'ABOUT']],
  estimateOfSource: [['社会消费品零售总额预计完成52亿元，同比增长5.2%。', 5.2, 'ABOUT']],
  estimateOpensSentence: [
    ['预计全县生产总值完成122.4亿元；规模以上工业增加值完成12亿元；固定资产投资完成106亿元，增长9%。', 12, 'ABOUT'],
  ],
  boundSharedBy且: [['所有行政村均实现村集体经济总收入20万元且经营性收入10万元以上。', 20, 'AT_LEAST']],
};

describe('comparators from the words around a statement (rules/statementComparators.ts)', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(STATEMENT_COMPARATORS.map((r) => r.name).sort());
  });

  describe.each(Object.entries(CASES))('%s', (_rule, cases) => {
    it.each(cases)('%s (%s)', (sentence, value, comparator) => {
      expect(readIndicators(sentence).find((i) => i.value === value)?.comparator).toBe(comparator);
    });
  });

  it('leaves a clause without 预计 exact when 预计 does not open the sentence', () => {
    const read = readIndicators('2019年，全县地区生产总值预计完成51.08亿元，一般公共预算收入完成2.36亿元。');
    expect(read.map((i) => [i.value, i.comparator])).toEqual([
      [51.08, 'ABOUT'],
      [2.36, 'EXACTLY'],
    ]);
  });
});
