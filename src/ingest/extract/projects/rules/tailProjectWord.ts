import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 棠溪水库项目 → 棠溪水库: the head word 项目 says what it is, not which. */
export const tailProjectWord: Rule<TrimInput, number> = {
  name: 'tailProjectWord',
  description: 'a trailing 项目 (棠溪水库项目)',
  apply: ({ text }) => (text.endsWith('项目') && text.length > 4 ? 2 : null),
};
