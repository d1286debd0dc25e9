import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** A name found whole elsewhere in the report (a second pass cuts runs with it). */
export const knownElsewhere: Rule<NameCandidate, true> = {
  name: 'knownElsewhere',
  description: 'a name the report gives whole elsewhere',
  apply: ({ name, vocab }) => (vocab.known.includes(name) ? true : null),
};
