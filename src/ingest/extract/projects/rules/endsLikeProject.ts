import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';
import { looksLikeName } from '../names';

/** …工程, …水库, …路, …中心: the ending says it is a work. */
export const endsLikeProject: Rule<NameCandidate, boolean> = {
  name: 'endsLikeProject',
  description: 'ends like the name of a work (…工程, …水库, …路, …中心) and reads as one',
  apply: ({ name }) => looksLikeName(name),
};
