import type { Comparator } from '../types';
import { firstMatch } from './rules/rule';
import { PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from './rules/comparators';
import { notAQuantity, type NumberContext } from './rules/notAQuantity';
import { fold, quotedSpans } from './rules/text';
import { readUnit } from './rules/units';

/**
 * Finds quantities (a number with its unit and comparator words) in Chinese
 * report text, by three tables of small rules:
 * - units (rules/units.ts): 亿元, 万亩, 万人次, 个百分点, 元/年/人 …, with 余/多 (3万余件);
 * - not a quantity (rules/notAQuantity.ts): footnote markers, quoted names, ratios,
 *   codes, dates, durations, ranks, grades, service numbers, route numbers;
 * - comparators (rules/comparators.ts): 以上, 以内, 左右 after; 突破, 控制在, 约, 近 before.
 * Full- and half-width forms read alike (text.ts folds them, one character for one,
 * so offsets stay those of the given text). What is a name in one report (330国道,
 * 26县) comes in as `names`. Chinese numerals carry a quantity only as a share in
 * tenths (八成 = 8 成).
 */

export interface Quantity {
  /** Span of the whole quantity: adjacent comparator words, number, unit and suffix. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  value: number;
  /** The unit as written (full-width ％ as %), or null when the text gives none. */
  unit: string | null;
  comparator: Comparator;
  /** Upper bound when the text gives a range (3-5家, 3至5家); `value` is then the lower bound. */
  upper?: number;
}

/** A number the rules decided is not a quantity, with the rule's name. */
export interface Rejection {
  start: number;
  end: number;
  rule: string;
}

export interface FindQuantitiesOptions {
  /** Phrases that contain numbers but name things (330国道, 26县, 1612). */
  names?: readonly string[];
}

const NUMBER = /\d+(?:\.\d+)?/g;
const RANGE = /^(?:-{1,2}|—{1,2}|~|至|到)(\d+(?:\.\d+)?)/;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_TENTHS = /([一二两三四五六七八九])成/g;

/** Spans covered by names; numbers inside them are not quantities. */
function nameSpans(text: string, names: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const name of names) {
    const folded = fold(name);
    for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1))
      spans.push([at, at + folded.length]);
  }
  return spans;
}

/** Quantities and the numbers rejected, in text order. */
export function readNumbers(
  rawText: string,
  options: FindQuantitiesOptions = {},
): { quantities: Quantity[]; rejected: Rejection[] } {
  const text = fold(rawText);
  const names = nameSpans(text, options.names ?? []);
  const quoted = quotedSpans(text);
  const quantities: Quantity[] = [];
  const rejected: Rejection[] = [];

  for (const match of text.matchAll(NUMBER)) {
    const numberStart = match.index;
    let numberEnd = numberStart + match[0].length;
    // The second number of a range is read with the first.
    if (quantities.some((q) => numberStart >= q.numberStart && numberStart < q.numberEnd)) continue;

    let upper: number | undefined;
    const range = RANGE.exec(text.slice(numberEnd));
    if (range && readUnit(text, numberEnd + range[0].length).unit !== null) {
      upper = Number(range[1]);
      numberEnd += range[0].length;
    }
    const unitReading = readUnit(text, numberEnd);
    const context: NumberContext = {
      text,
      start: numberStart,
      end: match.index + match[0].length,
      unit: unitReading.unit,
      unitEnd: unitReading.end,
      range: upper !== undefined,
      names,
      quoted,
    };
    const rule = notAQuantity(context);
    if (rule) {
      rejected.push({ start: numberStart, end: numberEnd, rule: rule.name });
      continue;
    }

    let end = unitReading.end;
    let comparator: Comparator = 'EXACTLY';
    const after = firstMatch(SUFFIX_COMPARATORS, { text, start: numberStart, end });
    if (after) {
      comparator = after.result.comparator;
      end += after.result.length;
    }
    const before = firstMatch(PREFIX_COMPARATORS, { text, start: numberStart, end });
    if (comparator === 'EXACTLY' && unitReading.moreThan) comparator = 'AT_LEAST';
    if (comparator === 'EXACTLY' && before) comparator = before.result.comparator;
    if (comparator === 'EXACTLY' && upper !== undefined) comparator = 'AT_LEAST';

    quantities.push({
      start: before ? numberStart - before.result.length : numberStart,
      end,
      numberStart,
      numberEnd,
      value: Number(match[0]),
      unit: unitReading.unit,
      comparator,
      ...(upper !== undefined ? { upper } : {}),
    });
  }

  for (const match of text.matchAll(CHINESE_TENTHS)) {
    const start = match.index;
    // 八成 as a share; not 成 as a verb (一成不变) or inside a name.
    if (text[start + 2] === '不' || names.some(([s, e]) => start >= s && start < e)) continue;
    // Only after a word that takes a share: 占全市八成, 八成以上.
    if (!/(?:占|达|超|近|约|全市|全省|全县|的)$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    quantities.push({
      start,
      end: start + 2,
      numberStart: start,
      numberEnd: start + 1,
      value: CHINESE_DIGITS[match[1]],
      unit: '成',
      comparator: 'EXACTLY',
    });
  }

  quantities.sort((a, b) => a.numberStart - b.numberStart);
  return { quantities, rejected };
}

export function findQuantities(text: string, options: FindQuantitiesOptions = {}): Quantity[] {
  return readNumbers(text, options).quantities;
}
