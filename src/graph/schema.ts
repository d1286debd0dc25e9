import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ROOT_DIR } from '../config';

export const SCHEMA_FILE = path.join(ROOT_DIR, 'cypher/schema.cypher');

/** The statements of a .cypher file: `;`-terminated, `//` comment lines dropped. */
export function cypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A graph written before reports had builds (one report, no :Catalog): its nodes are derived
 * data that the reports' next ingest rebuilds, so it is deleted rather than migrated.
 */
async function dropVersionOneGraph(driver: Driver, database?: string): Promise<void> {
  const { records } = await driver.executeQuery(
    'OPTIONAL MATCH (c:Catalog) WITH count(c) AS catalogs MATCH (r:Report) WHERE catalogs = 0 RETURN count(r) AS old',
    {},
    { database },
  );
  if (!records.length || Number(records[0].get('old')) === 0) return;
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n:Node) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Applies constraints and indexes (all `IF [NOT] EXISTS`) and waits until indexes are online,
 * after deleting a graph of the previous layout, which these constraints would not fit.
 */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  await dropVersionOneGraph(driver, database);
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  return statements.length;
}
