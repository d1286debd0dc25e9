import type { Rule } from '../../rules';
import { isOrdinaryWord, ORDINARY_WORD_FREQUENCY } from '../../words';
import type { ShortFormUse } from '../inputs';

/** 建设乡 → 建设, 中心乡 → 中心, 前路乡 → 前路 ("the road ahead"): everyday words of the language. */
export const ordinaryWord: Rule<ShortFormUse, true> = {
  name: 'ordinaryWord',
  description: `the short form is a common word of the segmenter's dictionary that is not tagged as a name (frequency ≥ ${ORDINARY_WORD_FREQUENCY})`,
  apply: ({ form }) => (isOrdinaryWord(form) ? true : null),
};
