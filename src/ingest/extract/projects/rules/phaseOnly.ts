import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** 确保一期工程投产见效, 完成…四期开发: a phase of a project named before, not a name. */
const PHASE_ONLY = /^(?:[一二三四五六七八九十]|\d+)期(?:工程|项目|开发|建设)?$/;

export const phaseOnly: Rule<NameCandidate, false> = {
  name: 'phaseOnly',
  description: 'a bare phase (一期工程)',
  apply: ({ name }) => (PHASE_ONLY.test(name) ? false : null),
};
