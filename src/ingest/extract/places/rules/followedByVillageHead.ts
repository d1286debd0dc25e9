import type { Rule } from '../../rules';
import { VILLAGE_HEAD, type TownshipCandidate } from '../inputs';

/** 泉坊村城中村改造: 泉坊村 is a village (listed by the division data or not), not 泉坊镇. */
export const followedByVillageHead: Rule<TownshipCandidate, false> = {
  name: 'followedByVillageHead',
  description: 'a short form followed by 村/社区: the village of that name (泉坊村)',
  apply: (c) => (c.formKind !== 'name' && VILLAGE_HEAD.test(c.text.slice(c.end, c.sentence.end)) ? false : null),
};
