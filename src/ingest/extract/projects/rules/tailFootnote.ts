import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 容城县人民医院“互联网医院”[7]: a footnote mark the copy kept after a name. */
const FOOTNOTE = /(?:\[\d{1,2}\]|[①②③④⑤⑥⑦⑧⑨⑩])$/;

export const tailFootnote: Rule<TrimInput, number> = {
  name: 'tailFootnote',
  description: 'a footnote mark after the name (…“互联网医院”[7])',
  apply: ({ text }) => FOOTNOTE.exec(text)?.[0].length ?? null,
};
