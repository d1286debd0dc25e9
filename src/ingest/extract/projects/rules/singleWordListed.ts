import type { Rule } from '../../rules';
import { dictionaryWord, ORDINARY_WORD_FREQUENCY, taggedWords } from '../../words';
import type { NameCandidate } from '../accept';
import { PROJECT_SUFFIX } from '../vocabulary';

/** Tags of organisations and brands: one such word may well be a company's name. */
const ORGANISATION_TAGS = new Set(['nt', 'nz']);

/**
 * 土地、资金等…; 中小学校、幼儿园等项目: one common word of the dictionary in a list is a kind,
 * not a name. (The dictionary's place and person tags are not trusted here: it tags 幼儿园 nr.)
 * In a list of facilities (停车场、过河栈桥等配套服务设施) a type of work is the facility built; a
 * sector is not (水利、电力、通信等基础设施).
 */
export const singleWordListed: Rule<NameCandidate, false> = {
  name: 'singleWordListed',
  description: 'a single dictionary word standing in a list (资金, 幼儿园, 高科技)',
  apply: ({ name, listed, headed, ofFacilities }) => {
    if (!listed && !headed) return null;
    if (ofFacilities && PROJECT_SUFFIX.test(name)) return null;
    const words = taggedWords(name);
    const entry = words.length === 1 ? dictionaryWord(name) : null;
    const common = entry && entry.frequency >= ORDINARY_WORD_FREQUENCY && !ORGANISATION_TAGS.has(entry.tag);
    return common ? false : null;
  },
};
