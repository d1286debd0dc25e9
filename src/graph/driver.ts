import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';

export function createDriver(
  config: Pick<Config, 'neo4jUri' | 'neo4jUser' | 'neo4jPassword'> & Partial<Pick<Config, 'queryTimeoutMs'>>,
  uri?: string,
): Driver {
  const target = uri ?? config.neo4jUri;
  if (!target) throw new Error('no Neo4j URI: set NEO4J_URI or let the server start the embedded Neo4j');
  // A server with auth disabled (the embedded one) accepts any basic credentials.
  return neo4j.driver(target, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
    // Fail fast on a dead address: startup retries on its own schedule.
    connectionTimeout: 5_000,
    // Retrying a transaction on a dead database for the default 30 s only delays the error.
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    // Waiting for a free connection (all busy on a stalled server) is bounded like a query.
    connectionAcquisitionTimeout: config.queryTimeoutMs ?? 10_000,
    disableLosslessIntegers: true,
  });
}

export class Neo4jUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jUnavailableError';
  }
}

/**
 * Waits until Neo4j answers a query, retrying until `timeoutMs`. Auth failures
 * are final at once: retrying cannot fix a wrong password.
 */
export async function waitForNeo4j(driver: Driver, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security')) {
        throw new Neo4jUnavailableError(
          `Neo4j at ${uri} refused the credentials (${code}): check NEO4J_USER and NEO4J_PASSWORD`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Neo4jUnavailableError(
    `Neo4j at ${uri} did not answer within ${Math.round(timeoutMs / 1000)} s (${reason}). ` +
      'Start it (docker compose up neo4j), fix NEO4J_URI, or unset NEO4J_URI to use the embedded Neo4j.',
  );
}
