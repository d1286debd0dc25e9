import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** projects.json exclusions: programmes and generic things the rules would take for works. */
export const excludedByLexicon: Rule<NameCandidate, false> = {
  name: 'excludedByLexicon',
  description: 'the lexicon excludes the name (融资畅通工程)',
  apply: ({ name, written, vocab }) => (vocab.excluded.has(name) || vocab.excluded.has(written) ? false : null),
};
