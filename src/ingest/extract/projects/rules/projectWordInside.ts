import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** 项目 inside the words, other than before a phase (…产业园项目一期), means prose (大项目好). */
const INSIDE = /项目(?![一二三四五六七八九十]期|$)/;

export const projectWordInside: Rule<NameCandidate, false> = {
  name: 'projectWordInside',
  description: '项目 inside the words, not before a phase (引进一批大项目好)',
  apply: ({ name }) => (INSIDE.test(name) ? false : null),
};
