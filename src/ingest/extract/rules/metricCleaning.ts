import type { Rule } from './rule';

/**
 * Cleaning of a metric name read from the words around a number, as an ordered
 * list of small named rewrites applied in turn until none changes the name:
 * marks and footnotes dropped, the last clause kept, goal preambles, leading
 * years and filler words (全年, 预计, 力争 …) stripped at the start, comparator and
 * linking verbs (达到, 完成, 控制在 …) at the end, growth wordings made uniform
 * (增速, 同比增长 → 增长), shares of a plan named as completion rates.
 */

export interface CleaningContext {
  words: string;
  unit: string | null;
}

type CleaningRule = Rule<CleaningContext, string>;

/** Words that carry no meaning for a metric at its start. */
export const LEADING_FILLER = new RegExp(
  '^(?:' +
    [
      '[一二三四五六七八九十]+是',
      '第[一二三四五六七八九十]+[,、]',
      '首先',
      '其次',
      '[一二三四五六七八九十]+年(?:来|间|累计)?',
      '全年',
      '全县',
      '全区',
      '全市',
      '全镇',
      '我县',
      '我区',
      '我市',
      '本县',
      '年内',
      '当年',
      '今年',
      '去年',
      '上年',
      '一年来',
      '据统计',
      '经初步核算',
      '累计',
      '其中',
      '共计',
      '总计',
      '合计',
      '共(?![富享青建])',
      '力争',
      '确保',
      '预计',
      '带动',
      '同时',
      '并(?![网购])',
      '均(?!衡)',
      '另外',
      '此外',
      '特别是',
      '进一步',
      '强力',
      '大力',
      '全力',
      '积极',
      '扎实',
      '持续',
      '稳步',
      '有序',
      '全面',
      '着力',
      '切实',
      '认真',
      '深入',
      '成功',
      '首次',
      '各类',
      '实现了?',
      '完成了?',
      '推动',
      '达到',
      '已经?',
      '主要',
      '和',
      '及',
      '与',
      '、',
    ].join('|') +
    ')',
);

/** Comparator and linking words between the metric and the number. */
const TRAILING_FILLER = new RegExp(
  '(?:' +
    [
      '预计达到',
      '预计完成',
      '预计实现',
      '预计',
      '首次突破',
      '达到了?',
      '达',
      '完成了?',
      '实现了?',
      '突破',
      '超过',
      '超',
      '增至',
      '提高到',
      '提高至',
      '提升到',
      '提升至',
      '下降到',
      '下降至',
      '降到',
      '降至',
      '保持在',
      '稳定在',
      '控制在',
      '扩面到',
      '至少',
      '不少于',
      '不低于',
      '不超过',
      '约为',
      '约',
      '近',
      '接近',
      '分别',
      '均为',
      '均',
      '都',
      '(?<![行作成认视])为',
      '(?<![但还于就])是',
      '的',
      '共计',
      '累计',
      '总计',
      '合计',
      '共',
      '首次',
      '力争',
      '确保',
      '发展到',
      '了',
      '已',
      '全部',
      '全面',
      '基本',
    ].join('|') +
    ')$',
);

/** Comparison bases in growth wordings: 同比增长, 比上年增长 → 增长. */
const COMPARISON_BASE =
  /(?:同比|比上年同期|比上年|较上年|比去年同期|比去年|较去年|较上年同期|(?:比|较)(?:19|20)\d\d年(?:同期)?|可比价|可比)(?=增长|下降|增加|减少|提高|降低|增|减)/g;

export const CLEANING_RULES: readonly CleaningRule[] = [
  {
    name: 'dropMarks',
    doc: 'quotation and title marks, spaces and footnote markers go: “散乱污”企业 → 散乱污企业, 雨露计划(2)救助 → 雨露计划救助',
    apply: ({ words }) => {
      const cleaned = words
        .replace(/[“”"'‘’《》「」〈〉\s]/g, '')
        .replace(/(?:\[\d{1,3}\]|\(\d{1,3}\)|（\d{1,3}）|[①②③④⑤⑥⑦⑧⑨⑩])/g, '');
      return cleaned !== words ? cleaned : null;
    },
  },
  {
    name: 'lastClause',
    doc: 'only the clause next to the number names it: ，完成投资 → 完成投资',
    apply: ({ words }) => {
      const cut = words.replace(/^.*[,;:。!?，；：！？]/, '').replace(/[、]+$/, '');
      return cut !== words ? cut : null;
    },
  },
  {
    name: 'goalPreamble',
    doc: 'the preamble of a list of goals goes: 今年经济社会发展的主要预期目标是地区生产总值增长 → 地区生产总值增长',
    apply: ({ words }) => {
      const cut = words.replace(/^.*?(?:预期目标|主要目标|目标任务|主要指标|目标)(?:是|为)/, '');
      return cut !== words && cut !== '' ? cut : null;
    },
  },
  {
    name: 'leadingYear',
    doc: 'a year at the start goes: 2018年全县地区生产总值 → 全县地区生产总值',
    apply: ({ words }) => {
      const cut = words.replace(/^(?:(?:19|20)\d\d年(?:底|末|度|全年)?|年底|年末)前?/, '');
      return cut !== words && cut !== '' ? cut : null;
    },
  },
  {
    name: 'leadingFiller',
    doc: 'filler at the start goes: 全年争取上级支持资金 → 争取上级支持资金, 预计 …, 力争 …, 累计 …',
    apply: ({ words }) => {
      const match = LEADING_FILLER.exec(words);
      return match && match[0].length > 0 ? words.slice(match[0].length) : null;
    },
  },
  {
    name: 'baseYearOfValue',
    doc: 'the base year of a value goes: 地区生产总值从2015年的 → 地区生产总值',
    apply: ({ words }) => {
      const cut = words.replace(/(?:从|由)(?:(?:19|20)\d\d年)?(?:底|末)?的?$/, '');
      return cut !== words ? cut : null;
    },
  },
  {
    name: 'trailingFiller',
    doc: 'comparator and linking words at the end go: 地区生产总值完成 → 地区生产总值, 比重预计达到 → 比重',
    apply: ({ words }) => {
      const match = TRAILING_FILLER.exec(words);
      return match && match[0].length > 0 ? words.slice(0, words.length - match[0].length) : null;
    },
  },
  {
    name: 'growthWording',
    doc: 'growth is 增长 (or 下降): 同比增长 → 增长, 增速 → 增长, 增幅 → 增长, 降幅 → 下降, 投资增 → 投资增长',
    apply: ({ words }) => {
      const cut = words
        .replace(COMPARISON_BASE, '')
        .replace(/递增$/, '增长')
        .replace(/递减$/, '下降')
        .replace(/(?:增速|增幅)$/, '增长')
        .replace(/降幅$/, '下降')
        .replace(/增$/, '增长');
      return cut !== words && cut !== '' ? cut : null;
    },
  },
  {
    name: 'achievedAttribute',
    doc: '实现 (力争实现, 完成) between a subject and its measure goes: 汽车及零部件实现产值 → 汽车及零部件产值',
    apply: ({ words }) => {
      const cut = words.replace(
        /(?<=.)(?:(?:力争|确保|预计)(?:实现|完成)?|实现|完成)(?=(?:年)?(?:产值|销售收入|营业收入|主营业务收入|利税|增加值|收入|税收))/,
        '',
      );
      return cut !== words ? cut : null;
    },
  },
  {
    name: 'multipleOfYear',
    doc: 'a multiple of a base year: 城镇居民人均可支配收入是2006年的 + 倍 → 城镇居民人均可支配收入为2006年的倍数',
    apply: ({ words, unit }) => {
      if (unit !== '倍') return null;
      const match = /^(.+?)(?:分别)?(?:是|为|相当于)((?:19|20)\d\d)年的?$/.exec(words);
      return match ? `${match[1]}为${match[2]}年的倍数` : null;
    },
  },
  {
    name: 'completionRate',
    doc: 'a share of a plan is a completion rate: 完成年度投资计划的 + % → 年度投资计划完成率',
    apply: ({ words, unit }) => {
      if (unit !== '%') return null;
      const match = /^(.*?)(?:完成|占)(.*(?:计划|目标|任务))的?$/.exec(words);
      return match ? `${match[1]}${match[2]}完成率` : null;
    },
  },
];

/** Applies the cleaning rules in order, again and again, until the name no longer changes. */
export function cleanMetricName(words: string, unit: string | null = null): string {
  let current = words;
  for (let round = 0; round < 20; round += 1) {
    let changed = false;
    for (const rule of CLEANING_RULES) {
      const next = rule.apply({ words: current, unit });
      if (next !== null && next !== current) {
        current = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return current;
}

/**
 * A metric name is clean when it is a noun phrase a reader would put on a chart
 * axis: not empty, no punctuation or filler at its start, no clause inside
 * (no clause punctuation, at most 20 characters).
 */
export function isCleanMetricName(name: string): boolean {
  if (name === '' || name.length > 20) return false;
  if (/^[^\p{L}\p{N}]/u.test(name)) return false;
  if (/[,;:。!?，；：！？]/.test(name)) return false;
  // A dangling end: 平稳有序完成涉及, 小区的, …和.
  if (/(?:的|了|和|及|与|对|(?<![行作认成])为|涉及|包括|其中)$/.test(name)) return false;
  const filler = LEADING_FILLER.exec(name);
  return !filler || filler[0].length === 0;
}
