import type { Driver, ManagedTransaction } from 'neo4j-driver';

/**
 * Report builds and the catalog: how readers never see a half-written report.
 *
 * Every ingest of a report writes a new *build* beside the active one: the report's own nodes
 * (Report, Section, Paragraph, Sentence, Indicator) and every relationship it states carry the
 * build's id. A build becomes visible in one step. The single :Catalog node holds an integer
 * `epoch`; a Report build is active at epoch E when `fromEpoch <= E < toEpoch` (toEpoch null:
 * still active). The writer first commits the new build's `fromEpoch = E + 1` and its
 * predecessor's `toEpoch = E + 1` (readers at E see no difference), then, in its own
 * transaction, moves the catalog to E + 1. Readers read the epoch (one integer) and use the
 * builds active at it for the whole request, so a request sees the graph before or after an
 * ingest, never a mix. A retired build is deleted only after GRACE_MS, long after any reader
 * that could still use it has finished.
 */

export const CATALOG_ID = 'catalog';

/** A build stays in the database this long after it was retired, for readers that still use it. */
export const GRACE_MS = 10 * 60_000;

/** A build written but never published (its writer died) is deleted after this long. */
export const ABANDONED_MS = 60 * 60_000;

/** The Cypher condition for a Report build `r` being active at `$epoch`. */
export const ACTIVE_AT_EPOCH = 'r.fromEpoch <= $epoch AND (r.toEpoch IS NULL OR r.toEpoch > $epoch)';

export interface ActiveReport {
  id: string;
  build: string;
  countyCode: string;
  year: number;
  resultsYear: number;
}

/**
 * The builds active at one epoch, as every query of a request sees them: `builds` (all
 * active builds, oldest report first) and `counties` (codes of counties with one).
 */
export interface Snapshot {
  epoch: number;
  reports: ActiveReport[];
  builds: string[];
  counties: string[];
}

export const EMPTY_SNAPSHOT: Snapshot = { epoch: 0, reports: [], builds: [], counties: [] };

/** Oldest report first (by year, then id): the order every list across reports follows. */
export function snapshotOf(epoch: number, reports: ActiveReport[]): Snapshot {
  const ordered = [...reports].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  return {
    epoch,
    reports: ordered,
    builds: ordered.map((r) => r.build),
    counties: [...new Set(ordered.map((r) => r.countyCode))].sort(),
  };
}

export async function readSnapshot(
  run: (cypher: string, params: Record<string, unknown>) => Promise<{ get(key: string): unknown }[]>,
  knownEpoch: number | null,
): Promise<Snapshot | null> {
  const [catalog] = await run('MATCH (c:Catalog {id: $id}) RETURN c.epoch AS epoch', { id: CATALOG_ID });
  const epoch = catalog ? Number(catalog.get('epoch')) : 0;
  if (epoch === knownEpoch) return null;
  const records = await run(
    `MATCH (r:Report) WHERE ${ACTIVE_AT_EPOCH}
     RETURN r.id AS id, r.build AS build, r.countyCode AS countyCode, r.year AS year, r.resultsYear AS resultsYear`,
    { epoch },
  );
  return snapshotOf(
    epoch,
    records.map((r) => ({
      id: r.get('id') as string,
      build: r.get('build') as string,
      countyCode: r.get('countyCode') as string,
      year: Number(r.get('year')),
      resultsYear: Number(r.get('resultsYear')),
    })),
  );
}

/** Listeners told when this process published or retired a build (the readers' snapshot cache). */
const listeners = new Set<() => void>();

export function onBuildsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notifyBuildsChanged(): void {
  for (const listener of listeners) listener();
}

/** Locks the catalog for the rest of the transaction (creating it on first use) and returns its state. */
async function lockCatalog(tx: ManagedTransaction): Promise<{ epoch: number; nextBuild: number }> {
  const result = await tx.run(
    `MERGE (c:Catalog {id: $id}) ON CREATE SET c.epoch = 0, c.nextBuild = 0
     SET c.locked = timestamp()
     RETURN c.epoch AS epoch, c.nextBuild AS nextBuild`,
    { id: CATALOG_ID },
  );
  const record = result.records[0];
  return { epoch: Number(record.get('epoch')), nextBuild: Number(record.get('nextBuild')) };
}

/** Reserves a new build id for a report: `jinyun-2023#7`. */
export async function reserveBuild(driver: Driver, reportId: string, database?: string): Promise<string> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const { nextBuild } = await lockCatalog(tx);
      await tx.run('MATCH (c:Catalog {id: $id}) SET c.nextBuild = $next', { id: CATALOG_ID, next: nextBuild + 1 });
      return `${reportId}#${nextBuild + 1}`;
    });
  } finally {
    await session.close();
  }
}

/**
 * Recomputes what shared nodes derive from the builds naming them: their aliases (the union of
 * every active build's), their order key `position` (earliest report, then first mention) and, for
 * a county, the other names its reports use. Only nodes the changing builds name are touched.
 */
async function refreshShared(tx: ManagedTransaction, changing: string[], activeAfter: string[]): Promise<void> {
  await tx.run(
    `UNWIND $changing AS b
     MATCH (:Report {build: b})-[:COVERS]->(n)
     WITH DISTINCT n
     CALL (n) {
       OPTIONAL MATCH (r:Report)-[c:COVERS]->(n) WHERE r.build IN $activeAfter
       WITH n, min(r.year * 1000000000 + c.position) AS position,
            reduce(all = [], aliases IN collect(c.aliases) | all + aliases) AS aliases
       WITH n, position, reduce(seen = [], a IN aliases | CASE WHEN a IN seen OR a = n.name THEN seen ELSE seen + a END) AS unique
       SET n.position = coalesce(position, 9000000000000), n.aliases = unique,
           n.aliasText = reduce(text = '', a IN unique | text + ' ' + a)
     }`,
    { changing, activeAfter },
  );
  await tx.run(
    `UNWIND $changing AS b
     MATCH (county:County)-[:HAS_REPORT]->(:Report {build: b})
     WITH DISTINCT county
     CALL (county) {
       OPTIONAL MATCH (county)-[:HAS_REPORT]->(r:Report) WHERE r.build IN $activeAfter AND r.countyName <> county.name
       WITH county, collect(DISTINCT r.countyName) AS names
       SET county.aliases = names
     }`,
    { changing, activeAfter },
  );
}

export interface Publication {
  /** The build made active, if any (none when a report is removed). */
  published: string | null;
  /** The builds of the report that stopped being active. */
  retired: string[];
  epoch: number;
}

/**
 * Makes `build` the active build of `reportId` (or, with build null, retires the report's
 * active build): first the builds' epochs and the shared nodes' derived properties, then, in
 * a transaction of its own, the catalog's epoch. See the comment at the top of this file.
 */
export async function publish(
  driver: Driver,
  reportId: string,
  build: string | null,
  database?: string,
): Promise<Publication> {
  const session = driver.session({ database });
  try {
    const flipped = await session.executeWrite(async (tx) => {
      const { epoch } = await lockCatalog(tx);
      const next = epoch + 1;
      const active = await tx.run(`MATCH (r:Report) WHERE ${ACTIVE_AT_EPOCH} RETURN r.build AS build, r.id AS id`, {
        epoch,
      });
      const retired = active.records.filter((r) => r.get('id') === reportId).map((r) => r.get('build') as string);
      const activeAfter = [
        ...active.records.map((r) => r.get('build') as string).filter((b) => !retired.includes(b)),
        ...(build ? [build] : []),
      ];
      await tx.run(
        `UNWIND $retired AS b MATCH (r:Report {build: b}) SET r.toEpoch = $next, r.retiredAt = timestamp()`,
        { retired, next },
      );
      if (build) {
        await tx.run('MATCH (r:Report {build: $build}) SET r.fromEpoch = $next, r.flippedAt = timestamp()', {
          build,
          next,
        });
      }
      await refreshShared(tx, [...retired, ...(build ? [build] : [])], activeAfter);
      return { retired, next };
    });
    await session.executeWrite((tx) =>
      tx.run('MATCH (c:Catalog {id: $id}) WHERE c.epoch < $next SET c.epoch = $next', {
        id: CATALOG_ID,
        next: flipped.next,
      }),
    );
    notifyBuildsChanged();
    return { published: build, retired: flipped.retired, epoch: flipped.next };
  } finally {
    await session.close();
  }
}

export interface Collected {
  builds: number;
  nodes: number;
}

/**
 * Deletes builds retired more than `graceMs` ago and builds abandoned before publication, then
 * the shared nodes no build names any more (and a county with no report left, with its townships).
 * Also undoes a publication whose writer died between its two transactions.
 */
export async function collectGarbage(driver: Driver, graceMs = GRACE_MS, database?: string): Promise<Collected> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const { epoch } = await lockCatalog(tx);
      await tx.run(
        `MATCH (r:Report) WHERE r.fromEpoch > $epoch AND r.flippedAt < timestamp() - $abandoned
         SET r.fromEpoch = null`,
        { epoch, abandoned: ABANDONED_MS },
      );
      await tx.run(
        `MATCH (r:Report) WHERE r.toEpoch > $epoch AND r.retiredAt < timestamp() - $abandoned
         SET r.toEpoch = null, r.retiredAt = null`,
        { epoch, abandoned: ABANDONED_MS },
      );
      const doomed = await tx.run(
        `MATCH (r:Report)
         WHERE (r.toEpoch IS NOT NULL AND r.toEpoch <= $epoch AND r.retiredAt <= timestamp() - $grace)
            OR (r.fromEpoch IS NULL AND r.stagedAt < timestamp() - $abandoned)
         RETURN r.build AS build`,
        { epoch, grace: graceMs, abandoned: ABANDONED_MS },
      );
      const builds = doomed.records.map((r) => r.get('build') as string);
      if (!builds.length) return { builds: 0, nodes: 0 };
      const touched = await tx.run(
        `UNWIND $builds AS b MATCH (r:Report {build: b})-[:COVERS]->(n) RETURN collect(DISTINCT n.id) AS ids,
           collect(DISTINCT r.countyCode) AS counties`,
        { builds },
      );
      await tx.run('UNWIND $builds AS b MATCH (t:ReportText {build: b}) DETACH DELETE t', { builds });
      const deleted = await tx.run(
        `UNWIND $builds AS b MATCH (n:Node {build: b}) DETACH DELETE n RETURN count(*) AS nodes`,
        { builds },
      );
      const orphans = await tx.run(
        `UNWIND $ids AS id MATCH (n:Node {id: id}) WHERE n.build IS NULL AND NOT n:Township AND NOT EXISTS { (n)<-[:COVERS]-() }
         DETACH DELETE n RETURN count(*) AS nodes`,
        { ids: touched.records[0].get('ids') },
      );
      const counties = await tx.run(
        `UNWIND $counties AS code MATCH (c:County {code: code}) WHERE NOT EXISTS { (c)-[:HAS_REPORT]->() }
         OPTIONAL MATCH (t:Township)-[:IN_COUNTY]->(c)
         WITH c, collect(t) AS townships, 1 + count(t) AS nodes
         FOREACH (t IN townships | DETACH DELETE t) DETACH DELETE c RETURN sum(nodes) AS nodes`,
        { counties: touched.records[0].get('counties') },
      );
      const nodes = [deleted, orphans, counties].reduce(
        (sum, result) => sum + Number(result.records[0]?.get('nodes') ?? 0),
        0,
      );
      return { builds: builds.length, nodes };
    });
  } finally {
    await session.close();
  }
}
