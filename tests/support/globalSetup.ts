import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDriver, waitForNeo4j } from '../../src/graph/driver';
import { applySchema } from '../../src/graph/schema';
import { createLogger } from '../../src/logger';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { ensureReports } from '../../src/server/reports';
import { testState } from './state';

/**
 * Integration tests share one real Neo4j: the one NEO4J_URI names, or else a
 * fresh embedded one on a free port with a temporary data directory. The
 * report graph is loaded once here; tests only read it, or write reports of their own.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn', 'tests');
  if (!process.env.NEO4J_URI) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jinyun-neo4j-test-'));
    const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, logger });
    process.env.NEO4J_URI = neo4j.uri;
    testState.embedded = neo4j;
    testState.dataDir = dataDir;
  }
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    await waitForNeo4j(driver, config.neo4jUri!, config.neo4jConnectTimeoutMs);
    await applySchema(driver, config.neo4jDatabase);
    await ensureReports(driver, config, logger);
  } finally {
    await driver.close();
  }
}
