import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config';
import type { Logger } from '../logger';
import { classArchiveIsFresh, ensureClassArchive } from './classArchive';

/**
 * Runs the embedded Neo4j launcher (neo4j/, a Maven module) as a child process:
 * builds it when missing or older than its sources, starts it, waits for its
 * `NEO4J_READY bolt://…` line and stops it again without leaving a JVM behind.
 */

const LAUNCHER_DIR = path.join(ROOT_DIR, 'neo4j');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target/embedded-neo4j.jar');
const MAIN_CLASS = 'local.jinyun.neo4j.EmbeddedNeo4j';
/** See classArchive.ts: made from the classpath without APOC, which is a prefix of the one with it. */
export const CLASS_ARCHIVE = {
  archive: path.join(LAUNCHER_DIR, 'target/embedded-neo4j.jsa'),
  inputs: [LAUNCHER_JAR, path.join(LAUNCHER_DIR, 'target/lib')],
};
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export class EmbeddedNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  logger: Logger;
  /** Put APOC on the classpath and allow apoc.* (needed by the @neo4j/graphql benchmark peer). */
  apoc?: boolean;
  heap?: string;
  /** Check that the launcher is built (and build it) first; a restart of a running setup skips it. */
  checkBuild?: boolean;
  /**
   * Start as fast as possible (a restart after a crash): the JVM compiles with C1 only and
   * collects with the serial collector, which about halves the start on a busy machine (13 s
   * instead of 27-30 s on a loaded 2-core one) at some cost in peak query speed, until the next
   * normal start.
   */
  fastStart?: boolean;
  /** Write the JVM's class archive to this file at exit (the training run of classArchive.ts). */
  dumpClassArchive?: string;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Settles when the process exits, for whatever reason (stop(), a crash, a kill). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function requireTool(command: string, args: string[], hint: string): string {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new EmbeddedNeo4jError(hint);
  return `${probe.stdout}${probe.stderr}`;
}

function checkJava(): void {
  const hint = 'Java 17+ not found: install a JDK 17 or newer (with Maven), or set NEO4J_URI to use a running Neo4j';
  const version = requireTool('java', ['-version'], hint);
  const major = Number(/version "(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 17) throw new EmbeddedNeo4jError(`${hint} (found Java ${major})`);
}

function libDirs(apoc: boolean): string[] {
  return [path.join(LAUNCHER_DIR, 'target/lib'), ...(apoc ? [path.join(LAUNCHER_DIR, 'target/lib-apoc')] : [])];
}

/** Builds the launcher with Maven unless an up-to-date build is there. Returns whether it built. */
export function ensureLauncherBuilt(logger: Logger, apoc = false): boolean {
  checkJava();
  const sourcesChanged =
    !existsSync(LAUNCHER_JAR) ||
    Math.max(newestMtime(path.join(LAUNCHER_DIR, 'src')), statSync(path.join(LAUNCHER_DIR, 'pom.xml')).mtimeMs) >
      statSync(LAUNCHER_JAR).mtimeMs;
  const missingLibs = libDirs(apoc).some((dir) => !existsSync(dir));
  if (!sourcesChanged && !missingLibs) return false;
  requireTool(
    'mvn',
    ['--version'],
    'Maven not found: install Maven 3.8+ to build the embedded Neo4j, or set NEO4J_URI',
  );
  logger.info('building the embedded Neo4j launcher with Maven (first run downloads about 150 MB into ~/.m2)…');
  const args = [
    '-q',
    '-B',
    '-f',
    path.join(LAUNCHER_DIR, 'pom.xml'),
    '-DskipTests',
    ...(apoc ? ['-Papoc'] : []),
    'package',
  ];
  const build = spawnSync('mvn', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status !== 0) {
    const output = `${build.stdout}${build.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new EmbeddedNeo4jError(`building the embedded Neo4j failed (mvn ${args.join(' ')}):\n${output}`);
  }
  return true;
}

/**
 * Builds the launcher when it is missing or stale, and makes its class archive when that is
 * (see classArchive.ts). Returns whether the launcher was built.
 */
export async function prepareEmbeddedNeo4j(logger: Logger, apoc = false): Promise<boolean> {
  const built = ensureLauncherBuilt(logger, apoc);
  await ensureClassArchive(CLASS_ARCHIVE, logger, startEmbeddedNeo4j);
  return built;
}

export function launcherCommand(
  options: Pick<EmbeddedNeo4jOptions, 'dataDir' | 'boltPort' | 'apoc' | 'heap' | 'fastStart' | 'dumpClassArchive'>,
): {
  command: string;
  args: string[];
} {
  const classArchive = options.dumpClassArchive
    ? [`-XX:ArchiveClassesAtExit=${options.dumpClassArchive}`]
    : classArchiveIsFresh(CLASS_ARCHIVE)
      ? [`-XX:SharedArchiveFile=${CLASS_ARCHIVE.archive}`]
      : [];
  const classpath = [LAUNCHER_JAR, ...libDirs(options.apoc ?? false).map((dir) => path.join(dir, '*'))].join(
    path.delimiter,
  );
  return {
    command: 'java',
    args: [
      `-Xmx${options.heap ?? '1g'}`,
      ...(options.fastStart ? ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'] : ['-XX:+UseG1GC']),
      '-XX:+ExitOnOutOfMemoryError',
      ...classArchive,
      // Without these Neo4j falls back to a slower page cache and logs native I/O warnings on Java 17.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      classpath,
      MAIN_CLASS,
      '--bolt-host',
      '127.0.0.1',
      '--bolt-port',
      String(options.boltPort),
      '--data-dir',
      options.dataDir,
      '--exit-on-stdin-close',
      ...(options.apoc ? ['--apoc'] : []),
    ],
  };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { logger } = options;
  if (options.checkBuild !== false) await prepareEmbeddedNeo4j(logger, options.apoc);
  mkdirSync(options.dataDir, { recursive: true });
  const { command, args } = launcherCommand(options);
  // stdin stays a pipe: the launcher exits when it closes, so a parent that dies hard leaves no JVM.
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      logger.debug(`neo4j: ${line}`);
    }
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`embedded Neo4j did not report ready within ${READY_TIMEOUT_MS / 1000} s`));
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
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`could not start java: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const reported = stderrTail.find((line) => line.startsWith('NEO4J_ERROR '));
      const reason = reported?.slice('NEO4J_ERROR '.length) ?? stderrTail.slice(-5).join('\n');
      reject(
        new EmbeddedNeo4jError(`embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready: ${reason}`),
      );
    });
  });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        logger.warn(`embedded Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    })();
    return stopping;
  };
  return { uri, pid: child.pid ?? -1, exited, stop };
}
