import { createLogger } from '../logger';
import { EmbeddedNeo4jError, prepareEmbeddedNeo4j } from './embedded';

/**
 * `npm run build:neo4j` (part of `npm run build`): builds the embedded Neo4j launcher with
 * Maven when it is missing or older than its sources, and its class archive (classArchive.ts).
 * Without Java or Maven it says so and succeeds: a server given NEO4J_URI needs no launcher.
 */
const logger = createLogger('info', 'build', 'text');
prepareEmbeddedNeo4j(logger).then(
  (built) => logger.info(built ? 'built the embedded Neo4j launcher' : 'the embedded Neo4j launcher is up to date'),
  (error: unknown) => {
    const message = (error as Error).message;
    if (error instanceof EmbeddedNeo4jError && / not found/.test(message)) {
      logger.warn(`skipped the embedded Neo4j launcher: ${message}`);
    } else {
      logger.error(message);
      process.exit(1);
    }
  },
);
