import { createLogger } from '../logger';
import { EmbeddedNeo4jError, ensureLauncherBuilt } from './embedded';

/**
 * `npm run build:neo4j` (part of `npm run build`): builds the embedded Neo4j launcher with
 * Maven when it is missing or older than its sources. Without Java or Maven it says so and
 * succeeds: a server given NEO4J_URI needs no launcher.
 */
const logger = createLogger('info', 'build', 'text');
try {
  const built = ensureLauncherBuilt(logger);
  logger.info(built ? 'built the embedded Neo4j launcher' : 'the embedded Neo4j launcher is up to date');
} catch (error) {
  const message = (error as Error).message;
  if (error instanceof EmbeddedNeo4jError && / not found/.test(message)) {
    logger.warn(`skipped the embedded Neo4j launcher: ${message}`);
  } else {
    logger.error(message);
    process.exit(1);
  }
}
