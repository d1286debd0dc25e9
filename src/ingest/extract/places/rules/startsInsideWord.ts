import type { Rule } from '../../rules';
import type { WrittenForm } from '../inputs';

/** 提高村民 holds 高村 and 保留村庄 holds 留村: the letters, not the place, since no word starts there. */
export const startsInsideWord: Rule<WrittenForm, false> = {
  name: 'startsInsideWord',
  description: 'a place name starts inside a word of the sentence (提高村民 is not 高村)',
  apply: (c) => (c.isWordBoundary(c.start) ? null : false),
};
