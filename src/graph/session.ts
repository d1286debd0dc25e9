import { type Driver, isRetryableError, type Node as Neo4jNode, type Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeRecord } from './records';

export interface ReadOptions {
  database?: string;
  /** Transaction timeout; a slower query is cancelled by Neo4j. */
  timeoutMs: number;
  /**
   * When every read of this reader must have answered (epoch ms): a GraphQL request's budget,
   * shared by all the queries it sends. Unset: each query gets `timeoutMs` on its own.
   */
  deadline?: number;
}

/** How long past its timeout a read waits for Neo4j's own answer before giving up on it. */
export const CLIENT_GRACE_MS = 500;

/** A read that did not answer in time: Neo4j cancelled it, or it did not answer at all (a stalled server). */
export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the graph database did not answer within ${timeoutMs} ms`);
    this.name = 'QueryTimeoutError';
  }
}

/** The time left for a read: the timeout, cut to what remains before the deadline. */
export function readBudget(options: ReadOptions, now = Date.now()): number {
  return options.deadline === undefined ? options.timeoutMs : Math.min(options.timeoutMs, options.deadline - now);
}

/**
 * Runs `work` with a hard bound: Neo4j's transaction timeout cancels a slow query on the server,
 * and a timer gives up on a server that does not answer at all (stopped, or lost on the network),
 * where no server-side timeout can fire. A read given up on is left to finish or fail on its own.
 */
export async function withinBudget<T>(budgetMs: number, work: (timeoutMs: number) => Promise<T>): Promise<T> {
  if (budgetMs <= 0) throw new QueryTimeoutError(0);
  const running = work(budgetMs);
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueryTimeoutError(budgetMs)), budgetMs + CLIENT_GRACE_MS);
  });
  try {
    return await Promise.race([running, watchdog]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined);
  }
}

/** Attempts of one read: a pooled connection to a Neo4j that has restarted fails once, then a new one works. */
const READ_ATTEMPTS = 3;
const RETRY_PAUSE_MS = 100;

/**
 * Runs one read query in its own session (an auto-commit read transaction) within the reader's
 * budget. Retryable failures (a lost connection, a transient error) are retried while the budget
 * lasts, and past it the last one is thrown: a database that refuses connections is
 * SERVICE_UNAVAILABLE, one that does not answer at all QUERY_TIMEOUT (the driver's own retry loop
 * would blur the two).
 */
export async function readQuery(
  driver: Driver,
  options: ReadOptions,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  return withinBudget(readBudget(options), async (budget) => {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const timeout = budget - (Date.now() - started);
      const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
      try {
        return (await session.run(cypher, params, { timeout: Math.max(1, timeout) })).records;
      } catch (error) {
        const pause = RETRY_PAUSE_MS * attempt;
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error) || Date.now() - started + pause >= budget) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      } finally {
        session.close().catch(() => undefined);
      }
    }
  });
}

/** A stored node as a plain record: its own label (not the shared :Node) plus its properties. */
export function toRecord<T extends NodeRecord = NodeRecord>(node: Neo4jNode): T {
  const label = node.labels.find((l) => l !== 'Node') ?? 'Node';
  return { label, ...(node.properties as object) } as T;
}
