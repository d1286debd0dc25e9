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

/** Applies constraints and indexes (all `IF NOT EXISTS`) and waits until indexes are online. */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  return statements.length;
}
