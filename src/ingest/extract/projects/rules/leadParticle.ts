import type { Rule } from '../../rules';
import { wordBoundaries } from '../../words';
import type { TrimInput } from '../trims';

/**
 * 完成了老旧小区改造, 实施好棚户区改造工程: the particle right after the status verb is not part
 * of the name. 好 only when a word of two or more characters follows it: in 实施好溪流域生态治理
 * it begins the river's name 好溪.
 */
export const leadParticle: Rule<TrimInput, number> = {
  name: 'leadParticle',
  description: 'an aspect particle right after a status verb (完成了…, 实施好棚户区…)',
  apply: ({ text, afterStatus }) => {
    if (!afterStatus) return null;
    if (/^[了过]/.test(text)) return 1;
    if (!text.startsWith('好')) return null;
    const boundaries = [...wordBoundaries(text)].sort((a, b) => a - b);
    return boundaries[1] === 1 && (boundaries[2] ?? 0) >= 3 ? 1 : null;
  },
};
