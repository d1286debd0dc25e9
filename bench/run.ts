import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diskMiB, graphSize, log, parseList, timeCells, withEnvironment } from './lib/harness';
import { prepareOurs } from './lib/ours';
import { profileVariants } from './lib/profile';
import { statusMiB } from './lib/processes';
import { RESULTS_DIR, renderReport } from './lib/report';
import {
  type LoadRun,
  loadAverageNow,
  machineInfo,
  ratios,
  type Settings,
  summarize,
  today,
  type VerificationRecord,
} from './lib/results';
import { describe, variantsOf, VerificationError, verifyAll } from './lib/verify';
import { LOAD_REPORTS, WORKLOAD_NAMES, WORKLOADS, type WorkloadName } from './lib/workloads';

/**
 * `npm run bench`: W1–W6 against ours, @neo4j/graphql and raw Cypher on one Neo4j
 * holding three real reports (LOAD_REPORTS), at concurrency 1, 8 and 32. Writes
 * bench/results/<date>.json and renders bench/results/<date>.md. See bench/README.md.
 */

const HELP = `npm run bench [-- options]
  --warmup S        warm-up seconds per cell (default 3)
  --duration S      timed seconds per cell (default 8)
  --reps N          repetitions of every cell (default 2)
  --connections L   concurrency levels (default 1,8,32)
  --workloads L     which, e.g. W1,W4 (default: all but the scale run's W1r, W3r)
  --no-fulltext     skip the extra W4 row through @neo4j/graphql's generated @fulltext queries
  --quick           smoke test: 1 s warm-up, 2 s timed, 1 repetition, concurrency 1,8
  --heap SIZE       Neo4j JVM heap (default 2g)
  --page-cache SIZE Neo4j page cache (default 4g)
  --ours REF        the commit measured as "ours" (default HEAD; "worktree": the working tree as it is)
  --keep-data       keep the temporary Neo4j data directory`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      warmup: { type: 'string', default: '3' },
      duration: { type: 'string', default: '8' },
      reps: { type: 'string', default: '2' },
      connections: { type: 'string', default: '1,8,32' },
      workloads: { type: 'string', default: WORKLOAD_NAMES.filter((w) => !WORKLOADS[w].scaleOnly).join(',') },
      'no-fulltext': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      heap: { type: 'string', default: '2g' },
      'page-cache': { type: 'string', default: '4g' },
      'keep-data': { type: 'boolean', default: false },
      ours: { type: 'string', default: 'HEAD' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const settings: Settings = values.quick
    ? { warmupSeconds: 1, durationSeconds: 2, reps: 1, connections: [1, 8], neo4jHeap: '', neo4jPageCache: '' }
    : {
        warmupSeconds: Number(values.warmup),
        durationSeconds: parseList(values.duration, 'duration')[0],
        reps: parseList(values.reps, 'reps')[0],
        connections: parseList(values.connections, 'connections'),
        neo4jHeap: '',
        neo4jPageCache: '',
      };
  settings.neo4jHeap = values.heap;
  settings.neo4jPageCache = values['page-cache'];
  const workloads = values.workloads.split(',').map((w) => w.trim()) as WorkloadName[];
  const unknown = workloads.filter((w) => !WORKLOAD_NAMES.includes(w));
  if (unknown.length) throw new Error(`unknown workloads: ${unknown.join(', ')} (known: ${WORKLOAD_NAMES.join(', ')})`);

  const started = new Date();
  const loadAtStart = loadAverageNow();
  const date = today();
  const ours = prepareOurs(values.ours);
  const run = await withEnvironment(
    { heap: values.heap, pageCache: values['page-cache'], keepData: values['keep-data'], ours, reports: LOAD_REPORTS },
    async (env) => {
      const graph = await graphSize(env.driver);
      const variants = workloads.flatMap((w) => variantsOf(w, !values['no-fulltext']));

      log('profiling the Cypher each contestant sends (separate processes that log their queries)');
      const profiles = await profileVariants(env.driver, env.neo4j.uri, variants);

      const contestants = await env.startContestants();
      log('checking that all contestants return the same data');
      const verified = await verifyAll(variants, contestants);
      const verification: VerificationRecord[] = [...verified.values()].map((v) => ({
        workload: v.variant.workload,
        variant: v.variant.id,
        bytes: v.bytes,
        summary: describe(v.variant.workload, v.canonical),
      }));
      for (const v of verification) log(`  ${v.workload} ${v.variant}: ${v.summary} (${v.bytes} bytes)`);

      const perCell = settings.warmupSeconds + settings.durationSeconds;
      const cellCount = variants.length * settings.connections.length * settings.reps;
      log(`timing ${cellCount} cells of ${perCell} s (about ${Math.ceil((cellCount * perCell) / 60)} min)`);
      const cells = await timeCells(variants, contestants, verified, env.neo4j.pid, settings);

      const processPeakRssMiB: Record<string, number> = { neo4j: statusMiB(env.neo4j.pid, 'VmHWM') };
      for (const c of Object.values(contestants)) processPeakRssMiB[c.name] = statusMiB(c.pid, 'VmHWM');
      log(`Neo4j data directory: ${diskMiB(env.dataDir).toFixed(0)} MiB`);
      const summary = summarize(cells);
      const finished = new Date();
      const result: LoadRun = {
        kind: 'load',
        date,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        totalSeconds: (finished.getTime() - started.getTime()) / 1000,
        machine: machineInfo(),
        settings,
        ours: { ref: ours.ref, commit: ours.commit, subject: ours.subject, uncommitted: ours.uncommitted },
        loadAverage: { start: loadAtStart, end: loadAverageNow() },
        graph,
        verification,
        cells,
        summary,
        ratios: ratios(summary),
        processPeakRssMiB,
        profiles,
      };
      return result;
    },
  );

  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, `${date}.json`);
  writeFileSync(json, `${JSON.stringify(run, null, 2)}\n`);
  const md = renderReport(date);
  log(
    `wrote ${path.relative(process.cwd(), json)} and ${path.relative(process.cwd(), md)} (${(run.totalSeconds / 60).toFixed(1)} min)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof VerificationError)
      log(`the contestants do not return the same data; nothing was timed:\n${error.message}`);
    else log(`bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
