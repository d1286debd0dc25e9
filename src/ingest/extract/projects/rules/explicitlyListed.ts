import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** 肖特玻管、…等项目; 殡管所搬迁项目: the report says it is a project, whatever its ending. */
export const explicitlyListed: Rule<NameCandidate, boolean> = {
  name: 'explicitlyListed',
  description: 'an item of an explicit project list or written with the head 项目',
  apply: ({ name, listed, headed }) => (listed || headed ? name.length >= 2 : null),
};
