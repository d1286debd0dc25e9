import type { Driver } from 'neo4j-driver';
import { readSnapshot } from '../../src/graph/builds';

/**
 * Everything one report states in the database, as readers see it (its active build), without
 * the build's own name: its nodes (id and properties), its relationships (type, ends by id,
 * properties) and the shared nodes it names. Two states are equal when the report says the same.
 */
export interface ReportState {
  nodes: string[];
  relationships: string[];
  named: string[];
}

export async function activeBuild(driver: Driver, reportId: string): Promise<string | null> {
  const snapshot = await readSnapshot(
    async (cypher, params) => (await driver.executeQuery(cypher, params)).records,
    null,
  );
  return snapshot?.reports.find((r) => r.id === reportId)?.build ?? null;
}

/** Properties that say which build, and when, rather than what the report says. */
const BOOKKEEPING = new Set(['build', 'loadedAt', 'stagedAt', 'fromEpoch', 'toEpoch', 'flippedAt', 'retiredAt']);

function describe(props: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(props)
      .filter((k) => !BOOKKEEPING.has(k))
      .sort()
      .map((k) => [k, props[k]]),
  );
}

export async function reportState(driver: Driver, reportId: string): Promise<ReportState> {
  const build = await activeBuild(driver, reportId);
  if (!build) return { nodes: [], relationships: [], named: [] };
  const nodes = await driver.executeQuery('MATCH (n:Node {build: $build}) RETURN n.id AS id, properties(n) AS props', {
    build,
  });
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE r.build = $build
     RETURN coalesce(a.id, 'text') AS a, type(r) AS type, coalesce(b.id, 'text') AS b, properties(r) AS props`,
    { build },
  );
  const named = await driver.executeQuery('MATCH (:Report {build: $build})-[:COVERS]->(n) RETURN n.id AS id', {
    build,
  });
  return {
    nodes: nodes.records.map((r) => `${r.get('id')} ${describe(r.get('props'))}`).sort(),
    relationships: relationships.records
      .map((r) => `${r.get('a')} ${r.get('type')} ${r.get('b')} ${describe(r.get('props'))}`)
      .sort(),
    named: named.records.map((r) => r.get('id') as string).sort(),
  };
}
