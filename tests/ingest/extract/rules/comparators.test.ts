import { firstMatch } from '../../../../src/ingest/extract/rules/rule';
import { PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from '../../../../src/ingest/extract/rules/comparators';
import { findQuantities } from '../../../../src/ingest/extract/quantities';
import { readUnit } from '../../../../src/ingest/extract/rules/units';

/** [text with one number, the rule that decides, comparator] */
const CASES: Record<string, Array<[string, string]>> = {
  atLeastAfter: [
    ['地区生产总值增长8%以上', 'AT_LEAST'],
    ['完成投资20亿元以上', 'AT_LEAST'],
  ],
  atMostAfter: [
    ['PM2.5年平均浓度保持在22微克/立方米以下', 'AT_MOST'],
    ['人口自然增长率控制在8‰以内', 'AT_MOST'],
  ],
  aboutAfter: [
    ['研发经费支出占比达到3.1%左右', 'ABOUT'],
    ['增长7％左右', 'ABOUT'],
  ],
  atLeastBefore: [
    ['地区生产总值突破90亿元', 'AT_LEAST'],
    ['全年争列省市重点项目不少于19个', 'AT_LEAST'],
    ['当年投资不低于19亿元', 'AT_LEAST'],
  ],
  atMostBefore: [['城镇登记失业率控制在1.12%', 'AT_MOST']],
  aboutBefore: [
    ['城区排涝效率提高近3倍', 'ABOUT'],
    ['研发经费支出占生产总值比重预计达到3.0%', 'ABOUT'],
    ['约30个县市', 'ABOUT'],
  ],
};

describe('comparators (rules/comparators.ts)', () => {
  const rules = [...SUFFIX_COMPARATORS, ...PREFIX_COMPARATORS];

  it('has cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(rules.map((r) => r.name).sort());
  });

  describe.each(Object.entries(CASES))('%s', (rule, cases) => {
    it.each(cases)('%s → %s', (text, comparator) => {
      const [q] = findQuantities(text);
      const folded = text.replace(/％/g, '%');
      const context = { text: folded, start: q.numberStart, end: readUnit(folded, q.numberEnd).end };
      const table = SUFFIX_COMPARATORS.some((r) => r.name === rule) ? SUFFIX_COMPARATORS : PREFIX_COMPARATORS;
      // The rule decides in its table, and the quantity carries its comparator.
      const decided = firstMatch(table, context);
      expect(decided?.rule.name).toBe(rule);
      expect(q.comparator).toBe(comparator);
    });
  });

  it('reads 余/多 as at least, a range as at least its lower bound, and nothing as exactly', () => {
    expect(findQuantities('解决问题3万余件')[0]).toMatchObject({ value: 3, unit: '万件', comparator: 'AT_LEAST' });
    expect(findQuantities('每个乡镇打造2-3个示范村')[0]).toMatchObject({ value: 2, upper: 3, comparator: 'AT_LEAST' });
    expect(findQuantities('新增就业2505人')[0].comparator).toBe('EXACTLY');
  });
});
