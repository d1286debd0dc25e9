import type { Rule } from '../../rules';
import type { ShortFormUse } from '../inputs';

/** The lexicon says this short form needs a township context (a correction for what no rule sees). */
export const lexiconMarksAmbiguous: Rule<ShortFormUse, true> = {
  name: 'lexiconMarksAmbiguous',
  description: 'townships.json marks the short form ambiguousShortName',
  apply: ({ form, township }) => (township.lexiconAmbiguous && form === township.shortName ? true : null),
};
