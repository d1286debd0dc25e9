import type { Driver, Node as Neo4jNode, Record as Neo4jRecord } from 'neo4j-driver';
import type { NodeRecord } from './records';

export interface ReadOptions {
  database?: string;
  /** Transaction timeout; a slower query is cancelled by Neo4j. */
  timeoutMs: number;
}

/**
 * Runs one read query in its own session and read transaction (retried by the
 * driver on transient errors).
 */
export async function readQuery(
  driver: Driver,
  options: ReadOptions,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => (await tx.run(cypher, params)).records, {
      timeout: options.timeoutMs,
    });
  } finally {
    await session.close();
  }
}

/** A stored node as a plain record: its own label (not the shared :Node) plus its properties. */
export function toRecord<T extends NodeRecord = NodeRecord>(node: Neo4jNode): T {
  const label = node.labels.find((l) => l !== 'Node') ?? 'Node';
  return { label, ...(node.properties as object) } as T;
}
