import { entityId } from '../../ids';
import type { Relation, RelationType } from '../../types';
import { contains } from '../mentions';
import type { LinkContext, LinkRule, Located } from './context';

/** A link from what a project's own name contains, at the mention that contains it. */
function namedInside(
  name: string,
  description: string,
  type: RelationType,
  pick: (context: LinkContext) => Located[],
  atStart = false,
): LinkRule {
  return {
    name,
    description,
    apply: ({ project, context }) => {
      const from = entityId('Project', project.name);
      const links: Relation[] = [];
      for (const m of project.mentions) {
        for (const other of pick(context)) {
          if (!contains(m, other.mention) || (atStart && other.mention.start !== m.start)) continue;
          links.push({ type, from, to: entityId(other.kind, other.name), sentenceId: m.sentenceId });
        }
      }
      return links;
    },
  };
}

export const townshipInName = namedInside(
  'townshipInName',
  'a township written inside the name locates the project (壶镇四星级酒店 → 壶镇镇)',
  'LOCATED_IN',
  (c) => c.townships,
);
export const platformInName = namedInside(
  'platformInName',
  'a platform written inside the name holds the project (丽缙高新区科创中心 → 丽缙高新区)',
  'PART_OF',
  (c) => c.platforms,
);
export const industryInName = namedInside(
  'industryInName',
  'an industry written inside the name (数字经济共富产业中心 → 数字经济)',
  'IN_INDUSTRY',
  (c) => c.industries,
);
export const enterpriseStartsName = namedInside(
  'enterpriseStartsName',
  'a company that starts the name builds it (嘉宏运动二期 → 嘉宏运动)',
  'BUILT_BY',
  (c) => c.enterprises,
  true,
);
