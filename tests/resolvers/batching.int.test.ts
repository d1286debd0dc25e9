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
    // The list query also fetches what its nodes select (townships, industries, milestones, mentions with
    // their sentences); each deeper level (villages, parent industries, sections) is one batched query.
    expect(hundred.queries).toBe(4);
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
