import type { Rule } from '../../rules';
import { PLACE_JOINERS, type TownshipCandidate } from '../inputs';

/** In a list of townships a short form is one too: 新建、大洋、石笕; 新碧和新建; 仙都至壶镇. */
export const joinedToAnotherTownship: Rule<TownshipCandidate, true> = {
  name: 'joinedToAnotherTownship',
  description: 'joined by 、和与及至经到 to another township (新建、大洋、石笕列入…)',
  apply: (c) => {
    const after = c.end < c.sentence.end && PLACE_JOINERS.has(c.text[c.end]);
    if (after && c.townshipFormStartsAt(c.end + 1, c.township)) return true;
    const before = c.start > c.sentence.start && PLACE_JOINERS.has(c.text[c.start - 1]);
    if (before && c.townshipFormEndsAt(c.start - 1, c.township)) return true;
    return null;
  },
};
