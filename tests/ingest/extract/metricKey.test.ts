import { metricKey, metricKeyOf } from '../../../src/ingest/extract/metricKey';
import { extract, loadDevReport } from '../../support/indicatorScore';
import { syntheticReport } from '../../support/syntheticReport';
import { extractIndicators } from '../../../src/ingest/extract/indicators';
import { parseMetricLexicon } from '../../../src/ingest/metricLexicon';
import type { MetricEntity } from '../../../src/ingest/types';

describe('metricKey: one measure across the years of a county', () => {
  it.each([
    ['规模以上工业增加值', '规上工业增加值'],
    ['规模以上工业增加值增长', '规上工业增加值增速'],
    ['全部财政收入', '财政收入'],
    ['全部财政收入', '财政总收入'],
    ['城镇居民人均可支配收入', '城镇居民收入'],
    ['农村居民人均可支配收入增长', '农村居民收入增长'],
    ['地区生产总值', '全县生产总值'],
    ['地区生产总值', '地方生产总值'],
    ['地区生产总值增长', '全县地区生产总值同比增长'],
    ['一般公共预算收入', '一般公共财政预算收入'],
    ['一般公共预算收入', '一般预算收入'],
    ['社会消费品零售总额增长', '社会消费品零售总额同比增长'],
    ['固定资产投资', '全社会固定资产投资'],
    ['空气质量优良天数比例', '空气质量优良率'],
    ['农村居民人均纯收入增长', '农民人均纯收入增长'],
    ['年销售收入过亿元企业', '销售收入过亿元企业'],
    ['列入省、市重点项目', '列入省市重点项目'],
    ['矿山生态修复工程', '矿山生态修复'],
  ])('matches %s and %s', (a, b) => {
    expect(metricKey(a)).toBe(metricKey(b));
  });

  it.each([
    ['地区生产总值', '地区生产总值增长', 'a level never matches its growth rate'],
    ['城镇居民收入', '农村居民收入', '城镇 never matches 农村'],
    ['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长', '城镇 never matches 农村'],
    ['一般公共预算收入', '全部财政收入', 'the general budget revenue is only the part the county keeps'],
    ['农民人均纯收入', '农村居民人均可支配收入', 'the statistics changed the definition in 2013'],
    ['城镇登记失业率', '城镇调查失业率', 'registered and surveyed unemployment differ'],
    ['固定资产投资', '城镇固定资产投资', 'a narrower scope is another measure'],
    ['规上工业增加值', '工业增加值', 'a narrower scope is another measure'],
    ['地区生产总值增长', '地区生产总值年均增长', 'an average over years is not one year’s growth'],
  ])('refuses %s and %s: %s', (a, b) => {
    expect(metricKey(a)).not.toBe(metricKey(b));
  });

  it('gives one Metric per key in a report, named by its first wording', () => {
    const report = syntheticReport([
      { part: 'RESULTS', text: '一般公共财政预算收入完成4.79亿元。规模以上工业增加值完成40.24亿元，增长6%。' },
      { part: 'TASKS', text: '一般公共预算收入完成4.6亿元，规上工业增加值增长5%。' },
    ]);
    const graph = extractIndicators(report, [], parseMetricLexicon({ metrics: [] }, 'empty'));
    const metrics = graph.entities.filter((e): e is MetricEntity => e.kind === 'Metric');
    expect(metrics.map((m) => [m.name, m.key, m.aliases])).toEqual([
      ['一般公共财政预算收入', '一般公共预算收入', ['一般公共预算收入']],
      ['规模以上工业增加值', '规上工业增加值', []],
      ['规模以上工业增加值增长', '规上工业增加值增长', ['规上工业增加值增长']],
    ]);
    expect(metricKeyOf(metrics[0])).toBe('一般公共预算收入');
  });

  it("matches a report's targets to the next report's results of the same county", () => {
    const pairs: Array<[string, string, string[]]> = [
      [
        'laiyuan-2021',
        'laiyuan-2022',
        ['地区生产总值增长', '一般公共预算收入增长', '规上工业增加值增长', '固定资产投资增长'],
      ],
      [
        'yixian-2018',
        'yixian-2019',
        ['一般公共预算收入', '城镇居民收入增长', '农村居民收入增长', '社会消费品零售总额增长'],
      ],
      ['rongcheng-2019', 'rongcheng-2020', ['地区生产总值', '规上工业增加值', '城镇居民收入增长', '农村居民收入增长']],
      ['xushui-2011', 'xushui-2012', ['地区生产总值增长', '全部财政收入增长', '固定资产投资增长']],
    ];
    for (const [earlier, later, keys] of pairs) {
      const year = loadDevReport(earlier).meta.year;
      const keysOf = (id: string, kind: string) =>
        new Set(
          extract(loadDevReport(id))
            .filter((f) => f.indicator.indicatorKind === kind && f.indicator.year === year)
            .map((f) => metricKey(f.metric)),
        );
      const targets = keysOf(earlier, 'TARGET');
      const results = keysOf(later, 'RESULT');
      expect({ earlier, matched: keys.filter((k) => targets.has(k) && results.has(k)) }).toEqual({
        earlier,
        matched: keys,
      });
    }
  });
});
