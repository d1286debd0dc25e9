import type { Comparator } from '../types';

/**
 * Finds quantities — a number with its unit and comparator words — in Chinese
 * report text. Generic rules only; what is a name in one report (330国道, 26县)
 * comes in as `names`.
 *
 * Not quantities (documented rule):
 * - dates, years, ages, durations and anniversaries: a number followed by 年, 月,
 *   日, 天, 周年, 分钟, 小时, 岁 (2022年, 202338日, 13天, 60岁, 20周年);
 * - ranks and grades: 强, 级, 名次-like words (500强, 3A级); ordinals written in
 *   Chinese numerals (三连优, 连续三年, 全省第一) are never read as numbers;
 * - codes and names glued to letters or symbols: PM2.5, 3+N, 8+4, 2023-91159, 11:35;
 * - any number inside one of the given `names` (330国道, 1612, 15分钟品质文化生活圈).
 * Chinese numerals carry a quantity only as a share in tenths (八成 = 8 成).
 */

export interface Quantity {
  /** Span of the whole quantity: adjacent comparator words, number, unit and suffix. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  value: number;
  /** The unit as written, or null when the text gives none (the public copy lost some). */
  unit: string | null;
  comparator: Comparator;
  /** Upper bound when the text gives a range (3-5家, 3至5家); `value` is then the lower bound. */
  upper?: number;
}

export interface FindQuantitiesOptions {
  /** Phrases that contain numbers but name things (330国道, 26县, 1612). */
  names?: readonly string[];
}

/** Longest first, so 万平方米 wins over 平方米 and 万 alone. */
const UNITS = [
  '微克/立方米',
  '万吨标煤',
  '吨标煤',
  '万平方米',
  '平方米',
  '万美元',
  '亿美元',
  '亿元',
  '万元',
  '亿斤',
  '万亩',
  '万人',
  '万件',
  '万个',
  '万户',
  '公里',
  '场次',
  '家次',
  '人次',
  '%',
  '亿',
  '万',
  '元',
  '亩',
  '家',
  '个',
  '人',
  '名',
  '件',
  '张',
  '项',
  '笔',
  '户',
  '所',
  '座',
  '套',
  '条',
  '次',
  '倍',
  '宗',
  '吨',
  '斤',
  '处',
  '台',
  '辆',
  '场',
];

/** Words right after a number that make it a date, duration, age, rank or grade. */
const NOT_A_QUANTITY_AFTER = /^(?:周年|年|月|日|天|分钟|小时|岁|强|级|千伏|道|届|号|[A-Za-z+\-/:_])/;
/** Characters right before a number that make it part of a code or name. */
const NOT_A_QUANTITY_BEFORE = /[A-Za-z+\-/:_.]$/;

const SUFFIX_COMPARATORS: ReadonlyArray<[RegExp, Comparator]> = [
  [/^以上/, 'AT_LEAST'],
  [/^以下/, 'AT_MOST'],
  [/^以内/, 'AT_MOST'],
  [/^左右/, 'ABOUT'],
];

/** Comparator words written right before the number. */
const PREFIX_COMPARATORS: ReadonlyArray<[RegExp, Comparator]> = [
  [/(?:预计达到|预计达|预计|约)$/, 'ABOUT'],
  [/(?:突破|超过|超|不低于|不少于|至少)$/, 'AT_LEAST'],
  [/(?:控制在|不超过|不高于|低于)$/, 'AT_MOST'],
];

const NUMBER = /\d+(?:\.\d+)?/g;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_TENTHS = /([一二两三四五六七八九])成/g;

/** Spans covered by names; numbers inside them are not quantities. */
function nameSpans(text: string, names: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push([at, at + name.length]);
  }
  return spans;
}

function readUnit(text: string, at: number): string | null {
  return UNITS.find((u) => text.startsWith(u, at)) ?? null;
}

/** A comparator word written right before the number at `at`, or null. */
export function prefixComparator(text: string, at: number): { comparator: Comparator; start: number } | null {
  const before = text.slice(Math.max(0, at - 4), at);
  for (const [pattern, comparator] of PREFIX_COMPARATORS) {
    const match = pattern.exec(before);
    if (match) return { comparator, start: at - match[0].length };
  }
  return null;
}

export function findQuantities(text: string, options: FindQuantitiesOptions = {}): Quantity[] {
  const names = nameSpans(text, options.names ?? []);
  const insideName = (i: number) => names.some(([s, e]) => i >= s && i < e);
  const found: Quantity[] = [];

  for (const match of text.matchAll(NUMBER)) {
    const numberStart = match.index;
    let numberEnd = numberStart + match[0].length;
    if (insideName(numberStart)) continue;
    if (NOT_A_QUANTITY_BEFORE.test(text.slice(0, numberStart))) continue;
    // A year in parentheses: 壬寅(2022)年.
    if (/^\d{4}$/.test(match[0]) && text[numberStart - 1] === '(' && text[numberEnd] === ')') continue;

    const value = Number(match[0]);
    let upper: number | undefined;
    // Ranges: 3-5家, 3至5家, 3~5家.
    const range = /^(?:-|~|至|到)(\d+(?:\.\d+)?)/.exec(text.slice(numberEnd));
    if (range && readUnit(text, numberEnd + range[0].length)) {
      upper = Number(range[1]);
      numberEnd += range[0].length;
    }

    let at = numberEnd;
    let comparator: Comparator = 'EXACTLY';
    // 20余万人, 50余项, 300多家: "more than".
    if (text[at] === '余' || (text[at] === '多' && readUnit(text, at + 1))) {
      comparator = 'AT_LEAST';
      at += 1;
    }
    if (NOT_A_QUANTITY_AFTER.test(text.slice(at))) continue;
    const unit = readUnit(text, at);
    if (unit) at += unit.length;
    for (const [pattern, suffixComparator] of SUFFIX_COMPARATORS) {
      const suffix = pattern.exec(text.slice(at));
      if (suffix) {
        comparator = suffixComparator;
        at += suffix[0].length;
        break;
      }
    }
    const prefix = prefixComparator(text, numberStart);
    if (prefix && comparator === 'EXACTLY') comparator = prefix.comparator;
    if (upper !== undefined && comparator === 'EXACTLY') comparator = 'AT_LEAST';

    found.push({
      start: prefix?.start ?? numberStart,
      end: at,
      numberStart,
      numberEnd,
      value,
      unit,
      comparator,
      ...(upper !== undefined ? { upper } : {}),
    });
  }

  for (const match of text.matchAll(CHINESE_TENTHS)) {
    const start = match.index;
    // 八成 as a share; not 成 as a verb after an ordinal like 一成 in 一成不变 (followed by 不).
    if (text[start + 2] === '不' || insideName(start)) continue;
    found.push({
      start,
      end: start + 2,
      numberStart: start,
      numberEnd: start + 1,
      value: CHINESE_DIGITS[match[1]],
      unit: '成',
      comparator: 'EXACTLY',
    });
  }

  return found.sort((a, b) => a.numberStart - b.numberStart);
}
