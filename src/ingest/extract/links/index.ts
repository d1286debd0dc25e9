import type { LinkRule } from './context';
import { lexiconLinks } from './lexiconLinks';
import { enterpriseStartsName, industryInName, platformInName, townshipInName } from './namedInside';
import { townshipBeforeInClause } from './townshipBeforeInClause';

export type { LinkContext, LinkInput, LinkRule, Located } from './context';

/** Every rule adds the links it finds; a link found twice is kept once (the first sentence wins). */
export const LINK_RULES: readonly LinkRule[] = [
  lexiconLinks,
  townshipInName,
  platformInName,
  industryInName,
  enterpriseStartsName,
  townshipBeforeInClause,
];
