import type { Rule } from '../../rules';
import { OTHER_NAME_HEAD, type ShortFormUse } from '../inputs';

/** The report also names other things after the place: 仙都景区, 仙都路, 仙都宾馆, 新建溪. */
export const otherNameHeadFollows: Rule<ShortFormUse, true> = {
  name: 'otherNameHeadFollows',
  description: 'somewhere in the report the form heads the name of another thing (仙都景区, 仙都路, 新建溪)',
  apply: ({ followers }) => (followers.some((f) => OTHER_NAME_HEAD.test(f)) ? true : null),
};
