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
    // one list query, then one batched query per nested field and level
    expect(hundred.queries).toBeLessThanOrEqual(10);
  });
});
