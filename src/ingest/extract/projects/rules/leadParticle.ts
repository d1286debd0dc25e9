import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * 完成了老旧小区改造: the particle after the status verb is not part of the name. (好 is left
 * alone: 实施好溪流域生态治理 names the river 好溪.)
 */
export const leadParticle: Rule<TrimInput, number> = {
  name: 'leadParticle',
  description: 'an aspect particle right after a status verb (完成了…)',
  apply: ({ text, afterStatus }) => (afterStatus && /^[了过]/.test(text) ? 1 : null),
};
