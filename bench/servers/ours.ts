import { oursModules } from '../lib/ours';
import { announceReady, captureCypher, stopOnSignals } from './child';

/**
 * Contestant "ours": the real server (src/server/start.ts `startServer`), from the
 * copy of the project the bench measures (BENCH_OURS_ROOT, see bench/lib/ours.ts;
 * default: this checkout), configured from the environment exactly like
 * `npm start`. The bench sets NEO4J_URI to the shared Neo4j, PORT=0,
 * LOG_LEVEL=warn, NODE_ENV=production and a WEB_DIST_DIR without pages.
 */
async function main(): Promise<void> {
  captureCypher();
  const { config, logger, start } = await oursModules(process.env.BENCH_OURS_ROOT ?? `${__dirname}/../..`);
  const settings = config.loadConfig();
  const server = await start.startServer(settings, logger.createLogger(settings.logLevel, 'bench-ours'));
  stopOnSignals(() => server.stop());
  announceReady(`${server.url}/graphql`);
}

main().catch((error: unknown) => {
  process.stderr.write(`ours: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
