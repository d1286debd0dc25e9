import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { createDriver, waitForNeo4j } from '../graph/driver';
import type { GraphReader } from '../graph/reader';
import { applySchema } from '../graph/schema';
import type { Logger } from '../logger';
import { type SupervisedNeo4j, superviseEmbeddedNeo4j } from '../neo4j/supervisor';
import { createApp } from './app';
import { Health } from './health';
import { ensureReports } from './reports';
import { ensureWebBuilt } from './web';

export interface RunningServer {
  url: string;
  driver: Driver;
  stop(): Promise<void>;
}

async function timed<T>(logger: Logger, step: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  logger.info(`${step} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

export interface StartOptions {
  onRequestEnd?: (reader: GraphReader) => void;
}

/**
 * Brings everything up in order (Neo4j, schema, report graph, HTTP) and returns a
 * stop function that takes it down in reverse. A failing step stops what started.
 */
export async function startServer(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  let embedded: SupervisedNeo4j | null = null;
  let driver: Driver | null = null;
  try {
    let uri = config.neo4jUri;
    if (!uri) {
      embedded = await timed(logger, `started embedded Neo4j (data in ${config.neo4jDataDir})`, () =>
        superviseEmbeddedNeo4j({ dataDir: config.neo4jDataDir, boltPort: 0, logger }),
      );
      logger.info(`embedded Neo4j is process ${embedded.pid()} at ${embedded.uri}`);
      uri = embedded.uri;
    }
    const neo4jUri = uri;
    driver = createDriver(config, neo4jUri);
    const connected = driver;
    await timed(logger, `connected to Neo4j at ${neo4jUri}`, () =>
      waitForNeo4j(connected, neo4jUri, config.neo4jConnectTimeoutMs),
    );
    await timed(logger, 'applied the graph schema', () => applySchema(connected, config.neo4jDatabase));
    await timed(logger, 'reports ready', () => ensureReports(connected, config, logger));

    await ensureWebBuilt(config.webDistDir, logger);
    const httpServer = createServer({
      // A client that sends its request slowly (or never finishes it) does not hold a socket for long.
      requestTimeout: 30_000,
      headersTimeout: 10_000,
    });
    const health = new Health(connected, config.neo4jDatabase, logger, embedded);
    const { app, apollo } = await createApp({
      driver: connected,
      database: config.neo4jDatabase,
      logger,
      queryTimeoutMs: config.queryTimeoutMs,
      corsOrigins: config.corsOrigins,
      introspection: config.introspection,
      webDistDir: config.webDistDir,
      maxResponseBytes: config.maxResponseBytes,
      health,
      httpServer,
      onRequestEnd: options.onRequestEnd,
    });
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`port ${config.port} on ${config.host} is in use: stop what listens there or set PORT`)
            : error,
        ),
      );
      httpServer.listen(config.port, config.host, resolve);
    });
    health.startMonitor();
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

    const ownEmbedded = embedded;
    let stopping: Promise<void> | null = null;
    const stop = () => {
      stopping ??= (async () => {
        health.stopMonitor();
        await timed(logger, 'stopped serving (open requests drained)', () => apollo.stop());
        await connected.close();
        if (ownEmbedded) await timed(logger, 'stopped embedded Neo4j', () => ownEmbedded.stop());
      })();
      return stopping;
    };
    return { url, driver: connected, stop };
  } catch (error) {
    await driver?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
