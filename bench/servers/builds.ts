import type { Driver } from 'neo4j-driver';

/**
 * What the peer and raw servers need to read only what ours reads: the active report builds
 * (src/graph/builds.ts) and their counties, read from the catalog the way ours reads them
 * (src/graph/catalog.ts): once, then again when the last read is older than 250 ms, one read
 * in flight at a time. Written here in plain Cypher, not imported, so the contestants share
 * no code with ours.
 */

export interface ActiveBuilds {
  epoch: number;
  builds: string[];
  counties: string[];
}

const MAX_AGE_MS = 250;

export function activeBuildsCache(driver: Driver): () => Promise<ActiveBuilds> {
  let current: ActiveBuilds | null = null;
  let checkedAt = 0;
  let pending: Promise<ActiveBuilds> | null = null;
  const refresh = async (): Promise<ActiveBuilds> => {
    const checked = Date.now();
    const { records } = await driver.executeQuery(
      `MATCH (c:Catalog {id: 'catalog'})
       OPTIONAL MATCH (r:Report) WHERE r.fromEpoch <= c.epoch AND (r.toEpoch IS NULL OR r.toEpoch > c.epoch)
       WITH c, r ORDER BY r.year, r.id
       RETURN c.epoch AS epoch, collect(r.build) AS builds, collect(DISTINCT r.countyCode) AS counties`,
      {},
      { routing: 'READ' },
    );
    const record = records[0];
    current = record
      ? {
          epoch: Number(record.get('epoch')),
          builds: record.get('builds') as string[],
          counties: [...(record.get('counties') as string[])].sort(),
        }
      : { epoch: 0, builds: [], counties: [] };
    checkedAt = checked;
    return current;
  };
  return () => {
    if (current && Date.now() - checkedAt < MAX_AGE_MS) return Promise.resolve(current);
    pending ??= refresh().finally(() => {
      pending = null;
    });
    return pending;
  };
}
