import type { IndicatorKind, ReportPart } from '../../types';
import { insideAny, quotedSpans } from './text';
import type { Rule } from './rule';

/**
 * Whether a quantitative statement reports a result or sets a target, and for
 * which year: an ordered table, first match wins. Years come from the report's
 * metadata (`year`: the year the report plans; `resultsYear`: the year it
 * reviews) and from years written in the sentence, never from constants.
 */

export interface KindYearContext {
  part: ReportPart;
  /** The year the report plans (meta.year). */
  year: number;
  /** The year the report reviews (meta.resultsYear). */
  resultsYear: number;
  /** Folded sentence text. */
  text: string;
  /** Offset of the number in `text`. */
  at: number;
  /** Start of the number's clause in `text`. */
  clauseStart: number;
  /** The sentence before, when in the same paragraph (folded), else null. */
  previousSentence: string | null;
}

export interface KindYear {
  kind: IndicatorKind;
  year: number;
}

type KindYearRule = Rule<KindYearContext, KindYear>;

const isResultsPart = (c: KindYearContext) => c.part === 'RESULTS';
const clauseBefore = (c: KindYearContext) => c.text.slice(c.clauseStart, c.at);
const byYear = (c: KindYearContext, year: number): KindYear =>
  year <= c.resultsYear ? { kind: 'RESULT', year } : { kind: 'TARGET', year };

/** Years written as 2021年, not as a comparison base (比2016年), a base (在2019年基础上), a range or inside a name. */
function writtenYears(c: KindYearContext): Array<{ year: number; at: number }> {
  const quoted = quotedSpans(c.text);
  const years: Array<{ year: number; at: number }> = [];
  for (const m of c.text.slice(0, c.at).matchAll(/(?:19|20)\d\d(?=年)/g)) {
    const at = m.index;
    const lead = c.text.slice(Math.max(0, at - 3), at);
    const tail = c.text.slice(at + 5, at + 12);
    if (insideAny(quoted, at)) continue;
    if (/(?:比|较|与|同|于|和|是|为)$/.test(lead)) continue; // 比2016年增加39天, 是2006年的2.2倍
    if (/^(?:基础|同期|相比|水平)/.test(tail) || /^[^,;。]{0,4}基础上/.test(tail)) continue;
    // 2021年中央经济工作会议, 2022年政府工作报告: a year naming a meeting or a document.
    if (/^[^,;:。、]{0,8}?(?:会议|文件|报告|规划|纲要|方案|意见|通知|决定)/.test(c.text.slice(at + 5, at + 20)))
      continue;
    if (/[-—~至]$/.test(lead) || /^[-—~至]/.test(c.text.slice(at + 4, at + 5))) continue; // 2018-2035年
    // 从2015年的45.58亿元增长到70.11亿元: the year belongs to the value right after it only.
    const ownValue = /^年(?:底|末)?的?[约近]?\d/.exec(c.text.slice(at + 4));
    if (/(?:从|由)$/.test(lead) && ownValue && at + 4 + ownValue[0].length - 1 !== c.at) continue;
    years.push({ year: Number(m[0]), at });
  }
  return years;
}

/** Words that set a goal. */
const TARGET_WORDS = /力争|确保|争取|计划|目标|今年|年内|将|要|预期/;

const PLAN_PERIODS: Record<string, number> = { 十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030 };

export const KIND_YEAR_RULES: readonly KindYearRule[] = [
  {
    name: 'writtenYear',
    doc: 'the nearest year written before the number in its sentence: 2017年列入省市重点项目19个 (RESULT 2017), 力争2020年普及率达到80% (TARGET 2020)',
    apply: (c) => {
      const years = writtenYears(c);
      const nearest = years[years.length - 1];
      return nearest ? byYear(c, nearest.year) : null;
    },
  },
  {
    name: 'planPeriod',
    doc: 'a figure over a five-year plan takes its last year: “十三五”期间累计… (2020)',
    apply: (c) => {
      const match = /(十[一二三四五]五)”?(?:期间|时期|以来|末)/.exec(c.text.slice(0, c.at));
      return match ? byYear(c, PLAN_PERIODS[match[1]]) : null;
    },
  },
  {
    name: 'targetWordsInResults',
    doc: 'in the review part, a clause that states a goal: 力争…, 今年…, 预期目标是… (not 超额完成…目标任务)',
    apply: (c) =>
      isResultsPart(c) && /力争|今年|明年|预期目标|目标是|目标为/.test(clauseBefore(c))
        ? { kind: 'TARGET', year: c.year }
        : null,
  },
  {
    name: 'pastWordsInPlans',
    doc: 'in the plan parts, a clause about the year reviewed: 去年…, 过去一年… (not 比上年增长, 较去年增加)',
    apply: (c) => {
      if (isResultsPart(c)) return null;
      const words = clauseBefore(c).replace(/(?:比|较|同|与)(?:去年|上年)(?:同期)?/g, '');
      return /去年|上年|过去一年|一年来/.test(words) ? { kind: 'RESULT', year: c.resultsYear } : null;
    },
  },
  {
    name: 'pastTopicInPlans',
    doc: 'in the plan parts, a sentence opened by a past time (去年, 近年来, 过去五年), or right after one, reports results when nothing before the number sets a goal: 特别是去年,…。…全县162个贫困村脱贫出列',
    apply: (c) => {
      if (isResultsPart(c)) return null;
      const pastTopic = /^(?:特别是|尤其是)?(?:去年|过去一年|过去五年|近年来|近几年|一年来|五年来)/;
      const opens = pastTopic.test(c.text) || (c.previousSentence !== null && pastTopic.test(c.previousSentence));
      if (!opens || TARGET_WORDS.test(c.text.slice(0, c.at))) return null;
      return { kind: 'RESULT', year: c.resultsYear };
    },
  },
  {
    name: 'partOfReport',
    doc: 'otherwise the part decides: the review part gives results of resultsYear, the plan parts targets of year',
    apply: (c) => (isResultsPart(c) ? { kind: 'RESULT', year: c.resultsYear } : { kind: 'TARGET', year: c.year }),
  },
];
