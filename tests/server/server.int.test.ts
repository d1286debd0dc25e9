import { startTestServer, type TestServer } from '../support/server';

describe('the GraphQL server over a real Neo4j', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers graphStats with counts read from the database', async () => {
    const { status, body } = await server.graphql<{
      graphStats: { nodeCount: number; labels: { label: string; count: number }[] };
    }>('{ graphStats { nodeCount labels { label count } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const labels = Object.fromEntries(body.data!.graphStats.labels.map((l) => [l.label, l.count]));
    expect(labels.Report).toBe(1);
    expect(labels.Township).toBe(18);
    expect(labels.Sentence).toBeGreaterThan(250);
    expect(body.data!.graphStats.nodeCount).toBe(Object.values(labels).reduce((a, b) => a + b, 0));
  });

  it('is live at once and ready while Neo4j answers', async () => {
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', reports: ['jinyun-2023'] });
  });
});
