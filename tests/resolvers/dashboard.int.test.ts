import { startTestServer, type TestServer } from '../support/server';

/**
 * What a dashboard needs of the API: counts on nested lists, aggregations, `in` and range
 * filters, several order fields, kinds that do not conflict, a unit on every indicator that
 * has one. Each answer is checked against the plain lists it summarises.
 */

interface Project {
  id: string;
  name: string;
  category: string;
  stage: string | null;
  milestones: { year: number }[];
  townships: { id: string }[];
}

interface Indicator {
  id: string;
  kind: string;
  year: number;
  value: number;
  unit: string | null;
  writtenUnit: string | null;
  metric: { name: string; unit: string | null };
}

describe('the API for dashboards', () => {
  let server: TestServer;
  let projects: Project[];
  let indicators: Indicator[];

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await server.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** Every node of a list, page by page. */
  async function all<T>(list: string, fields: string): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Record<string, { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> = await data(
        `query($after: String) { ${list}(first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      nodes.push(...page[list].nodes);
      if (!page[list].pageInfo.hasNextPage) return nodes;
      after = page[list].pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    projects = await all<Project>('projects', 'id name category stage milestones { year } townships { id }');
    indicators = await all<Indicator>('indicators', 'id kind year value unit writtenUnit metric { name unit }');
  });
  afterAll(async () => {
    await server?.stop();
  });

  const countBy = <T>(items: T[], key: (item: T) => string[]) => {
    const counts = new Map<string, number>();
    for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };

  it('counts projects by category, stage and township as the list does', async () => {
    const stats = await data<Record<string, { key: string; count: number }[]>>(
      `{ category: projectStats(groupBy: CATEGORY) { key count }
         stage: projectStats(groupBy: STAGE) { key count }
         township: projectStats(groupBy: TOWNSHIP) { key count } }`,
    );
    const asMap = (groups: { key: string; count: number }[]) => new Map(groups.map((g) => [g.key, g.count]));
    expect(asMap(stats.category)).toEqual(countBy(projects, (p) => [p.category]));
    expect(asMap(stats.stage)).toEqual(countBy(projects, (p) => [p.stage ?? 'OTHER']));
    expect(asMap(stats.township)).toEqual(countBy(projects, (p) => p.townships.map((t) => t.id)));
    const counts = stats.category.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('sums, bounds and averages indicator values within one unit', async () => {
    const { indicatorStats } = await data<{
      indicatorStats: {
        key: string;
        unit: string | null;
        count: number;
        sum: number;
        min: number;
        max: number;
        avg: number;
      }[];
    }>('{ indicatorStats(filter: { kind: TARGET }, groupBy: UNIT) { key unit count sum min max avg } }');
    const targets = indicators.filter((i) => i.kind === 'TARGET');
    for (const group of indicatorStats) {
      const values = targets.filter((i) => i.unit === group.unit).map((i) => i.value);
      expect(group.count).toBe(values.length);
      expect(group.sum).toBeCloseTo(values.reduce((a, b) => a + b, 0));
      expect(group.min).toBe(Math.min(...values));
      expect(group.max).toBe(Math.max(...values));
      expect(group.avg).toBeCloseTo(group.sum / group.count);
    }
    expect(indicatorStats.reduce((sum, g) => sum + g.count, 0)).toBe(targets.length);
  });

  it('groups indicators by metric, with the metric as the node', async () => {
    const { indicatorStats } = await data<{
      indicatorStats: { label: string; count: number; node: { name: string } }[];
    }>(
      '{ indicatorStats(filter: { metricContains: "地区生产总值" }, groupBy: METRIC) { label count node { ... on Metric { name } } } }',
    );
    expect(indicatorStats.length).toBeGreaterThan(0);
    for (const g of indicatorStats) {
      expect(g.node.name).toBe(g.label);
      expect(g.count).toBe(indicators.filter((i) => i.metric.name === g.label).length);
    }
  });

  it('filters with in and ranges', async () => {
    const found = await data<Record<string, { totalCount: number; nodes: { id: string }[] }>>(
      `{ categories: projects(filter: { categoryIn: ["交通", "水利"] }, first: 100) { totalCount nodes { id } }
         fromYear: projects(filter: { yearFrom: 2023 }, first: 100) { totalCount nodes { id } }
         stages: projects(filter: { stageIn: [COMPLETED, STARTED] }, first: 100) { totalCount nodes { id } }
         values: indicators(filter: { valueMin: 10, valueMax: 100, unit: "亿元" }, first: 100) { totalCount nodes { id } }
         years: indicators(filter: { yearFrom: 2023, yearTo: 2023 }, first: 100) { totalCount nodes { id } } }`,
    );
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
    expect(ids(found.categories.nodes)).toEqual(ids(projects.filter((p) => ['交通', '水利'].includes(p.category))));
    expect(ids(found.fromYear.nodes)).toEqual(ids(projects.filter((p) => p.milestones.some((m) => m.year >= 2023))));
    expect(ids(found.stages.nodes)).toEqual(
      ids(projects.filter((p) => p.stage === 'COMPLETED' || p.stage === 'STARTED')),
    );
    expect(ids(found.values.nodes)).toEqual(
      ids(indicators.filter((i) => i.unit === '亿元' && i.value >= 10 && i.value <= 100)),
    );
    expect(found.years.totalCount).toBe(indicators.filter((i) => i.year === 2023).length);
  });

  it('orders by several fields in turn', async () => {
    const { projects: page } = await data<{ projects: { nodes: { name: string; category: string }[] } }>(
      '{ projects(orderBy: [{ field: CATEGORY }, { field: NAME, direction: DESC }], first: 100) { nodes { name category } } }',
    );
    for (let i = 1; i < page.nodes.length; i += 1) {
      const [a, b] = [page.nodes[i - 1], page.nodes[i]];
      expect(a.category <= b.category).toBe(true);
      if (a.category === b.category) expect(a.name >= b.name).toBe(true);
    }
  });

  it('counts nested lists without fetching them', async () => {
    const { townships } = await data<{
      townships: {
        nodes: { projectCount: number; projects: unknown[]; indicatorCount: number; indicators: unknown[] }[];
      };
    }>(
      '{ townships(first: 100) { nodes { projectCount projects(first: 100) { id } indicatorCount indicators(first: 100) { id } } } }',
    );
    for (const t of townships.nodes) {
      expect(t.projectCount).toBe(t.projects.length);
      expect(t.indicatorCount).toBe(t.indicators.length);
    }
  });

  it('lets one query ask the kind of townships and of indicators, and labels every hit', async () => {
    const { search } = await data<{
      search: { label: string; node: { townshipKind?: string; indicatorKind?: string } }[];
    }>(
      `{ search(text: "壶镇", first: 20) { label node { ... on Township { townshipKind } ... on Indicator { indicatorKind } } } }`,
    );
    expect(search.some((h) => h.node.townshipKind === 'TOWN')).toBe(true);
    for (const hit of search) expect(hit.label.length).toBeGreaterThan(0);
  });

  it("gives an indicator whose copy lost its unit its metric's unit, and says what was written", () => {
    for (const i of indicators) {
      expect(i.unit).toBe(i.writtenUnit ?? i.metric.unit);
    }
    expect(indicators.some((i) => i.writtenUnit === null && i.unit !== null)).toBe(true);
  });
});
