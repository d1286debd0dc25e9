import {
  CLEANING_RULES,
  cleanMetricName,
  isCleanMetricName,
} from '../../../../src/ingest/extract/rules/metricCleaning';

/** Per rule: [words as read, unit, what the rule alone makes of them, applied until it no longer changes them]. */
const CASES: Record<string, Array<[string, string | null, string]>> = {
  dropMarks: [
    ['“散乱污”企业', null, '散乱污企业'],
    ['“雨露计划”（2）救助', null, '雨露计划救助'],
    ['清理“河湖四乱”(5)', null, '清理河湖四乱'],
  ],
  lastClause: [
    ['，完成投资', null, '完成投资'],
    ['主要预期目标是：地区生产总值增长', null, '地区生产总值增长'],
  ],
  goalPreamble: [['今年经济社会发展的主要预期目标是地区生产总值增长', '%', '地区生产总值增长']],
  leadingYear: [
    ['2018年全县地区生产总值', null, '全县地区生产总值'],
    ['年底前建成率', '%', '建成率'],
  ],
  leadingFiller: [
    ['全年争取上级支持资金', null, '争取上级支持资金'],
    ['预计全县生产总值', null, '生产总值'],
    ['力争全年网络零售额', null, '网络零售额'],
    ['累计完成植树造林', null, '植树造林'],
    ['一是城镇新增就业', null, '城镇新增就业'],
  ],
  baseYearOfValue: [['地区生产总值从2015年的', null, '地区生产总值']],
  trailingFiller: [
    ['地区生产总值完成', null, '地区生产总值'],
    ['比重预计达到', null, '比重'],
    ['城镇登记失业率控制在', null, '城镇登记失业率'],
    ['县城工业园区产值力争', null, '县城工业园区产值'],
  ],
  growthWording: [
    ['同比增长', '%', '增长'],
    ['一般公共预算收入可比增长', '%', '一般公共预算收入增长'],
    ['规模以上工业增加值增速', '%', '规模以上工业增加值增长'],
    ['城镇居民人均可支配收入年均递增', '%', '城镇居民人均可支配收入年均增长'],
    ['优良天数比2016年增加', '天', '优良天数增加'],
    ['制造业投资增', '%', '制造业投资增长'],
  ],
  achievedAttribute: [
    ['汽车及零部件实现产值', '亿元', '汽车及零部件产值'],
    ['食品加工业力争实现年产值', '亿元', '食品加工业年产值'],
  ],
  multipleOfYear: [['全部财政收入是2006年的', '倍', '全部财政收入为2006年的倍数']],
  completionRate: [
    ['省重点项目完成年度投资计划的', '%', '省重点项目年度投资计划完成率'],
    ['占年度任务的', '%', '年度任务完成率'],
  ],
};

describe('metric name cleaning (rules/metricCleaning.ts)', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(CLEANING_RULES.map((r) => r.name).sort());
  });

  describe.each(Object.entries(CASES))('%s', (name, cases) => {
    const rule = CLEANING_RULES.find((r) => r.name === name)!;
    it.each(cases)('%s', (words, unit, expected) => {
      let current = words;
      for (let next = rule.apply({ words: current, unit }); next !== null && next !== current;) {
        current = next;
        next = rule.apply({ words: current, unit });
      }
      expect(current).toBe(expected);
    });
  });

  it('applies all rules until the name no longer changes', () => {
    expect(cleanMetricName('2018年，全县地区生产总值预计完成')).toBe('地区生产总值');
    expect(cleanMetricName('今年经济社会发展的主要预期目标是：地区生产总值增长', '%')).toBe('地区生产总值增长');
    expect(cleanMetricName('全年累计减税降费')).toBe('减税降费');
    expect(cleanMetricName('达到')).toBe('');
  });

  it('tells clean names from names with punctuation, filler or a clause inside', () => {
    for (const name of [
      '地区生产总值增长',
      '新增高新技术企业',
      '省、市重点项目',
      '制止违反管控政策行为',
      'PM2.5平均浓度',
    ])
      expect({ name, clean: isCleanMetricName(name) }).toEqual({ name, clean: true });
    for (const name of [
      '，完成投资',
      '全年新增就业',
      '预计地区生产总值',
      '经济社会发展的主要预期目标是:地区生产总值增长',
      '平稳有序完成涉及',
      '(unnamed)',
      '',
      '城内大街南延至规划南外环晨阳大街南延至巨能路瀑河景观带二期工程',
    ])
      expect({ name, clean: isCleanMetricName(name) }).toEqual({ name, clean: false });
  });
});
