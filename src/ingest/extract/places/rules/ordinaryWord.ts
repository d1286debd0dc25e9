import type { Rule } from '../../rules';
import { dictionaryWord } from '../../words';
import type { ShortFormUse } from '../inputs';

/** Dictionary tags of names and place words: such entries are names, not ordinary words. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 's']);
/** Below this corpus frequency a dictionary entry is too rare to be an everyday word. */
export const ORDINARY_WORD_FREQUENCY = 100;

/** 建设乡 → 建设, 中心乡 → 中心, 前路乡 → 前路 ("the road ahead"): everyday words of the language. */
export const ordinaryWord: Rule<ShortFormUse, true> = {
  name: 'ordinaryWord',
  description: `the short form is a common word of the segmenter's dictionary that is not tagged as a name (frequency ≥ ${ORDINARY_WORD_FREQUENCY})`,
  apply: ({ form }) => {
    const word = dictionaryWord(form);
    return word && !NAME_TAGS.has(word.tag) && word.frequency >= ORDINARY_WORD_FREQUENCY ? true : null;
  },
};
