import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../../src/logger';
import { launcherCommand, prepareEmbeddedNeo4j } from '../../src/neo4j/embedded';

/**
 * The one Neo4j every contestant reads: the project's embedded launcher with APOC
 * (`@neo4j/graphql` needs its core procedures), in a temporary data directory.
 *
 * It is started like `startEmbeddedNeo4j({ apoc: true })` does (same build, same
 * JVM flags from `launcherCommand`), plus a page cache big enough for the
 * million-node scale run: `startEmbeddedNeo4j` has no page-cache option and keeps
 * the launcher's 128 MB default.
 */

export interface SharedNeo4jOptions {
  dataDir: string;
  logger: Logger;
  /** JVM heap, e.g. 2g. */
  heap: string;
  /** Neo4j page cache, e.g. 4g (allocated as the store is read, not up front). */
  pageCache: string;
}

export interface SharedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export async function startSharedNeo4j(options: SharedNeo4jOptions): Promise<SharedNeo4j> {
  await prepareEmbeddedNeo4j(options.logger, true);
  mkdirSync(options.dataDir, { recursive: true });
  const { command, args } = launcherCommand({ dataDir: options.dataDir, boltPort: 0, apoc: true, heap: options.heap });
  // stdin stays a pipe: the launcher exits when it closes, so a bench that dies hard leaves no JVM.
  const child = spawn(command, [...args, '--page-cache', options.pageCache], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(...chunk.split('\n').filter(Boolean));
    if (stderr.length > 20) stderr.splice(0, stderr.length - 20);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not report ready within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const ready = /NEO4J_READY (\S+)/.exec(buffered);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited (${signal ?? `code ${code}`}) before it was ready:\n${stderr.join('\n')}`));
    });
  });

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { uri, pid: child.pid ?? -1, stop };
}

/** A driver like the server's (src/graph/driver.ts), for loading and profiling. */
export function benchDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 5_000,
  });
}
