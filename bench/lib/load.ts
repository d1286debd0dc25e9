import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { type ProcessUsage, sampleProcess } from './processes';

/**
 * One timed cell: autocannon at a fixed concurrency for a fixed duration after a
 * warm-up, every response compared byte for byte with the one verified before
 * timing (a different body counts as an error), the server's and Neo4j's CPU and
 * peak RSS sampled from /proc while it runs.
 */

export interface HttpRequest {
  url: string;
  body: string;
}

export interface CellOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** The exact response body every request must get (none: only HTTP errors count). */
  expectBody?: string;
  serverPid: number;
  neo4jPid: number;
}

export interface CellResult {
  requests: number;
  /** Completed requests per second over the timed window. */
  rps: number;
  /** Latency percentiles in ms (from every response's own timing, not autocannon's 1 ms histogram). */
  p50: number;
  p99: number;
  mean: number;
  /** Connection errors and timeouts + non-2xx answers + bodies that differ from the verified one. */
  errors: number;
  errorDetail: { connection: number; timeouts: number; non2xx: number; mismatches: number };
  server: ProcessUsage;
  neo4j: ProcessUsage;
  /** 1-minute load average of the machine when the cell started (others' work shows here). */
  loadAverage: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function fire(
  request: HttpRequest,
  connections: number,
  seconds: number,
  expectBody: string | undefined,
  onLatency?: (ms: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
        connections,
        duration: seconds,
        timeout: 30,
        expectBody,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency) {
      instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
        if (status >= 200 && status < 300) onLatency(responseTime);
      });
    }
  });
}

export async function runCell(request: HttpRequest, options: CellOptions): Promise<CellResult> {
  if (options.warmupSeconds > 0) {
    await fire(request, options.connections, options.warmupSeconds, undefined);
  }
  const loadAverage = loadavg()[0];
  const latencies: number[] = [];
  const server = sampleProcess(options.serverPid);
  const db = sampleProcess(options.neo4jPid);
  const result = await fire(request, options.connections, options.durationSeconds, options.expectBody, (ms) =>
    latencies.push(ms),
  );
  const serverUsage = server.stop();
  const neo4jUsage = db.stop();
  latencies.sort((a, b) => a - b);
  const connection = result.errors - result.timeouts;
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((sum, v) => sum + v, 0) / (latencies.length || 1),
    errors: result.errors + result.non2xx + result.mismatches,
    errorDetail: { connection, timeouts: result.timeouts, non2xx: result.non2xx, mismatches: result.mismatches },
    server: serverUsage,
    neo4j: neo4jUsage,
    loadAverage,
  };
}
