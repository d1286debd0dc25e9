import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * 易兴路东延部分路段建成通车, 军民融合雷达产业园项目一期竣工, 易文化休闲度假小镇一期运营: a part
 * or the first phase of a project reached the status; the project is the name (a later phase,
 * 太行水镇二期, is a project of its own).
 */
const PART = /(?:部分路段|部分|一期)$/;

export const tailPart: Rule<TrimInput, number> = {
  name: 'tailPart',
  description: 'a part or the first phase of a named project (…东延部分路段, …项目一期)',
  apply: ({ text }) => {
    const m = PART.exec(text);
    return m && m.index >= 3 ? m[0].length : null;
  },
};
