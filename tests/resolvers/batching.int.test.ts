import { startTestServer, type TestServer } from '../support/server';

const NESTED = `query($first: Int) {
  projects(first: $first) {
    nodes {
      name
      townships { name villages { name } }
      industries { name parent { name } }
      milestones { year status statement }
      mentions { quote start end sentence { text section { title } } }
    }
  }
}`;

describe('nested fields are batched: no N+1', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function roundTripsFor(first: number): Promise<{ projects: number; queries: number }> {
    const before = server.roundTrips.length;
    const { body } = await server.graphql<{ projects: { nodes: unknown[] } }>(NESTED, { first });
    expect(body.errors).toBeUndefined();
    expect(server.roundTrips.length).toBe(before + 1);
    return { projects: body.data!.projects.nodes.length, queries: server.roundTrips.at(-1)! };
  }

  it('costs the same number of database round trips for 100 projects as for 25', async () => {
    // 25 projects already reach every nested level (a township with villages, an industry with a parent…);
    // fewer might skip a level and so a query, which says nothing about batching.
    const some = await roundTripsFor(25);
    const hundred = await roundTripsFor(100);
    expect(some.projects).toBe(25);
    expect(hundred.projects).toBe(100);
    expect(hundred.queries).toBe(some.queries);
    // The list query fetches everything its nodes select, to every depth (townships and their villages,
    // industries and their parents, milestones, mentions with their sentences and sections): one query.
    // (It was 4 while only the first level came with the list and each deeper level was a batched query.)
    expect(hundred.queries).toBe(1);
  });

  async function queriesOf(query: string, variables?: Record<string, unknown>): Promise<number> {
    const before = server.roundTrips.length;
    const { body } = await server.graphql(query, variables);
    expect(body.errors).toBeUndefined();
    expect(server.roundTrips.length).toBe(before + 1);
    return server.roundTrips.at(-1)!;
  }

  // The benchmark's workloads (bench/lib/workloads.ts), each a root field that costs one query.
  it('answers a list with its total, page and links in one query (W1)', async () => {
    const W1 = `{ projects(first: 20) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id name category status townships { id name } industries { id name } } } }`;
    expect(await queriesOf(W1)).toBe(1);
  });

  it('answers a township with its projects, their milestones and sentences, and its indicators in one query (W2)', async () => {
    const W2 = `query($id: ID!) { township(id: $id) { id name shortName kind
      projects { id name category status year milestones { year status statement sentence { id } } }
      indicators { id statement kind year value unit } } }`;
    expect(await queriesOf(W2, { id: 'township:331122101' })).toBe(1);
  });

  it('answers targets with their metrics and every mention with its sentence in one query (W3)', async () => {
    const W3 = `{ indicators(filter: { kind: TARGET }, first: 50) { nodes { id statement year value unit
      metric { id name } mentions { quote start end sentence { id text } } } } }`;
    expect(await queriesOf(W3)).toBe(1);
  });

  it('answers a neighbourhood and a scorecard in one query each (W5, W6)', async () => {
    expect(
      await queriesOf(
        '{ neighborhood(id: "township:331122101", depth: 2) { truncated nodes { id kind label } edges { id } } }',
      ),
    ).toBe(1);
    expect(
      await queriesOf(`{ scorecard(county: "缙云县", year: 2023) { year targetReport { id } resultReport { id }
        counts { assessment count } items { assessment reason metric { id name } targets { id value } results { id } } } }`),
    ).toBe(1);
  });

  it('fetches a lookup and what it selects one level down in one query', async () => {
    const before = server.roundTrips.length;
    const { body } = await server.graphql<{ township: { projects: unknown[]; indicators: unknown[] } }>(
      '{ township(name: "壶镇镇") { name projects { name } indicators { statement } villages { name } mentions { quote } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.township.projects.length).toBeGreaterThan(0);
    expect(server.roundTrips.slice(before)).toEqual([1]);
  });

  it('answers the same whether nested fields were fetched ahead or loaded in batches', async () => {
    const fields = `id name townships { id } industries { id } platforms { id } enterprises { id } indicators { id }
      milestones { year status sentence { id } } mentions { quote start end sentence { id } }`;
    const { body: listed } = await server.graphql<{ projects: { nodes: { id: string }[] } }>(
      `{ projects(first: 100, orderBy: { field: NAME }) { nodes { ${fields} } } }`,
    );
    const ids = listed.data!.projects.nodes.map((p) => p.id);
    // nodes(ids:) resolves through the loaders only: a second, independent way to the same answer.
    const { body: loaded } = await server.graphql<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Project { ${fields} } } }`,
      { ids },
    );
    expect(loaded.data!.nodes).toEqual(listed.data!.projects.nodes);
  });
});
