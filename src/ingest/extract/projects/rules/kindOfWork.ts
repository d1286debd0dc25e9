import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';
import { KIND_HEAD, KIND_WORDS } from '../vocabulary';

const BY_LENGTH = [...KIND_WORDS].sort((a, b) => b.length - a.length);
const JOINING = ['和', '及', '与', '、', '综合'];

/** Whether `words` is made only of kind words and the words joining them, longest first. */
export function onlyKindWords(words: string): boolean {
  let at = 0;
  while (at < words.length) {
    const next = [...BY_LENGTH, ...JOINING].find((w) => words.startsWith(w, at));
    if (!next) return false;
    at += next.length;
  }
  return words.length > 0;
}

/**
 * 棚户区改造, 大气污染综合治理, 黑臭水体和渗坑整治, 开发区基础设施, 燃气配套管网: a campaign or a
 * network named by kinds of things only (vocabulary.ts KIND_WORDS) is no one work; a place
 * (涞源湖南侧污水管网) or a facility (城西污水处理厂提标改造) before the head makes one.
 */
export const kindOfWork: Rule<NameCandidate, false> = {
  name: 'kindOfWork',
  description: 'kinds of things only before a campaign or network head (棚户区改造, 城区管网)',
  apply: ({ name }) => {
    const head = KIND_HEAD.exec(name);
    return head && onlyKindWords(name.slice(0, head.index)) ? false : null;
  },
};
