import type { Rule } from '../../rules';
import type { TownshipCandidate } from '../inputs';

/** 壶镇镇, 新建镇, 五云街道: the full name marks the township itself. */
export const fullName: Rule<TownshipCandidate, true> = {
  name: 'fullName',
  description: 'the full name of the division (新建镇)',
  apply: (c) => (c.formKind === 'name' ? true : null),
};
