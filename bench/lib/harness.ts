import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createLogger, type Logger } from '../../src/logger';
import { runCell } from './load';
import { benchDriver, type SharedNeo4j, startSharedNeo4j } from './neo4j';
import { type OursModules, oursModules, type OursSource } from './ours';
import { type Contestant, killAllChildren, startContestant } from './processes';
import type { CellRecord, GraphSize, Settings } from './results';
import { requestOf, type Variant, type Verified } from './verify';
import type { ContestantName } from './workloads';

/** What both `npm run bench` and `npm run bench:scale` need: Neo4j, the graph, the contestants, cleanup. */

export interface Environment {
  logger: Logger;
  dataDir: string;
  neo4j: SharedNeo4j;
  driver: Driver;
  /** The project's modules from the copy being measured (bench/lib/ours.ts). */
  modules: OursModules;
  /** What is running now (stopped by the cleanup): all three, or the one a profile run started. */
  contestants: Partial<Record<ContestantName, Contestant>> | null;
  startContestants(): Promise<Record<ContestantName, Contestant>>;
}

export function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

/**
 * Starts Neo4j in a fresh temporary data directory, applies the schema and loads
 * `reports` (paths relative to the measured copy; the project's own code), runs `work`,
 * and always stops every process and removes the data directory (also on Ctrl-C or SIGTERM).
 */
export async function withEnvironment<T>(
  options: {
    heap: string;
    pageCache: string;
    keepData: boolean;
    ours: OursSource;
    /** The report files to load, relative to the project. */
    reports: readonly string[];
    /** Called with the data directory once Neo4j has stopped (and checkpointed), before it is removed. */
    afterStop?: (dataDir: string) => void;
  },
  work: (env: Environment) => Promise<T>,
): Promise<T> {
  const logger = createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn', 'bench');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jinyun-bench-neo4j-'));
  let neo4j: SharedNeo4j | null = null;
  let driver: Driver | null = null;
  const env: Partial<Environment> = { logger, dataDir, contestants: null };

  let cleaning: Promise<void> | null = null;
  const cleanup = () => {
    cleaning ??= (async () => {
      const running = Object.values(env.contestants ?? {});
      await Promise.allSettled(running.map((c) => c.stop()));
      killAllChildren();
      await driver?.close().catch(() => undefined);
      await neo4j?.stop().catch(() => undefined);
      options.afterStop?.(dataDir);
      options.ours.remove();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
      else log(`kept the Neo4j data in ${dataDir}`);
    })();
    return cleaning;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping everything`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    // Every process started from here on (ours, the profiling copies) runs this copy of the project.
    process.env.BENCH_OURS_ROOT = options.ours.root;
    const modules = await oursModules(options.ours.root);
    env.modules = modules;
    log(`ours = ${options.ours.commit.slice(0, 12)} "${options.ours.subject}" (${options.ours.ref})`);
    if (options.ours.uncommitted.length) log(`  with uncommitted changes: ${options.ours.uncommitted.join(', ')}`);
    log(`starting Neo4j (APOC, heap ${options.heap}, page cache ${options.pageCache}) in ${dataDir}`);
    neo4j = await startSharedNeo4j({ dataDir, logger, heap: options.heap, pageCache: options.pageCache });
    driver = benchDriver(neo4j.uri);
    await driver.verifyConnectivity();
    await modules.schema.applySchema(driver);
    // Every process started from here on (ours included) loads the same reports.
    process.env.REPORTS = options.reports.map((file) => path.join(options.ours.root, file)).join(',');
    const config = { ...modules.config.loadConfig(), neo4jUri: neo4j.uri };
    const loading = performance.now();
    await modules.reports.ensureReports(driver, config, logger);
    log(
      `Neo4j ${neo4j.uri} (pid ${neo4j.pid}) holds ${options.reports.length} report(s) ` +
        `(${((performance.now() - loading) / 1000).toFixed(0)} s to load)`,
    );
    const shared = neo4j;
    env.neo4j = shared;
    env.driver = driver;
    env.startContestants = async () => {
      const started = {} as Record<ContestantName, Contestant>;
      env.contestants = started;
      // One after the other: three cold starts at once on two cores would only slow each other.
      for (const name of ['ours', 'peer', 'raw'] as const) {
        started[name] = await startContestant(name, shared.uri);
        log(`${name} serves at ${started[name].url} (pid ${started[name].pid})`);
      }
      return started;
    };
    return await work(env as Environment);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
  }
}

export async function graphSize(driver: Driver): Promise<GraphSize> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (r:Report) RETURN count(r) AS reports }
     RETURN nodes, relationships, reports`,
    {},
    { routing: 'READ' },
  );
  return {
    reports: Number(records[0].get('reports')),
    nodes: Number(records[0].get('nodes')),
    relationships: Number(records[0].get('relationships')),
  };
}

/** Disk use of a directory in MiB (`du`: blocks actually used). */
export function diskMiB(dir: string): number {
  try {
    return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * Times every variant at every concurrency, `reps` times. Contestants alternate:
 * within each (workload, concurrency) group the order rotates from group to group
 * and is reversed on every other repetition, so no contestant always runs first
 * or right after another one.
 */
export async function timeCells(
  variants: Variant[],
  contestants: Record<ContestantName, Contestant>,
  verified: Map<string, Verified> | null,
  neo4jPid: number,
  settings: Settings,
  label = '',
): Promise<CellRecord[]> {
  const workloads = [...new Set(variants.map((v) => v.workload))];
  const cells: CellRecord[] = [];
  // Every server's code paths hot before the first timed cell (each cell still has its own warm-up).
  for (const variant of variants) {
    await runCell(requestOf(variant, contestants[variant.contestant]), {
      connections: 4,
      warmupSeconds: 0,
      durationSeconds: 2,
      serverPid: contestants[variant.contestant].pid,
      neo4jPid,
    });
  }
  let group = 0;
  let sequence = 0;
  const planned = variants.length * settings.connections.length * settings.reps;
  for (let rep = 1; rep <= settings.reps; rep += 1) {
    for (const workload of workloads) {
      for (const connections of settings.connections) {
        const members = variants.filter((v) => v.workload === workload);
        const shift = group % members.length;
        let order = [...members.slice(shift), ...members.slice(0, shift)];
        if (rep % 2 === 0) order = order.reverse();
        group += 1;
        for (const variant of order) {
          sequence += 1;
          const contestant = contestants[variant.contestant];
          const expected = verified?.get(`${variant.workload}/${variant.id}`);
          const result = await runCell(requestOf(variant, contestant), {
            connections,
            warmupSeconds: settings.warmupSeconds,
            durationSeconds: settings.durationSeconds,
            expectBody: expected?.body,
            serverPid: contestant.pid,
            neo4jPid,
          });
          cells.push({ ...result, workload, variant: variant.id, connections, rep, sequence });
          log(
            `${label}[${sequence}/${planned}] ${workload} ${variant.id.padEnd(13)} c=${String(connections).padEnd(2)} rep ${rep}: ` +
              `${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, ` +
              `errors ${result.errors}, server CPU ${result.server.cpuPercent.toFixed(0)} %, load ${result.loadAverage.toFixed(1)}`,
          );
        }
      }
    }
  }
  return cells;
}

export function parseList(value: string, name: string): number[] {
  const list = value.split(',').map((v) => Number(v.trim()));
  if (!list.length || list.some((v) => !Number.isInteger(v) || v < 1)) {
    throw new Error(`--${name} takes positive integers separated by commas, got "${value}"`);
  }
  return list;
}
