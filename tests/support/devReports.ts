import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ROOT_DIR } from '../../src/config';
import { collectGarbage } from '../../src/graph/builds';
import { removeReport } from '../../src/graph/writer';
import { loadReports } from '../../src/ingest/load';

/** A development report's file (data/reports/dev/<id>.txt). */
export const devReportFile = (id: string): string => path.join(ROOT_DIR, 'data/reports/dev', `${id}.txt`);

/** Loads reports beside the default one for the tests of a file; each must load, published at once. */
export async function loadExtraReports(driver: Driver, files: readonly string[]): Promise<void> {
  const results = await loadReports(
    driver,
    files.map((reportFile) => ({ reportFile })),
    { graceMs: 0 },
  );
  for (const r of results) expect([r.reportId, r.status, r.error?.message]).toEqual([r.reportId, 'loaded', undefined]);
}

/** Removes them again, their builds collected at once, so the next test file sees the default graph. */
export async function removeExtraReports(driver: Driver, ids: readonly string[]): Promise<void> {
  for (const id of ids) await removeReport(driver, id, { graceMs: 0 });
  await collectGarbage(driver, 0);
}
