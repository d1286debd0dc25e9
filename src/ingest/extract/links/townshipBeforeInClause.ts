import { entityId } from '../../ids';
import type { Relation, Span } from '../../types';
import { contains, overlaps } from '../mentions';
import type { LinkRule } from './context';

/** Clause breaks, half- and full-width. */
const CLAUSE_BREAK = /[,;:。!?，；：！？]/;

function clauseAround(text: string, sentence: Span, at: Span): Span {
  let start = at.start;
  while (start > sentence.start && !CLAUSE_BREAK.test(text[start - 1])) start -= 1;
  let end = at.end;
  while (end < sentence.end && !CLAUSE_BREAK.test(text[end])) end += 1;
  return { start, end };
}

/** 新建镇落地全首个竹林碳汇项目: a township before the only project of its clause locates it. */
export const townshipBeforeInClause: LinkRule = {
  name: 'townshipBeforeInClause',
  description: 'a township named before the only project of its clause, outside any project name, locates it',
  apply: ({ project, context }) => {
    const from = entityId('Project', project.name);
    const links: Relation[] = [];
    for (const m of project.mentions) {
      const sentence = context.sentences.get(m.sentenceId)!;
      const clause = clauseAround(context.report.text, sentence, m);
      const inClause = context.projectMentions.filter((o) => contains(clause, o.mention));
      if (new Set(inClause.map((o) => o.name)).size !== 1) continue;
      for (const t of context.townships) {
        const before = t.mention.end <= m.start && contains(clause, t.mention);
        if (before && !inClause.some((o) => overlaps(o.mention, t.mention)))
          links.push({ type: 'LOCATED_IN', from, to: entityId('Township', t.name), sentenceId: m.sentenceId });
      }
    }
    return links;
  },
};
