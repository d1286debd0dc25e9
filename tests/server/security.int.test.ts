import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import type { GraphContext } from '../../src/server/context';
import { Health } from '../../src/server/health';

/** The HTTP surface of a server with introspection off and a small response cap, over the test Neo4j. */
describe('the HTTP surface', () => {
  let driver: Driver;
  let httpServer: Server;
  let apollo: ApolloServer<GraphContext>;
  let url: string;
  const supervision = { state: () => 'running' as 'running' | 'failed', failure: () => 'gave up restarting' };

  beforeAll(async () => {
    const config = loadConfig();
    driver = createDriver(config);
    httpServer = createServer();
    const logger = createLogger('silent', 'test');
    ({ apollo } = await createApp({
      driver,
      logger,
      queryTimeoutMs: 5_000,
      corsOrigins: [],
      introspection: false,
      webDistDir: '/nonexistent',
      maxResponseBytes: 40_000,
      health: new Health(driver, undefined, logger, supervision),
      httpServer,
    }).then(({ app, apollo }) => {
      httpServer.on('request', app);
      return { apollo };
    }));
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await apollo?.stop();
    await driver?.close();
  });

  const post = (query: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it('with introspection off, a typo gets no "Did you mean" naming the schema\'s fields', async () => {
    const body = (await (await post('{ townshp(name: "壶镇") { name } }')).json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/Cannot query field/);
    expect(body.errors[0].message).not.toMatch(/Did you mean|township/);
  });

  it('an answer over the response cap is RESPONSE_TOO_LARGE, not sent', async () => {
    const response = await post('{ report { text } }');
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect((await (await post('{ report { id title } }')).json()) as object).toHaveProperty('data.report.title');
  });

  it('every response has a request id (echoed when the client sent a sane one) and the security headers', async () => {
    const mine = await fetch(`${url}/health/live`, { headers: { 'x-request-id': 'trace-42' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    const forged = await fetch(`${url}/health/live`, { headers: { 'x-request-id': 'a b\u00e9<script>' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(mine.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(mine.headers.get('x-powered-by')).toBeNull();
  });

  it('liveness fails once the embedded Neo4j cannot be restarted, and queries fail fast', async () => {
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    supervision.state = () => 'failed';
    try {
      const live = await fetch(`${url}/health/live`);
      expect(live.status).toBe(503);
      expect(await live.json()).toEqual({ status: 'failed', reason: 'gave up restarting' });
      const query = await post('{ report { id } }');
      expect(query.status).toBe(503);
      expect(((await query.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
    } finally {
      supervision.state = () => 'running';
    }
  });
});
