import { assess, type Statement } from '../../src/model/assessment';
import { convert, measureOf } from '../../src/model/units';
import { stageOf } from '../../src/model/stages';

const s = (value: number, unit: string | null, comparator: Statement['comparator'] = 'EXACTLY', stretch = false) => ({
  value,
  unit,
  comparator,
  stretch,
});

describe('units', () => {
  it('converts within a dimension, prefixes included', () => {
    expect(convert(1.2, '亿元', '万元')).toBeCloseTo(12000);
    expect(convert(3, '万亩', '亩')).toBe(30000);
    expect(convert(2, '公顷', '亩')).toBe(30);
    expect(convert(1.5, '公里', '米')).toBe(1500);
    expect(convert(2, '万千瓦', '千瓦')).toBe(20000);
    expect(convert(3, '万人次', '人次')).toBe(30000);
    expect(convert(7, '％', '%')).toBe(7);
  });

  it('refuses to compare different dimensions', () => {
    expect(convert(5, '亿元', '%')).toBeNull();
    expect(convert(5, '人', '户')).toBeNull();
    expect(convert(19, '项', '个')).toBe(19);
    expect(convert(5, '万美元', '万元')).toBeNull();
    expect(measureOf(null)).toEqual({ dimension: '', factor: 1 });
  });
});

describe('assess', () => {
  it('meets an at-least target with a larger result, and misses it with a smaller one', () => {
    expect(assess([s(7, '%', 'AT_LEAST')], [s(7.2, '%')]).assessment).toBe('MET');
    expect(assess([s(8, '%')], [s(7.9, '%')]).assessment).toBe('MISSED');
  });

  it('converts the result to the target unit first', () => {
    const result = assess([s(10, '亿元', 'AT_LEAST')], [s(98000, '万元')]);
    expect(result.assessment).toBe('MISSED');
    expect(result.reason).toContain('98000万元 折合 9.8亿元');
    expect(assess([s(10, '亿元')], [s(120000, '万元')]).assessment).toBe('MET');
  });

  it('reads at-most targets the other way, and about within 5 %', () => {
    expect(assess([s(50, '微克/立方米', 'AT_MOST')], [s(48, '微克/立方米')]).assessment).toBe('MET');
    expect(assess([s(50, '微克/立方米', 'AT_MOST')], [s(52, '微克/立方米')]).assessment).toBe('MISSED');
    expect(assess([s(7, '%', 'ABOUT')], [s(6.7, '%')]).assessment).toBe('MET');
    expect(assess([s(7, '%', 'ABOUT')], [s(6.6, '%')]).assessment).toBe('MISSED');
  });

  it('meets a target to bring a level down at or below it', () => {
    const target = { ...s(0.5, '%'), statement: '贫困发生率降到0.5%' };
    expect(assess([target], [s(0.47, '%')]).assessment).toBe('MET');
    expect(assess([target], [s(0.6, '%')]).assessment).toBe('MISSED');
  });

  it('tells a floor met from a stretch met', () => {
    const targets = [s(1200, '亩', 'AT_LEAST'), s(1500, '亩', 'AT_LEAST', true)];
    expect(assess(targets, [s(1600, '亩')]).assessment).toBe('MET');
    expect(assess(targets, [s(1300, '亩')]).assessment).toBe('MET_FLOOR_ONLY');
    expect(assess(targets, [s(1100, '亩')]).assessment).toBe('MISSED');
  });

  it('prefers an exact result to a bound, and says when there is nothing to compare', () => {
    expect(assess([s(301, '亿元')], [s(300, '亿元', 'AT_LEAST'), s(301.5, '亿元')]).result?.value).toBe(301.5);
    expect(assess([s(7, '%')], []).assessment).toBe('NO_RESULT_REPORTED');
    expect(assess([s(7, '%')], [s(70, '亿元')]).assessment).toBe('NO_RESULT_REPORTED');
    expect(assess([], [s(70, '亿元')]).assessment).toBe('NO_TARGET_SET');
  });
});

describe('stageOf', () => {
  it.each([
    ['建成通车', 'COMPLETED'],
    ['开工建设', 'STARTED'],
    ['加快建设', 'BUILDING'],
    ['成功签约', 'SIGNED'],
    ['谋划', 'PLANNING'],
    ['竣工投产', 'COMPLETED'],
    ['全线贯通', 'COMPLETED'],
    ['挂牌', 'OTHER'],
  ])('%s is %s', (status, stage) => {
    expect(stageOf(status)).toBe(stage);
  });
});
