import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** projects.json names a project (canonical name or alias). */
export const lexiconName: Rule<NameCandidate, true> = {
  name: 'lexiconName',
  description: 'the lexicon names the project',
  apply: ({ name, written, vocab }) => (vocab.canonical.has(name) || vocab.canonical.has(written) ? true : null),
};
