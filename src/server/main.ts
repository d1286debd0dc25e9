import { ConfigError, loadConfig } from '../config';
import { createLogger, type Logger } from '../logger';
import { startServer } from './start';

/** `npm start`: everything up, GraphQL served, and a clean stop on Ctrl-C or SIGTERM. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'server', config.logFormat);
  for (const warning of config.warnings) logger.warn(warning);
  guardProcess(logger);
  let server;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    logger.error(`startup failed: ${(error as Error).message}`);
    process.exit(1);
  }
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

/**
 * A promise rejected with nobody listening is a bug to log, not a reason to stop serving;
 * an exception thrown outside any request leaves the process in an unknown state: exit
 * (non-zero) and let whatever supervises the server restart it.
 */
function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: exiting');
    process.exit(70);
  });
}

main().catch((error: unknown) => {
  // Configuration errors come before logging is set up: plain lines, one per bad setting.
  const message = error instanceof ConfigError ? error.message : `startup failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
