import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startServer } from './start';

/** `npm start`: everything up, GraphQL served, and a clean stop on Ctrl-C or SIGTERM. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  logger.info(
    `GraphQL ready at ${server.url}/graphql (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  // Ctrl-C reaches us twice (from the terminal and relayed by npm/tsx): a repeat within
  // a few seconds is the same request; a later one means "stop waiting".
  let firstSignalAt: number | null = null;
  const shutdown = (signal: string) => {
    if (firstSignalAt !== null) {
      if (Date.now() - firstSignalAt < 3_000) return;
      logger.warn(`${signal} again: exiting now`);
      process.exit(130);
    }
    firstSignalAt = Date.now();
    logger.info(`${signal}: shutting down`);
    server.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`startup failed: ${(error as Error).message}\n`);
  process.exit(1);
});
