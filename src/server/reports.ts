import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { discoverReports, loadReports } from '../ingest/load';
import type { Logger } from '../logger';

/**
 * Loads the reports `REPORTS` names (files or folders) at startup: each one whose inputs
 * (text, metadata, lexicon, pipeline version) differ from the build in the database is
 * extracted and written; the others are left as they are. A report that cannot be read is
 * logged and skipped, so one bad file does not keep the others from being served.
 */
export async function ensureReports(driver: Driver, config: Config, logger: Logger): Promise<void> {
  const files = discoverReports(config.reports);
  const results = await loadReports(
    driver,
    files.map((reportFile) => ({ reportFile })),
    {
      database: config.neo4jDatabase,
      onResult: (r, i, total) => {
        const where = `[${i + 1}/${total}] ${r.reportId ?? r.file}`;
        if (r.status === 'failed') logger.error(`${where}: not loaded: ${r.error?.message}`);
        else if (r.status === 'unchanged') logger.info(`${where}: current`);
        else
          logger.info(
            `${where}: loaded (${r.written?.nodes} nodes, ${r.written?.relationships} relationships, ${r.ms} ms)`,
          );
      },
    },
  );
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length === results.length) {
    throw new Error(`no report could be loaded: ${failed.map((r) => `${r.file}: ${r.error?.message}`).join('; ')}`);
  }
}
