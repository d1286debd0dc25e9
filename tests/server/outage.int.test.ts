import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { createLogger } from '../../src/logger';
import { startServer } from '../../src/server/start';

describe('when Neo4j is away', () => {
  it('a running server answers SERVICE_UNAVAILABLE without a stack trace, and is not ready', async () => {
    // A port nothing listens on stands for a database that went away.
    const driver = createDriver({ neo4jUri: 'bolt://127.0.0.1:9', neo4jUser: 'neo4j', neo4jPassword: 'x' });
    const httpServer = createServer();
    const { app, apollo } = await createApp({
      driver,
      logger: createLogger('error', 'test'),
      queryTimeoutMs: 2000,
      corsOrigins: [],
      introspection: true,
      webDistDir: '/nonexistent',
      httpServer,
    });
    httpServer.on('request', app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]).toEqual(
        expect.objectContaining({
          message: 'the graph database is unavailable; try again shortly',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        }),
      );
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(503);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
    } finally {
      await apollo.stop();
      await driver.close();
    }
  }, 60_000);

  it('a server started while Neo4j is unreachable gives up with a clear message', async () => {
    const config = { ...loadConfig(), neo4jUri: 'bolt://127.0.0.1:9', neo4jConnectTimeoutMs: 3000, port: 0 };
    const started = Date.now();
    await expect(startServer(config, createLogger('error', 'test'))).rejects.toThrow(
      /Neo4j at bolt:\/\/127\.0\.0\.1:9 did not answer within 3 s .*unset NEO4J_URI to use the embedded Neo4j/,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe('startup failures say what to fix', () => {
  it('a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      await expect(startServer({ ...loadConfig(), port }, createLogger('error', 'test'))).rejects.toThrow(
        `port ${port} on 127.0.0.1 is in use: stop what listens there or set PORT`,
      );
    } finally {
      blocker.close();
    }
  }, 60_000);
});
