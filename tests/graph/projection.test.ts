import { attach, type NodeProjection, prefetched, projectionCypher } from '../../src/graph/projection';

describe('projectionCypher', () => {
  const deep: NodeProjection = {
    props: ['name', 'category'],
    columns: ['latestMilestone'],
    links: [
      {
        key: "x' }) DETACH DELETE n //",
        link: {
          kind: 'related',
          name: 'projectTownships',
          node: { props: ['name'], columns: ['mentionCount'], links: [] },
        },
      },
      {
        key: 'mentions',
        link: {
          kind: 'mentions',
          item: {
            statement: false,
            links: [
              {
                key: 'sentence',
                link: { kind: 'ref', ref: 'sentence', node: { props: ['text'], columns: [], links: [] } },
              },
            ],
          },
        },
      },
    ],
  };

  it('returns exactly the selected properties, never a whole node, and links under generated names', () => {
    // (the position the related list is ordered by is declared by the planner: see plan.ts)
    const cypher = projectionCypher('s', deep, 'Project');
    expect(cypher).toMatch(/^s \{\.id, \.name, \.category, label: 'Project'/);
    expect(cypher).toContain("label: 'Township'");
    expect(cypher).not.toContain('DETACH');
    expect(cypher).toMatch(/l0: \[\(s\)-\[\w+:LOCATED_IN\]->/);
    expect(cypher).toMatch(/l1: \[\(s\)-\[\w+:MENTIONED_IN\]->/);
  });

  it('tests the build of every relationship a report states', () => {
    const cypher = projectionCypher('s', deep, 'Project');
    const relationships = cypher.match(/\[(\w+):(LOCATED_IN|HAS_MILESTONE|MENTIONED_IN)\]/g) ?? [];
    expect(relationships.length).toBe(4);
    for (const rel of relationships) {
      const name = /\[(\w+):/.exec(rel)![1];
      expect(cypher).toContain(`${name}.build IN $builds`);
    }
  });

  it('refuses a property or label that is not a plain identifier', () => {
    expect(() => projectionCypher('s', { props: ['name} RETURN 1 //'], columns: [], links: [] }, 'Project')).toThrow();
    expect(() => projectionCypher('s', { props: ['name'], columns: [], links: [] }, "Project'})")).toThrow();
  });

  it('attaches linked values under their keys, in the order the loaders give', () => {
    const row = {
      id: 'p',
      label: 'Project',
      _latestMilestone: [
        { year: 2023, reportYear: 2023, index: 7, status: '开工', stage: 'STARTED' },
        { year: 2023, reportYear: 2023, index: 9, status: '建成', stage: 'COMPLETED' },
        { year: 2022, reportYear: 2023, index: 12, status: '谋划', stage: 'PLANNING' },
      ],
      l0: [
        { id: 't2', label: 'Township', position: 9, _mentionCount: [] },
        { id: 't1', label: 'Township', position: 3, _mentionCount: ['b s1', 'b s2', 'b s1'] },
        { id: 't2', label: 'Township', position: 9, _mentionCount: [] },
      ],
      l1: [
        { quote: 'c', start: 7, end: 8, build: 'new#2', l0: { id: 's3' } },
        { quote: 'b', start: 5, end: 6, build: 'new#2', l0: { id: 's2' } },
        { quote: 'a', start: 9, end: 10, build: 'old#1', l0: { id: 's1' } },
      ],
    };
    attach(
      row,
      deep,
      new Map([
        ['old#1', 0],
        ['new#2', 1],
      ]),
    );
    expect(prefetched(row, 'column:latestMilestone')).toEqual({ year: 2023, status: '建成', stage: 'COMPLETED' });
    const townships = prefetched<{ id: string }[]>(row, "x' }) DETACH DELETE n //")!;
    expect(townships.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(prefetched(townships[0], 'column:mentionCount')).toBe(2);
    const mentions = prefetched<{ quote: string }[]>(row, 'mentions')!;
    expect(mentions.map((m) => m.quote)).toEqual(['a', 'b', 'c']);
    expect(prefetched(mentions[0], 'sentence')).toEqual({ id: 's1' });
  });
});
