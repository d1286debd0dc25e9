import type { ReportPart } from '../types';
import { type Rule, firstMatch } from './rules';

/**
 * Which part of the report a top-level heading opens, by its wording whatever its
 * number and order: the review of the past year or five years (RESULTS), the targets
 * and general requirements (GOALS), the tasks (TASKS). The government's own
 * conduct (政府自身建设) is a commitment for the coming year, so it is TASKS.
 */

export interface PartInput {
  /** The heading's words, without its number. */
  title: string;
  /** The first sentence after the heading, for parts whose heading does not say what they are. */
  opening?: string;
  /** The year the report plans for and the year it reviews, when known. */
  year?: number;
  resultsYear?: number;
  /** The part of the previous top-level heading; null for the first. */
  previous: ReportPart | null;
}

/** Words of a review of past work. */
export const REVIEW_WORDS = /回顾|过去|以来|一年来|五年来|取得|成就|成绩|关于.*工作$|主要工作回顾/;
/** Words of the plan's tasks. */
export const TASK_WORDS = /任务|安排|重点工作|主要工作|工作部署|打算|举措/;
/** Words of the plan's targets and general requirements. */
export const GOAL_WORDS = /目标|总体要求|展望|指导思想|总体思路|预期/;
/** Words of the part on the government's own conduct. */
export const SELF_BUILDING_WORDS = /政府自身建设|自身建设|政府建设/;

function yearsNamed(title: string): number[] {
  return [...title.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));
}

function planKind(title: string): ReportPart {
  return GOAL_WORDS.test(title) && !TASK_WORDS.test(title) ? 'GOALS' : 'TASKS';
}

export const PART_RULES: readonly Rule<PartInput, ReportPart>[] = [
  {
    name: 'self-building',
    apply: ({ title, opening }) =>
      SELF_BUILDING_WORDS.test(title) || (opening && /政府自身建设/.test(opening)) ? 'TASKS' : null,
  },
  {
    // 一、2022年政府主要工作 in a report for 2023: a year before the report's is reviewed.
    name: 'names-a-past-year',
    apply: ({ title, year }) =>
      year !== undefined && yearsNamed(title).some((y) => y < year) && !yearsNamed(title).includes(year)
        ? 'RESULTS'
        : null,
  },
  {
    // 二、2023年政府工作的主要目标和总体要求, 三、接续奋斗2021年，… in a report for that year:
    // the plans; targets when the words say only targets, else tasks.
    name: 'names-the-report-year',
    apply: ({ title, year }) => (year !== undefined && yearsNamed(title).includes(year) ? planKind(title) : null),
  },
  { name: 'review-wording', apply: ({ title }) => (REVIEW_WORDS.test(title) ? 'RESULTS' : null) },
  { name: 'task-wording', apply: ({ title }) => (TASK_WORDS.test(title) ? 'TASKS' : null) },
  { name: 'goal-wording', apply: ({ title }) => (GOAL_WORDS.test(title) ? 'GOALS' : null) },
  // A first part that says nothing of itself is the review; reports open with it.
  { name: 'first-part', apply: ({ previous }) => (previous === null ? 'RESULTS' : null) },
  // A later part that says nothing of itself continues the plans.
  {
    name: 'after-the-review',
    apply: ({ previous }) => (previous === 'RESULTS' || previous === 'PREAMBLE' ? 'TASKS' : null),
  },
  { name: 'continues-the-plans', apply: ({ previous }) => previous },
];

export function partOf(input: PartInput): { part: ReportPart; rule: string } {
  const match = firstMatch(PART_RULES, input);
  // The last rule always answers for a later part; the first-part rule for the first.
  return match ? { part: match.value, rule: match.rule } : { part: 'TASKS', rule: 'continues-the-plans' };
}

/** The years of China's five-year plans, by their short names (十三五 = the 13th, 2016–2020). */
const FIVE_YEAR_PLANS: Record<string, number> = {
  十五: 2001,
  十一五: 2006,
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
  十六五: 2031,
};

export interface Period {
  from: number;
  to: number;
}

export interface PeriodInput {
  title: string;
  part: ReportPart;
  year: number;
  resultsYear: number;
}

/** Parts that speak about several years: a five-year plan named, or the past or next five years. */
export const PERIOD_RULES: readonly Rule<PeriodInput, Period>[] = [
  {
    name: 'five-year-plan',
    apply: ({ title }) => {
      const m = /[“"]?(十[一二三四五六]?五)[”"]?(?:时期|期间|规划)?/.exec(title);
      const from = m ? FIVE_YEAR_PLANS[m[1]] : undefined;
      return from === undefined ? null : { from, to: from + 4 };
    },
  },
  {
    name: 'past-five-years',
    apply: ({ title, part, resultsYear }) =>
      part === 'RESULTS' && /(?:过去|近)五年|五年来/.test(title) ? { from: resultsYear - 4, to: resultsYear } : null,
  },
  {
    name: 'next-five-years',
    apply: ({ title, part, year }) =>
      part !== 'RESULTS' && /(?:今后|未来)五年/.test(title) ? { from: year, to: year + 4 } : null,
  },
];

export function periodOf(input: PeriodInput): { period: Period; rule: string } | null {
  const match = firstMatch(PERIOD_RULES, input);
  return match ? { period: match.value, rule: match.rule } : null;
}
