import { type GraphQLResponse, startTestServer, type TestServer } from '../support/server';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string } }[];
  nodes: { id: string; name: string }[];
}

const LIST_FIELDS = ['projects', 'townships', 'villages', 'industries', 'enterprises', 'platforms', 'metrics'];

describe('list fields: connections, filters, ordering, pagination', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function page(field: string, args: string): Promise<Page> {
    const { body } = await server.graphql<Record<string, Page>>(
      `{ ${field}${args} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } nodes { id name } } }`,
    );
    expect(body.errors).toBeUndefined();
    return body.data![field];
  }

  it.each(LIST_FIELDS)('%s: a cursor walk visits every node exactly once and agrees with totalCount', async (field) => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 100; guard += 1) {
      const result: Page = await page(field, `(first: 7${after ? `, after: "${after}"` : ''})`);
      total = result.totalCount;
      expect(result.nodes.map((n) => n.id)).toEqual(result.edges.map((e) => e.node.id));
      seen.push(...result.nodes.map((n) => n.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(0);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('walks every indicator exactly once', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    type Indicators = {
      indicators: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { id: string }[];
      };
    };
    do {
      const response: { body: GraphQLResponse<Indicators> } = await server.graphql<Indicators>(
        'query($after: String) { indicators(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
        { after },
      );
      const body = response.body;
      const connection = body.data!.indicators;
      total = connection.totalCount;
      ids.push(...connection.nodes.map((n) => n.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(total);
    expect(total).toBeGreaterThan(200);
  });

  it('defaults to 20 per page and says when there is more', async () => {
    const result = await page('projects', '');
    expect(result.nodes).toHaveLength(20);
    expect(result.pageInfo.hasNextPage).toBe(true);
    expect(result.totalCount).toBeGreaterThan(150);
  });

  it('orders by name both ways, with the same members', async () => {
    const ascending = await page('townships', '(first: 18, orderBy: { field: NAME })');
    const descending = await page('townships', '(first: 18, orderBy: { field: NAME, direction: DESC })');
    const names = ascending.nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort());
    expect(descending.nodes.map((n) => n.name)).toEqual([...names].reverse());
  });

  it('filters projects by township, written short (壶镇) or canonical (壶镇镇)', async () => {
    const short = await page('projects', '(first: 100, filter: { township: "壶镇" })');
    const canonical = await page('projects', '(first: 100, filter: { township: "壶镇镇" })');
    expect(short.totalCount).toBeGreaterThan(0);
    expect(short.nodes).toEqual(canonical.nodes);
    const { body } = await server.graphql<{ township: { projects: { id: string }[] } }>(
      '{ township(name: "壶镇") { projects(first: 100) { id } } }',
    );
    expect(short.nodes.map((n) => n.id).sort()).toEqual(body.data!.township.projects.map((p) => p.id).sort());
  });

  it('filters projects by year, category and name, and combines filters', async () => {
    const { body } = await server.graphql<{
      all: { totalCount: number };
      planned: { totalCount: number; nodes: { milestones: { year: number }[] }[] };
      transport: { totalCount: number; nodes: { category: string }[] };
      reservoirs: { nodes: { name: string }[] };
      both: { totalCount: number };
    }>(`{
      all: projects { totalCount }
      planned: projects(first: 100, filter: { year: 2023 }) { totalCount nodes { milestones { year } } }
      transport: projects(first: 100, filter: { category: "交通" }) { totalCount nodes { category } }
      reservoirs: projects(first: 100, filter: { nameContains: "水库" }) { nodes { name } }
      both: projects(filter: { year: 2023, category: "交通" }) { totalCount }
    }`);
    const data = body.data!;
    expect(data.planned.totalCount).toBeGreaterThan(0);
    expect(data.planned.totalCount).toBeLessThan(data.all.totalCount);
    for (const p of data.planned.nodes) expect(p.milestones.some((m) => m.year === 2023)).toBe(true);
    expect(data.transport.totalCount).toBeGreaterThan(0);
    for (const p of data.transport.nodes) expect(p.category).toBe('交通');
    expect(data.reservoirs.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['棠溪水库']));
    expect(data.both.totalCount).toBeLessThanOrEqual(Math.min(data.planned.totalCount, data.transport.totalCount));
  });

  it('filters indicators by kind and year, and by metric', async () => {
    const { body } = await server.graphql<{
      targets: { totalCount: number; nodes: { kind: string; year: number }[] };
      results: { totalCount: number; nodes: { kind: string; year: number }[] };
      all: { totalCount: number };
      gdp: { nodes: { kind: string; value: number; metric: { name: string } }[] };
    }>(`{
      targets: indicators(first: 100, filter: { kind: TARGET }) { totalCount nodes { kind year } }
      results: indicators(first: 100, filter: { kind: RESULT, year: 2022 }) { totalCount nodes { kind year } }
      all: indicators { totalCount }
      gdp: indicators(filter: { metric: "地区生产总值增长" }) { nodes { kind value metric { name } } }
    }`);
    const data = body.data!;
    for (const i of data.targets.nodes) expect(i).toEqual({ kind: 'TARGET', year: 2023 });
    for (const i of data.results.nodes) expect(i).toEqual({ kind: 'RESULT', year: 2022 });
    expect(data.targets.totalCount + data.results.totalCount).toBe(data.all.totalCount);
    expect(data.gdp.nodes.map((i) => i.metric.name)).toEqual(data.gdp.nodes.map(() => '地区生产总值增长'));
    expect(data.gdp.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'RESULT', value: 5.2 }),
        expect.objectContaining({ kind: 'TARGET', value: 7 }),
      ]),
    );
  });

  it('answers which targets concern 智能家电: those about it and about the group it belongs to', async () => {
    const { body } = await server.graphql<{
      indicators: { nodes: { statement: string; industries: { name: string }[] }[] };
      industry: { parent: { name: string } };
    }>(`{
      indicators(filter: { industry: "智能家电", kind: TARGET }) { nodes { statement industries { name } } }
      industry(name: "智能家电") { parent { name } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.industry.parent.name).toBe('四大主导产业');
    expect(body.data!.indicators.nodes).toContainEqual({
      statement: '推动四大主导产业规模超400亿元',
      industries: [{ name: '四大主导产业' }],
    });
  });

  it('links a statement only to what its own words name, not to its neighbours in a list', async () => {
    const { body } = await server.graphql<
      Record<string, { nodes: { statement: string; industries: { name: string }[] }[] }>
    >(`{
      investment: indicators(filter: { metric: "制造业投资增长", year: 2022 }) { nodes { statement industries { name } } }
      loans: indicators(filter: { metric: "新增普惠型小微企业贷款" }) { nodes { statement industries { name } } }
      colourful: indicators(filter: { metric: "五彩农业产值", year: 2022 }) { nodes { statement industries { name } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.investment.nodes[0].industries).toEqual([{ name: '制造业' }]);
    expect(body.data!.loans.nodes[0].industries).toEqual([]);
    expect(body.data!.colourful.nodes[0].industries).toEqual([{ name: '五彩农业' }]);
  });

  it('filters townships by kind: 3 街道, 7 镇, 8 乡', async () => {
    const { body } = await server.graphql<Record<string, { totalCount: number }>>(`{
      s: townships(filter: { kind: SUBDISTRICT }) { totalCount }
      t: townships(filter: { kind: TOWN }) { totalCount }
      x: townships(filter: { kind: TOWNSHIP }) { totalCount }
    }`);
    expect(body.data).toEqual({ s: { totalCount: 3 }, t: { totalCount: 7 }, x: { totalCount: 8 } });
  });

  it('returns an empty page, not an error, when nothing matches', async () => {
    const result = await page('projects', '(filter: { nameContains: "不存在的项目名称" })');
    expect(result).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [], nodes: [] });
  });
});
