import { readFileSync } from 'node:fs';
import { cypherStatements, SCHEMA_FILE } from '../../src/graph/schema';

describe('cypher/schema.cypher', () => {
  const statements = cypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));

  it('splits into idempotent statements', () => {
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(statement).toMatch(/IF (NOT )?EXISTS/);
  });

  it('indexes names and sentences for Chinese full-text search', () => {
    const fulltext = statements.filter((s) => s.includes('FULLTEXT'));
    expect(fulltext).toHaveLength(2);
    for (const s of fulltext) expect(s).toContain("`fulltext.analyzer`: 'cjk'");
  });
});
