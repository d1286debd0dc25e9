import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** A township, village, platform or industry by its own name is that thing, not a project. */
export const nameOfOtherKind: Rule<NameCandidate, false> = {
  name: 'nameOfOtherKind',
  description: 'the name of a place, platform or industry (壶镇, 丽水高新区)',
  apply: ({ name, vocab }) => (vocab.otherKinds.has(name) || vocab.townshipForms.includes(name) ? false : null),
};
