import type { Rule } from '../../rules';
import { wordBoundaries } from '../../words';
import type { TrimInput } from '../trims';

/**
 * 引进社会资本推动白洋淀上游规模化林场建设: a short subject and a verb of causing before the
 * name (社会资本推动…) are not part of it.
 */
const INNER_VERB = /^[\u4e00-\u9fa5]{2,6}?(?:推动|带动|引导|鼓励|吸引)(?=[\u4e00-\u9fa5A-Za-z\d]{3})/;

export const leadInnerVerb: Rule<TrimInput, number> = {
  name: 'leadInnerVerb',
  description: 'a subject and a verb of causing before the name (社会资本推动…)',
  apply: ({ text }) => {
    const m = INNER_VERB.exec(text);
    if (!m) return null;
    const boundaries = wordBoundaries(text);
    const verbAt = m[0].length - 2;
    return boundaries.has(verbAt) && boundaries.has(m[0].length) ? m[0].length : null;
  },
};
