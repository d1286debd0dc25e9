import pino from 'pino';

/**
 * Structured logs (pino) on stderr: one JSON object per line with `time`, `level`, `scope` and `msg`,
 * plus `reqId` on everything logged while serving a request. LOG_FORMAT=text prints the same
 * events as one readable line each (the default when stderr is a terminal).
 */
/** 'silent' is for tests. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'text';
export type Logger = pino.Logger;

interface LogLine {
  time: string;
  level: string;
  scope?: string;
  reqId?: string;
  msg?: string;
  err?: { stack?: string; message?: string };
}

/** Writes each JSON line as `time LEVEL [scope] message (reqId)`. */
const textStream = {
  write(line: string): void {
    const event = JSON.parse(line) as LogLine;
    const request = event.reqId ? ` (request ${event.reqId})` : '';
    const error = event.err ? `\n  ${event.err.stack ?? event.err.message}` : '';
    process.stderr.write(
      `${event.time} ${event.level.toUpperCase().padEnd(5)} [${event.scope ?? '-'}] ${event.msg ?? ''}${request}${error}\n`,
    );
  },
};

/** LOG_FORMAT, else JSON unless a person watches stderr in a terminal (see config.ts). */
function defaultFormat(): LogFormat {
  if (process.env.LOG_FORMAT === 'text' || process.env.LOG_FORMAT === 'json') return process.env.LOG_FORMAT;
  return process.stderr.isTTY ? 'text' : 'json';
}

export function createLogger(level: LogLevel = 'info', scope = 'server', format: LogFormat = defaultFormat()): Logger {
  return pino(
    {
      level,
      base: { scope },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    // Synchronous: a line logged just before the process exits is not lost.
    format === 'text' ? textStream : pino.destination({ dest: 2, sync: true }),
  );
}
