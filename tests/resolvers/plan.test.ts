import type { NodeProjection } from '../../src/graph/projection';
import { withinBudget } from '../../src/resolvers/plan';

const leaf: NodeProjection = { props: ['name'], columns: [], links: [] };
const related = (key: string, node: NodeProjection = leaf) => ({
  key,
  link: { kind: 'related' as const, name: 'projectTownships' as const, node },
});

function count(p: NodeProjection): number {
  return (
    p.columns.length +
    p.links.reduce(
      (n, { link }) =>
        n +
        1 +
        (link.kind === 'related' || link.kind === 'ref'
          ? count(link.node)
          : link.item.links.reduce((m, e) => m + 1 + count(e.link.node), 0)),
      0,
    )
  );
}

describe('withinBudget', () => {
  it('keeps a plan within the budget as it is', () => {
    const plan: NodeProjection = {
      props: ['id'],
      columns: ['latestMilestone'],
      links: [related('a', { ...leaf, links: [related('b')] })],
    };
    expect(withinBudget(plan, 3)).toEqual(plan);
  });

  it('keeps the shallowest links first (breadth first) and drops the rest with their subtrees', () => {
    const deep = (depth: number): NodeProjection =>
      depth === 0 ? leaf : { props: ['name'], columns: [], links: [related(`d${depth}`, deep(depth - 1))] };
    const plan: NodeProjection = {
      props: ['id'],
      columns: ['mentionCount'],
      links: [related('deep', deep(5)), related('x'), related('y')],
    };
    const kept = withinBudget(plan, 5);
    expect(count(kept)).toBe(5);
    expect(kept.columns).toEqual(['mentionCount']);
    expect(kept.links.map((l) => l.key)).toEqual(['deep', 'x', 'y']);
    const deepKept = kept.links[0].link as { node: NodeProjection };
    expect(deepKept.node.links.map((l) => l.key)).toEqual(['d5']);
  });
});
