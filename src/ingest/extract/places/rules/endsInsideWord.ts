import type { Rule } from '../../rules';
import type { TownshipCandidate } from '../inputs';

/**
 * A short form whose last character begins a longer word is part of that word (东方红, 桥头堡).
 * Full names are exempt: 大河镇政府 segments as 大河/镇政府 and still names 大河镇.
 */
export const endsInsideWord: Rule<TownshipCandidate, false> = {
  name: 'endsInsideWord',
  description: 'a short form ends inside a word (桥头堡 is not 桥头)',
  apply: (c) => (c.formKind !== 'name' && !c.isWordBoundary(c.end) ? false : null),
};
