import { appendFileSync } from 'node:fs';
import neo4j, { Session, Transaction } from 'neo4j-driver';

/**
 * What every contestant process shares with the bench that spawned it:
 * - it prints `READY <url>` on stdout once it serves;
 * - it stops on SIGTERM/SIGINT, and when its stdin closes (the bench died), so
 *   no server outlives the bench;
 * - with BENCH_CYPHER_LOG=<file> (never during timing) every Cypher query the
 *   process sends is appended to that file as one JSON line {query, params}.
 */

export function announceReady(url: string): void {
  process.stdout.write(`READY ${url}\n`);
}

export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stop failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', once);
  process.on('SIGINT', once);
  process.stdin.on('end', once);
  process.stdin.on('error', once);
  process.stdin.resume();
}

/** Integers as {"$int": "…"} so the bench can send the parameters back exactly (for PROFILE). */
function encode(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  }
  return value;
}

type Run = (this: unknown, query: unknown, parameters?: unknown, ...rest: unknown[]) => unknown;

export function captureCypher(): void {
  const file = process.env.BENCH_CYPHER_LOG;
  if (!file) return;
  const wrap = (proto: { run: Run }) => {
    const original = proto.run;
    proto.run = function (this: unknown, query: unknown, parameters?: unknown, ...rest: unknown[]) {
      const text = typeof query === 'string' ? query : (query as { text?: string }).text;
      const params = typeof query === 'string' ? parameters : (query as { parameters?: unknown }).parameters;
      appendFileSync(file, `${JSON.stringify({ query: text, params: encode(params ?? {}) })}\n`);
      return original.call(this, query, parameters, ...rest);
    };
  };
  wrap(Transaction.prototype as unknown as { run: Run });
  wrap(Session.prototype as unknown as { run: Run });
}
