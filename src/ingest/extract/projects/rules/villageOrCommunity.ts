import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/**
 * 壶镇贤母社区、西锦社区完成新设: a village or community is a place. Communities built as works
 * keep their head: 名山未来社区, 仙都梧源新村, 安置社区, and so does one written as a project
 * (综合性老年康养社区项目).
 */
const PLACE = /(?<!新|未来|安置|移民|搬迁)(?:村|社区|居委会)$/;

export const villageOrCommunity: Rule<NameCandidate, false> = {
  name: 'villageOrCommunity',
  description: 'a village or community name (西锦社区), not a new-built one (名山未来社区)',
  apply: ({ name, headed }) => (PLACE.test(name) && !headed ? false : null),
};
