import { KIND_YEAR_RULES } from '../../../../src/ingest/extract/rules/kindYear';
import type { ReportPart } from '../../../../src/ingest/types';
import { readIndicators } from '../../../support/syntheticReport';

type Case = {
  paragraphs: Array<{ part: ReportPart; text: string }>;
  value: number;
  kind: 'RESULT' | 'TARGET';
  year: number;
  /** The report's years when not 2022 (reviewing 2021). */
  years?: { year: number; resultsYear: number };
};

const results = (text: string) => [{ part: 'RESULTS' as const, text }];
const plans = (text: string) => [{ part: 'TASKS' as const, text }];

/** Cases per rule; each must be decided by that rule (the first that applies). */
const CASES: Record<string, Case[]> = {
  writtenYear: [
    { paragraphs: results('2017年列入省市重点项目19个，完成投资36.93亿元。'), value: 19, kind: 'RESULT', year: 2017 },
    {
      paragraphs: plans('力争2020年普及率达到80%。'),
      value: 80,
      kind: 'TARGET',
      year: 2020,
      years: { year: 2019, resultsYear: 2018 },
    },
    {
      paragraphs: plans('到2025年，地区生产总值突破90亿元。'),
      value: 90,
      kind: 'TARGET',
      year: 2025,
      years: { year: 2021, resultsYear: 2020 },
    },
    {
      // The base year belongs to the value right after it only.
      paragraphs: results('全县地区生产总值从2015年的45.58亿元增长到70.11亿元。'),
      value: 45.58,
      kind: 'RESULT',
      year: 2015,
      years: { year: 2021, resultsYear: 2020 },
    },
    {
      // In the plans part, a year just ended reports a result.
      paragraphs: plans('2021年，全县新增就业2505人。'),
      value: 2505,
      kind: 'RESULT',
      year: 2021,
    },
  ],
  planPeriod: [
    {
      paragraphs: plans('“十四五”期间，累计新增就业2万人。'),
      value: 2,
      kind: 'TARGET',
      year: 2025,
      years: { year: 2021, resultsYear: 2020 },
    },
  ],
  targetWordsInResults: [
    { paragraphs: results('一年来成效明显，今年力争新增就业3000人。'), value: 3000, kind: 'TARGET', year: 2022 },
  ],
  pastWordsInPlans: [
    { paragraphs: plans('去年新增规上企业5家，今年要再接再厉。'), value: 5, kind: 'RESULT', year: 2021 },
  ],
  pastTopicInPlans: [
    {
      paragraphs: plans('特别是去年，我们办成了许多大事。我们坚持真脱贫，全县162个贫困村脱贫出列。'),
      value: 162,
      kind: 'RESULT',
      year: 2021,
    },
  ],
  partOfReport: [
    { paragraphs: results('全县地区生产总值完成70.11亿元。'), value: 70.11, kind: 'RESULT', year: 2021 },
    { paragraphs: plans('地区生产总值增长8%以上。'), value: 8, kind: 'TARGET', year: 2022 },
    // A year naming a meeting or a document says nothing of the statement.
    {
      paragraphs: plans('深入落实2021年中央经济工作会议精神，新增高标准农田1万亩。'),
      value: 1,
      kind: 'TARGET',
      year: 2022,
    },
    // 超额完成…目标任务 reports a result; 比上年 and 较去年 are comparison bases, not years.
    { paragraphs: results('超额完成市定目标任务10个。'), value: 10, kind: 'RESULT', year: 2021 },
    { paragraphs: plans('地区生产总值比上年增长8%。'), value: 8, kind: 'TARGET', year: 2022 },
    { paragraphs: results('优良天数308天，比2016年增加39天。'), value: 39, kind: 'RESULT', year: 2021 },
    {
      paragraphs: results('全县地区生产总值完成126.9亿元。'),
      value: 126.9,
      kind: 'RESULT',
      year: 2017,
      years: { year: 2018, resultsYear: 2017 },
    },
  ],
};

describe('result or target, and which year (rules/kindYear.ts)', () => {
  it('has cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(KIND_YEAR_RULES.map((r) => r.name).sort());
  });

  describe.each(Object.entries(CASES))('%s', (rule, cases) => {
    it.each(cases.map((c) => [c.paragraphs.map((p) => p.text).join(''), c] as const))('%s', (_, c) => {
      const found = readIndicators(c.paragraphs, c.years).find((i) => i.value === c.value);
      expect(found && { kind: found.kind, year: found.year, rule: found.kindYearRule }).toEqual({
        kind: c.kind,
        year: c.year,
        rule,
      });
    });
  });
});
