import type { Rule } from '../../rules';
import { isOrdinaryWord, taggedWords } from '../../words';
import type { VillageCandidate } from '../inputs';

/** Tags of adjectives and verbs: 新, 平安, 幸福, 团结 … */
const QUALITY_TAGS = new Set(['a', 'ad', 'an', 'v', 'vn', 'd']);
const GENERIC_HEAD = /^(?:村|农村|社区|新村)$/;

/**
 * 社会主义新农村, 智慧平安社区: a village named by a quality and a generic head (新农村, 平安社区,
 * 幸福村) is a phrase of the language far more often than that village.
 */
export const genericVillageName: Rule<VillageCandidate, false> = {
  name: 'genericVillageName',
  description: 'a village named by a quality and a generic head (新农村, 平安社区)',
  apply: ({ form }) => {
    const [first] = taggedWords(form);
    if (!first || !QUALITY_TAGS.has(first.tag) || !isOrdinaryWord(first.word)) return null;
    return GENERIC_HEAD.test(form.slice(first.word.length)) ? false : null;
  },
};
