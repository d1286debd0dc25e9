import type { Comparator } from '../../types';
import type { Rule } from './rule';

/**
 * Comparator words written with a number, as ordered tables (first match wins):
 * after the unit (以上, 以内, 左右), then before the number (突破, 控制在, 约, 近).
 * 余/多 inside the unit (3万余件) and ranges (3-5家) are read with the unit.
 */

export interface ComparatorContext {
  /** Folded text. */
  text: string;
  /** Offset of the number's first digit. */
  start: number;
  /** Offset right after the unit. */
  end: number;
}

export interface ComparatorReading {
  comparator: Comparator;
  /** Characters the comparator words take before the number or after the unit. */
  length: number;
}

type ComparatorRule = Rule<ComparatorContext, ComparatorReading>;

function suffix(name: string, doc: string, pattern: RegExp, comparator: Comparator): ComparatorRule {
  return {
    name,
    doc,
    apply: ({ text, end }) => {
      const match = pattern.exec(text.slice(end, end + 4));
      return match ? { comparator, length: match[0].length } : null;
    },
  };
}

function prefix(name: string, doc: string, pattern: RegExp, comparator: Comparator): ComparatorRule {
  return {
    name,
    doc,
    apply: ({ text, start }) => {
      const match = pattern.exec(text.slice(Math.max(0, start - 6), start));
      return match ? { comparator, length: match[0].length } : null;
    },
  };
}

/** Words after the unit. */
export const SUFFIX_COMPARATORS: readonly ComparatorRule[] = [
  suffix('atLeastAfter', 'N以上, N及以上: 7%以上', /^及?以上/, 'AT_LEAST'),
  suffix('atMostAfter', 'N以下, N以内, N之内: 22微克/立方米以下', /^(?:及?以下|以内|之内)/, 'AT_MOST'),
  suffix('aboutAfter', 'N左右: 7%左右', /^左右/, 'ABOUT'),
];

/** Words right before the number. */
export const PREFIX_COMPARATORS: readonly ComparatorRule[] = [
  prefix(
    'atLeastBefore',
    '突破, 超过, 超, 不低于, 不少于, 至少, 逾, 多于, 高于 N: 突破300亿元',
    /(?:突破|超过|不低于|不少于|至少|多于|高于|超|逾)$/,
    'AT_LEAST',
  ),
  prefix(
    'atMostBefore',
    '控制在, 不超过, 不高于, 低于, 少于, 不足 N: 控制在1.12%',
    /(?:控制在|不超过|不高于|低于|少于|不足)$/,
    'AT_MOST',
  ),
  prefix(
    'aboutBefore',
    '预计, 约, 近, 接近, 将近, 大约 N: 预计达到3.0%, 近3倍',
    /(?:预计达到|预计达|预计为|预计|约为|大约|约|接近|将近|(?<![附最临])近)$/,
    'ABOUT',
  ),
];
