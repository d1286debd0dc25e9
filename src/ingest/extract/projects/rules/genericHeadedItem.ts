import type { Rule } from '../../rules';
import { isOrdinaryWord, taggedWords } from '../../words';
import type { NameCandidate } from '../accept';
import { looksLikeName } from '../names';

/**
 * 扶贫项目, 重大项目, 粮食高产项目: before the head 项目, words that are all everyday vocabulary
 * name a kind of project, not one. (List items are not judged so: company names are made of
 * everyday words too, 企鹅科技.) Items that end like a work are left to the other rules.
 */
export const genericHeadedItem: Rule<NameCandidate, false> = {
  name: 'genericHeadedItem',
  description: 'everyday words only before the head 项目 (重大项目, 粮食高产项目)',
  apply: ({ name, headed, listed }) => {
    if (!headed || listed || looksLikeName(name)) return null;
    if (name.endsWith('项目')) return false;
    return taggedWords(name).every((w) => w.word.length >= 2 && isOrdinaryWord(w.word)) ? false : null;
  },
};
