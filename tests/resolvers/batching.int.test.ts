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

  it('costs the same number of database round trips for 100 projects as for 1', async () => {
    const one = await roundTripsFor(1);
    const hundred = await roundTripsFor(100);
    expect(one.projects).toBe(1);
    expect(hundred.projects).toBe(100);
    // one list query, then one batched query per nested field and level
    expect(hundred.queries).toBe(one.queries);
    expect(hundred.queries).toBeLessThanOrEqual(12);
  });
});
