import { NAMING_RULES } from '../../../../src/ingest/extract/rules/metricNaming';
import { readIndicators } from '../../../support/syntheticReport';

/**
 * Per naming rule: a sentence of the review part and the metrics it names, in
 * order, as [value, metric]; the rule must be the one that named the value.
 */
const CASES: Record<string, Array<[string, Array<[number, string]>]>> = {
  respectively: [
    [
      '城乡居民人均可支配收入分别完成32296元、11516元。',
      [
        [32296, '城镇居民人均可支配收入'],
        [11516, '农村居民人均可支配收入'],
      ],
    ],
    [
      '基本养老和基本医疗参保率分别达到99%、95.4%。',
      [
        [99, '基本养老参保率'],
        [95.4, '基本医疗参保率'],
      ],
    ],
    [
      '全年接待游客764万人次，实现综合效益38亿元，分别增长64.2%、63.4%。',
      [
        [64.2, '接待游客增长'],
        [63.4, '综合效益增长'],
      ],
    ],
    [
      '我县空气环境质量综合指数、PM2.5平均浓度同比分别下降8.7%和5.7%。',
      [
        [8.7, '空气环境质量综合指数下降'],
        [5.7, 'PM2.5平均浓度下降'],
      ],
    ],
    [
      '全县金融机构存、贷款余额分别达到143亿元、68亿元。',
      [
        [143, '金融机构存款余额'],
        [68, '金融机构贷款余额'],
      ],
    ],
    [
      '地方生产总值和全部财政收入年均递增27.7%，分别达到439亿元、36亿元。',
      [
        [439, '地方生产总值'],
        [36, '全部财政收入'],
      ],
    ],
    [
      '2015年地方生产总值和全部财政收入确保比2010年翻两番，分别达到392亿元、32亿元。',
      [
        [392, '地方生产总值'],
        [32, '全部财政收入'],
      ],
    ],
  ],
  jointly: [
    [
      '参保率、资助率均为100%。',
      [
        [100, '参保率'],
        [100, '资助率'],
      ],
    ],
    [
      '全部财政收入和一般预算收入增长17%以上。',
      [
        [17, '全部财政收入增长'],
        [17, '一般预算收入增长'],
      ],
    ],
  ],
  attributeBeforeDe: [
    ['启动总投资5.9亿元的沙河大街管廊和城区管网建设。', [[5.9, '沙河大街管廊和城区管网总投资']]],
    ['投资1.8亿元的桃木疙瘩屠宰加工项目建成投产。', [[1.8, '桃木疙瘩屠宰加工项目投资']]],
  ],
  reachOfThing: [['平稳有序完成涉及10万人的乡镇区划调整。', [[10, '乡镇区划调整涉及人口']]]],
  investmentForAction: [['投资1.5亿元实施农村人居环境整治。', [[1.5, '农村人居环境整治投资']]]],
  countedNoun: [
    ['新建500套人才公寓。', [[500, '新建人才公寓']]],
    ['完成14所学校维修改造。', [[14, '学校维修改造']]],
    ['建成137个高标准智慧安防小区。', [[137, '建成高标准智慧安防小区']]],
    // What selects the counted things goes first, as a chart axis reads.
    ['1家高新技术企业通过省级公示。', [[1, '通过省级公示高新技术企业']]],
    ['2个涉房地产信访案件如期办结。', [[2, '办结涉房地产信访案件']]],
  ],
  sharesCountedNoun: [
    [
      // The last item is a countedNoun; the ones before it share its noun.
      '大力推进洋山区块387亩、三都区块450亩、高铁区块700亩工业用地空间拓展。',
      [
        [387, '工业用地空间拓展'],
        [450, '工业用地空间拓展'],
      ],
    ],
  ],
  parallelList: [
    [
      '城乡居民人均可支配收入分别完成32296元、11516元，同比增长10.2%、13.9%。',
      [
        [10.2, '城镇居民人均可支配收入增长'],
        [13.9, '农村居民人均可支配收入增长'],
      ],
    ],
  ],
  shareUsedFor: [['一般公共预算收入的82%用于民生。', [[82, '一般公共预算收入用于民生']]]],
  shareOfWhole: [['全年财政民生支出22.1亿元，占公共财政预算支出的85%。', [[85, '财政民生支出占公共财政预算支出比重']]]],
  multipleOfBaseYear: [['完成全部财政收入10.1亿元，是2006年的2.7倍。', [[2.7, '全部财政收入为2006年的倍数']]]],
  levelAfterChange: [['森林覆盖率由2015年的38%增长到46%。', [[46, '森林覆盖率']]]],
  changeCarriesSubject: [
    ['地区生产总值完成70.11亿元，同比增长4.9%。', [[4.9, '地区生产总值增长']]],
    ['全县地区生产总值完成81.16亿元，增速7.9%，全市第5。', [[7.9, '地区生产总值增长']]],
    ['空气质量综合指数3.9，同比下降17.41%。', [[17.41, '空气质量综合指数下降']]],
  ],
  attributeCarriesSubject: [['开发区签约项目6个，总投资12亿元。', [[12, '开发区签约项目总投资']]]],
  repeatsPrevious: [
    ['确保全年新增工业用地空间1200亩以上、力争1500亩以上。', [[1500, '新增工业用地空间']]],
    ['为各级学生发放资助补贴29361人次1817.58万元。', [[1817.58, '为各级学生发放资助补贴金额']]],
  ],
  ownWords: [
    ['全县地区生产总值完成81.16亿元。', [[81.16, '地区生产总值']]],
    ['改造农村公路41.8公里、危桥1座。', [[1, '改造危桥']]],
    ['今年经济社会发展的主要预期目标是：地区生产总值增长8%以上。', [[8, '地区生产总值增长']]],
  ],
};

describe('naming the metric (rules/metricNaming.ts)', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(NAMING_RULES.map((r) => r.name).sort());
  });

  describe.each(Object.entries(CASES))('%s', (rule, cases) => {
    it.each(cases)('%s', (sentence, expected) => {
      const read = readIndicators(sentence);
      for (const [value, metric] of expected) {
        const found = read.filter((i) => i.value === value && i.metric === metric);
        expect({ value, metric, rules: found.map((i) => i.namingRule) }).toEqual({
          value,
          metric,
          rules: expect.arrayContaining([rule]),
        });
      }
    });
  });

  it('carries the subject to a bare growth and keeps the level apart', () => {
    const read = readIndicators('地区生产总值完成70.11亿元，同比增长4.9%。');
    expect(read.map((i) => [i.metric, i.value, i.unit])).toEqual([
      ['地区生产总值', 70.11, '亿元'],
      ['地区生产总值增长', 4.9, '%'],
    ]);
  });

  it('makes a change of an estimated value an estimate too', () => {
    const read = readIndicators('社会消费品零售总额预计完成52亿元，同比增长5.2%。');
    expect(read.map((i) => i.comparator)).toEqual(['ABOUT', 'ABOUT']);
  });
});
