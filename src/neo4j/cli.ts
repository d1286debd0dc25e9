import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startEmbeddedNeo4j } from './embedded';

/**
 * `npm run neo4j`: builds the launcher once and runs the embedded Neo4j in the
 * foreground, e.g. to point `NEO4J_URI=bolt://127.0.0.1:7687 npm start` at it.
 * Flags: --port (default 7687), --data-dir (default NEO4J_DATA_DIR), --apoc.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'neo4j');
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      'data-dir': { type: 'string', default: config.neo4jDataDir },
      apoc: { type: 'boolean', default: false },
    },
  });
  const boltPort = Number(values.port);
  if (!Number.isInteger(boltPort) || boltPort < 0 || boltPort > 65535)
    throw new Error(`--port must be a port number, got ${values.port}`);
  const neo4j = await startEmbeddedNeo4j({ dataDir: values['data-dir'], boltPort, logger, apoc: values.apoc });
  logger.info(`Neo4j ready at ${neo4j.uri} (auth disabled, loopback only); Ctrl-C stops it`);
  const stop = (signal: string) => {
    logger.info(`${signal}: stopping Neo4j`);
    neo4j.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`neo4j: ${(error as Error).message}\n`);
  process.exit(1);
});
