import { entityId } from '../../ids';
import type { Relation } from '../../types';
import type { LinkRule } from './context';

/** What the lexicon says of a project: its township, platform, industry, company. */
export const lexiconLinks: LinkRule = {
  name: 'lexiconLinks',
  description: 'links projects.json gives a project (抽水蓄能电站 → 方溪乡)',
  apply: ({ project }) => {
    const from = entityId('Project', project.name);
    const { townships, platforms, industries, enterprises } = project.links;
    return [
      ...townships.map((t): Relation => ({ type: 'LOCATED_IN', from, to: entityId('Township', t) })),
      ...platforms.map((p): Relation => ({ type: 'PART_OF', from, to: entityId('Platform', p) })),
      ...industries.map((i): Relation => ({ type: 'IN_INDUSTRY', from, to: entityId('Industry', i) })),
      ...enterprises.map((e): Relation => ({ type: 'BUILT_BY', from, to: entityId('Enterprise', e) })),
    ];
  },
};
