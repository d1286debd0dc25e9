import { type Driver, Neo4jError, type Node as Neo4jNode, type Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeRecord } from './records';

export interface ReadOptions {
  database?: string;
  /** Transaction timeout; a slower query is cancelled by Neo4j. */
  timeoutMs: number;
}

/** How long a read is retried on errors the driver calls retryable (as `maxTransactionRetryTime` in driver.ts). */
const RETRY_MS = 5_000;

/**
 * Runs one read query in its own session, as an auto-commit transaction: RUN and PULL in one
 * message exchange, with no BEGIN and COMMIT around them. A managed transaction
 * (`executeRead`) adds both, which costs a round trip and about 1 ms of the server's CPU per
 * query (measured, bench/results). What `executeRead` gave besides is kept: errors the driver
 * marks retriable (a transient failure, a lost connection) are retried, with backoff, for up to
 * RETRY_MS.
 */
export async function readQuery(
  driver: Driver,
  options: ReadOptions,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  const deadline = Date.now() + RETRY_MS;
  for (let delay = 100; ; delay *= 2) {
    const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
    try {
      return (await session.run(cypher, params, { timeout: options.timeoutMs })).records;
    } catch (error) {
      if (!(error instanceof Neo4jError && error.retryable) || Date.now() + delay > deadline) throw error;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** A stored node as a plain record: its own label (not the shared :Node) plus its properties. */
export function toRecord<T extends NodeRecord = NodeRecord>(node: Neo4jNode): T {
  const label = node.labels.find((l) => l !== 'Node') ?? 'Node';
  return { label, ...(node.properties as object) } as T;
}
