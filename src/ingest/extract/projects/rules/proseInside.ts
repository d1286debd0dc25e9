import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';
import { isProse, MAX_NAME } from '../vocabulary';

/** A count or a 的 inside (a capacity aside), or more words than a name has: prose (93所学校硬件改善工程). */
export const proseInside: Rule<NameCandidate, false> = {
  name: 'proseInside',
  description: `a count or 的 inside the words, or more than ${MAX_NAME} characters`,
  apply: ({ name }) => (isProse(name) || name.length > MAX_NAME ? false : null),
};
