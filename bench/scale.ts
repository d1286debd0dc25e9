import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diskMiB, graphSize, log, parseList, timeCells, withEnvironment } from './lib/harness';
import { profileVariants } from './lib/profile';
import { statusMiB } from './lib/processes';
import { RESULTS_DIR, renderReport } from './lib/report';
import {
  loadAverageNow,
  machineInfo,
  ratios,
  type ScaleRun,
  type ScaleStep,
  type Settings,
  summarize,
  today,
  type VerificationRecord,
} from './lib/results';
import { prepareOurs } from './lib/ours';
import { checkCopyShape, copiesPresent, copyBuild, copyReportId, writeCopies } from './lib/synth';
import { describe, variantsOf, VerificationError, type Verified, verifyAll } from './lib/verify';
import { SCOPED_REPORT, WORKLOAD_NAMES, WORKLOADS, type WorkloadName } from './lib/workloads';

/**
 * `npm run bench:scale -- --reports 1,100,1000`: for each N (ascending), fills the
 * database up to N report graphs (the real one + N − 1 synthetic copies, see
 * bench/lib/synth.ts), records nodes, relationships, write time, disk and Neo4j
 * memory, checks the contestants still agree, profiles, and times W1–W5 at
 * concurrency 1 and 8. Writes bench/results/<date>-scale.json and re-renders
 * bench/results/<date>.md.
 */

const HELP = `npm run bench:scale -- --reports N[,N…] [options]
  --reports L       report counts to measure, ascending (default 1,100,1000); N includes the real report
  --warmup S        warm-up seconds per cell (default 2)
  --duration S      timed seconds per cell (default 5)
  --reps N          repetitions of every cell (default 2)
  --connections L   concurrency levels (default 1,8)
  --workloads L     which, e.g. W1r,W3r (default: all but the load run's W6)
  --batch N         synthetic reports per write transaction (default 25)
  --heap SIZE       Neo4j JVM heap (default 2g)
  --page-cache SIZE Neo4j page cache (default 4g)
  --ours REF        the commit measured as "ours" (default HEAD; "worktree": the working tree as it is)
  --keep-data       keep the temporary Neo4j data directory`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: '1,100,1000' },
      warmup: { type: 'string', default: '2' },
      duration: { type: 'string', default: '5' },
      reps: { type: 'string', default: '2' },
      connections: { type: 'string', default: '1,8' },
      workloads: { type: 'string', default: WORKLOAD_NAMES.filter((w) => !WORKLOADS[w].loadOnly).join(',') },
      batch: { type: 'string', default: '25' },
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
  const counts = [...new Set(parseList(values.reports, 'reports'))].sort((a, b) => a - b);
  const batch = parseList(values.batch, 'batch')[0];
  const settings: Settings = {
    warmupSeconds: Number(values.warmup),
    durationSeconds: parseList(values.duration, 'duration')[0],
    reps: parseList(values.reps, 'reps')[0],
    connections: parseList(values.connections, 'connections'),
    neo4jHeap: values.heap,
    neo4jPageCache: values['page-cache'],
  };
  const workloads = values.workloads.split(',').map((w) => w.trim()) as WorkloadName[];
  const unknown = workloads.filter((w) => !WORKLOAD_NAMES.includes(w));
  if (unknown.length) throw new Error(`unknown workloads: ${unknown.join(', ')} (known: ${WORKLOAD_NAMES.join(', ')})`);
  const ours = prepareOurs(values.ours);
  const realReport = 'data/reports/jinyun-2023.txt';

  const started = new Date();
  const loadAtStart = loadAverageNow();
  const date = today();
  let stoppedDisk: ScaleRun['diskAfterShutdown'] = null;
  const steps = await withEnvironment(
    {
      heap: values.heap,
      pageCache: values['page-cache'],
      keepData: values['keep-data'],
      ours,
      reports: [realReport],
      // Store files grow when Neo4j checkpoints; shutdown does one, so this is the store's real size.
      afterStop: (dataDir) => {
        stoppedDisk = {
          reports: counts[counts.length - 1],
          storeMiB: diskMiB(path.join(dataDir, 'data/databases/neo4j')),
          transactionLogsMiB: diskMiB(path.join(dataDir, 'data/transactions/neo4j')),
          dataDirMiB: diskMiB(dataDir),
        };
      },
    },
    async (env) => {
      // The copies are built by the measured copy's own pipeline, from its own report and lexicon.
      const source = env.modules.pipeline.buildReportGraph({ reportFile: path.join(ours.root, realReport) });
      if (source.report.meta.id !== SCOPED_REPORT) throw new Error(`${realReport} is not ${SCOPED_REPORT}`);
      const contestants = await env.startContestants();
      const variants = workloads.flatMap((w) => variantsOf(w, false));
      const done: ScaleStep[] = [];
      for (const reports of counts) {
        // ---- fill up to N reports
        const present = await copiesPresent(env.driver);
        const wanted = reports - 1;
        const writeStarted = performance.now();
        for (let k = present + 1; k <= wanted; k += batch) {
          const last = Math.min(k + batch - 1, wanted);
          const copies = [];
          for (let j = k; j <= last; j += 1) copies.push(copyBuild(source, j));
          await writeCopies(env.driver, env.modules, copies);
          if (k === 1) await checkCopyShape(env.driver, SCOPED_REPORT, copyReportId(1));
          if (last === wanted || last % 100 === 0) log(`  wrote synthetic reports up to ${last + 1}/${reports}`);
        }
        await env.driver.executeQuery('CALL db.awaitIndexes(600)');
        const writeSeconds = (performance.now() - writeStarted) / 1000;
        const graph = await graphSize(env.driver);
        log(
          `N = ${reports}: ${graph.nodes} nodes, ${graph.relationships} relationships ` +
            `(${Math.max(wanted - present, 0)} copies written in ${writeSeconds.toFixed(0)} s)`,
        );

        // ---- same data from everyone?
        let verified: Map<string, Verified> | null = null;
        let verification: VerificationRecord[] = [];
        try {
          verified = await verifyAll(variants, contestants);
          verification = [...verified.values()].map((v) => ({
            workload: v.variant.workload,
            variant: v.variant.id,
            bytes: v.bytes,
            summary: describe(v.variant.workload, v.canonical),
          }));
        } catch (error) {
          if (!(error instanceof VerificationError)) throw error;
          log(`N = ${reports}: contestants disagree, timing without body checks: ${error.message}`);
          verification = [{ workload: '*', variant: '*', bytes: 0, summary: `DIFFERENT DATA: ${error.message}` }];
        }

        log(`N = ${reports}: profiling`);
        const profiles = await profileVariants(env.driver, env.neo4j.uri, variants, 3);
        const cells = await timeCells(variants, contestants, verified, env.neo4j.pid, settings, `N=${reports} `);
        const summary = summarize(cells);
        const dataDir = env.dataDir;
        done.push({
          reports,
          graph,
          writeSeconds,
          copiesWritten: Math.max(wanted - present, 0),
          disk: {
            storeMiB: diskMiB(path.join(dataDir, 'data/databases/neo4j')),
            transactionLogsMiB: diskMiB(path.join(dataDir, 'data/transactions/neo4j')),
            dataDirMiB: diskMiB(dataDir),
          },
          neo4jMemory: {
            rssMiB: statusMiB(env.neo4j.pid, 'VmRSS'),
            peakRssMiB: statusMiB(env.neo4j.pid, 'VmHWM'),
            heap: values.heap,
            pageCache: values['page-cache'],
          },
          verification,
          cells,
          summary,
          ratios: ratios(summary),
          profiles,
        });
      }
      return done;
    },
  );

  const finished = new Date();
  const run: ScaleRun = {
    kind: 'scale',
    date,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    totalSeconds: (finished.getTime() - started.getTime()) / 1000,
    machine: machineInfo(),
    settings,
    ours: { ref: ours.ref, commit: ours.commit, subject: ours.subject, uncommitted: ours.uncommitted },
    loadAverage: { start: loadAtStart, end: loadAverageNow() },
    steps,
    diskAfterShutdown: stoppedDisk,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, `${date}-scale.json`);
  writeFileSync(json, `${JSON.stringify(run, null, 2)}\n`);
  const md = renderReport(date);
  log(
    `wrote ${path.relative(process.cwd(), json)} and ${path.relative(process.cwd(), md)} (${(run.totalSeconds / 60).toFixed(1)} min)`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`scale bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
