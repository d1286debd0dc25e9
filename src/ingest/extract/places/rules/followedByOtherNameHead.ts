import type { Rule } from '../../rules';
import { OTHER_NAME_HEAD, type TownshipCandidate } from '../inputs';

/** 仙都景区, 仙都路, 新建溪: the form names another thing here, not the township. */
export const followedByOtherNameHead: Rule<TownshipCandidate, false> = {
  name: 'followedByOtherNameHead',
  description: 'a short form followed by a head that names another thing (仙都景区, 仙都路, 新建溪)',
  apply: (c) =>
    c.formKind !== 'name' && OTHER_NAME_HEAD.test(c.text.slice(c.end, Math.min(c.end + 4, c.sentence.end)))
      ? false
      : null,
};
