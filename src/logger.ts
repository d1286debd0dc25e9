/** One JSON-free, human-readable line per event on stderr; level from LOG_LEVEL. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogger(level: LogLevel = 'info', scope = 'server'): Logger {
  const write = (at: LogLevel) => (message: string) => {
    if (LEVELS[at] < LEVELS[level]) return;
    process.stderr.write(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} [${scope}] ${message}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
