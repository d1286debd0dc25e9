import type { Rule } from '../../rules';
import { isOrdinaryWord, taggedWords } from '../../words';
import type { NameCandidate } from '../accept';

/** Heads of campaigns as much as of works: 治理, 整治, 修复, 保护, 防治, 搬迁, 工程. */
const PROGRAMME_HEAD = /(?:治理|整治|修复|保护|防治|搬迁|工程)$/;

/**
 * 土地整治, 生态治理, 生态修复工程: a campaign head after everyday words only names a kind of
 * work done everywhere (a programme), not one work. A proper name inside (好溪流域生态治理,
 * 瓯江山水工程) makes it one.
 */
export const genericProgramme: Rule<NameCandidate, false> = {
  name: 'genericProgramme',
  description: 'everyday words before a campaign head (土地整治, 生态修复工程)',
  apply: ({ name }) =>
    PROGRAMME_HEAD.test(name) && taggedWords(name).every((w) => w.word.length >= 2 && isOrdinaryWord(w.word))
      ? false
      : null,
};
