import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** (1)徐水第二小学, （13）西公村道路, ①: a list number or footnote mark before the name. */
const NUMBERING = /^(?:[(（][\d一二三四五六七八九十]+[)）]|[①②③④⑤⑥⑦⑧⑨⑩])/;

export const leadNumbering: Rule<TrimInput, number> = {
  name: 'leadNumbering',
  description: 'a list number before the name ((1)徐水第二小学)',
  apply: ({ text }) => NUMBERING.exec(text)?.[0].length ?? null,
};
