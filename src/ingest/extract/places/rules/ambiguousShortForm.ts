import type { Rule } from '../../rules';
import type { TownshipCandidate } from '../inputs';

/** A short form the report also uses as a word or another name counts only in a township context. */
export const ambiguousShortForm: Rule<TownshipCandidate, false> = {
  name: 'ambiguousShortForm',
  description: 'an ambiguous short form outside a township context (新建高标准农田)',
  apply: (c) => (c.formKind !== 'name' && c.ambiguous ? false : null),
};
