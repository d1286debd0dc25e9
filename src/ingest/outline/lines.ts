import type { Span } from '../types';

/** One non-empty line of the report, trimmed, with its offsets into the text. */
export interface Line extends Span {
  text: string;
}

/** The report's non-empty lines, trimmed (offsets point at the trimmed text). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content.length > 0) {
      lines.push({ text: content, start: start + leading, end: start + leading + content.length });
    }
    start += raw.length + 1;
  }
  return lines;
}

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 → 1 … 十 → 10, 十一 → 11, 二十 → 20; null for anything else. */
export function numeralValue(numeral: string): number | null {
  const single = CHINESE_NUMERALS.indexOf(numeral);
  if (single >= 0) return single + 1;
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!m) return null;
  const tens = m[1] ? CHINESE_NUMERALS.indexOf(m[1]) + 1 : 1;
  const units = m[2] ? CHINESE_NUMERALS.indexOf(m[2]) + 1 : 0;
  return tens * 10 + units;
}

/** 1 → 一 … 10 → 十, 11 → 十一. */
export function numeralOf(value: number): string {
  if (value <= 10) return CHINESE_NUMERALS[value - 1];
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens > 1 ? CHINESE_NUMERALS[tens - 1] : ''}十${units ? CHINESE_NUMERALS[units - 1] : ''}`;
}

/** Characters that end a sentence (half- and full-width). */
export const SENTENCE_END = /[。!?！？]/;
