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

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(130);
    }
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
