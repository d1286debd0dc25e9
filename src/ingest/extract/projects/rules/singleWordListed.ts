import type { Rule } from '../../rules';
import { dictionaryWord, NAME_TAGS, taggedWords } from '../../words';
import type { NameCandidate } from '../accept';

/** 土地、资金等…; 中小学校、幼儿园等项目: one word of the dictionary in a list is a kind, not a name. */
export const singleWordListed: Rule<NameCandidate, false> = {
  name: 'singleWordListed',
  description: 'a single dictionary word standing in a list (资金, 幼儿园, 高科技)',
  apply: ({ name, listed, headed }) => {
    if (!listed && !headed) return null;
    const words = taggedWords(name);
    const entry = words.length === 1 ? dictionaryWord(name) : null;
    return entry && !NAME_TAGS.has(entry.tag) ? false : null;
  },
};
