import { attach, type NodeProjection, prefetched, projectionCypher, rowProperty } from '../../src/graph/projection';

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
          node: { props: ['name', 'position'], columns: ['mentionCount'], links: [] },
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
    expect(cypher).toMatch(
      /^CASE WHEN s IS NULL THEN null ELSE \[s\.id, s\.name, s\.category, 'Project', \[\(s\)-\[\w+:HAS_MILESTONE\]/,
    );
    expect(cypher).toMatch(/\| \[n\d+\.id, n\d+\.name, n\d+\.position, 'Township'/);
    expect(cypher).not.toContain('DETACH');
    // No whole node: no `{.*}`, and `s` itself is never a value of the row.
    expect(cypher).not.toContain('.*');
    expect(cypher).not.toMatch(/[[,|] *s *[,\]]/);
    expect(cypher).toMatch(/, \[\(s\)-\[\w+:LOCATED_IN\]->.*, \[\(s\)-\[\w+:MENTIONED_IN\]->/);
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
    // [id, name, category, label, latestMilestone, townships, mentions] (ROW LAYOUT in projection.ts)
    const row = [
      'p',
      '缙云大道',
      'ROAD',
      'Project',
      [
        { year: 2023, reportYear: 2023, index: 7, status: '开工', stage: 'STARTED' },
        { year: 2023, reportYear: 2023, index: 9, status: '建成', stage: 'COMPLETED' },
        { year: 2022, reportYear: 2023, index: 12, status: '谋划', stage: 'PLANNING' },
      ],
      [
        ['t2', '壶镇镇', 9, 'Township', []],
        ['t1', '五云街道', 3, 'Township', ['b s1', 'b s2', 'b s1']],
        ['t2', '壶镇镇', 9, 'Township', []],
      ],
      [
        ['c', 7, 8, 's3', 'r', 'new#2', ['s3', 'text 3', 'Sentence']],
        ['b', 5, 6, 's2', 'r', 'new#2', ['s2', 'text 2', 'Sentence']],
        ['a', 9, 10, 's1', 'r', 'old#1', ['s1', 'text 1', 'Sentence']],
      ],
    ];
    const project = attach<Record<string, unknown>>(
      row,
      deep,
      new Map([
        ['old#1', 0],
        ['new#2', 1],
      ]),
    );
    expect(project).toEqual({ id: 'p', name: '缙云大道', category: 'ROAD', label: 'Project' });
    expect(prefetched(project, 'column:latestMilestone')).toEqual({ year: 2023, status: '建成', stage: 'COMPLETED' });
    const townships = prefetched<{ id: string }[]>(project, "x' }) DETACH DELETE n //")!;
    expect(townships).toEqual([
      { id: 't1', name: '五云街道', position: 3, label: 'Township' },
      { id: 't2', name: '壶镇镇', position: 9, label: 'Township' },
    ]);
    expect(prefetched(townships[0], 'column:mentionCount')).toBe(2);
    const mentions = prefetched<Record<string, unknown>[]>(project, 'mentions')!;
    expect(mentions.map((m) => m.quote)).toEqual(['a', 'b', 'c']);
    expect(mentions[0]).toEqual({ quote: 'a', start: 9, end: 10, sentenceId: 's1', reportId: 'r', build: 'old#1' });
    expect(prefetched(mentions[0], 'sentence')).toEqual({ id: 's1', text: 'text 1', label: 'Sentence' });
  });

  it('reads a property of a projected row, for queries that go on from rows', () => {
    const indicator: NodeProjection = { props: ['value', 'metricId'], columns: [], links: [] };
    expect(rowProperty('t', indicator, 'metricId')).toBe('t[2]');
    expect(rowProperty('t', { props: ['*'], columns: [], links: [] }, 'metricId')).toBe('t[0].metricId');
    expect(() => rowProperty('t', indicator, 'unit')).toThrow(/does not return unit/);
  });

  it('returns every property as a map for a projection of all of them', () => {
    const cypher = projectionCypher('n', { props: ['*', 'name'], columns: [], links: [] }, 'Report');
    expect(cypher).toBe("CASE WHEN n IS NULL THEN null ELSE [n {.*}, 'Report'] END");
    expect(attach([{ id: 'r', year: 2023 }, 'Report'], { props: ['*'], columns: [], links: [] }, new Map())).toEqual({
      id: 'r',
      year: 2023,
      label: 'Report',
    });
  });
});
