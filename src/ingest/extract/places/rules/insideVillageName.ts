import type { Rule } from '../../rules';
import type { TownshipCandidate } from '../inputs';

/** 前路村 is a village: its 前路 is not a mention of 前路乡. */
export const insideVillageName: Rule<TownshipCandidate, false> = {
  name: 'insideVillageName',
  description: 'the form lies inside a village name (前路村)',
  apply: (c) => (c.insideVillage ? false : null),
};
