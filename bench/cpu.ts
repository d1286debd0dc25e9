import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CpuProfile, summarizeProfile } from './lib/cpuProfile';
import { log, parseList, withEnvironment } from './lib/harness';
import { runCell } from './lib/load';
import { prepareOurs } from './lib/ours';
import { startContestant } from './lib/processes';
import { RESULTS_DIR } from './lib/report';
import { requestOf } from './lib/verify';
import { CONTESTANTS, type ContestantName, LOAD_REPORTS, WORKLOAD_NAMES, type WorkloadName } from './lib/workloads';

/**
 * `npm run bench:cpu`: where each contestant's CPU goes. For every contestant and workload, a
 * fresh contestant process runs under `node --cpu-prof`, is warmed up (Neo4j's JIT too), serves
 * the workload for the timed seconds, and stops; its profile is written to
 * bench/results/tmp/cpu/<contestant>-<workload>.cpuprofile (open it in Chrome's DevTools or
 * speedscope for a flame graph) and summarized here: CPU per request, self time by package and by
 * function. The profiler slows the process down: compare contestants with each other here, and
 * take speeds from `npm run bench`.
 */

const HELP = `npm run bench:cpu [-- options]
  --workloads L     which (default W3,W5)
  --contestants L   which (default ours,peer)
  --connections N   concurrency (default 8)
  --warmup S        warm-up seconds before profiling counts (default 25)
  --duration S      timed seconds (default 20)
  --top N           functions and packages listed (default 15)`;

const OUT_DIR = path.join(RESULTS_DIR, 'tmp/cpu');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workloads: { type: 'string', default: 'W3,W5' },
      contestants: { type: 'string', default: 'ours,peer' },
      connections: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '25' },
      duration: { type: 'string', default: '20' },
      top: { type: 'string', default: '15' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const workloads = values.workloads.split(',') as WorkloadName[];
  const contestants = values.contestants.split(',') as ContestantName[];
  const unknown = [
    ...workloads.filter((w) => !WORKLOAD_NAMES.includes(w)),
    ...contestants.filter((c) => !CONTESTANTS.includes(c)),
  ];
  if (unknown.length) throw new Error(`unknown workloads or contestants: ${unknown.join(', ')}`);
  const [connections] = parseList(values.connections, 'connections');
  const [warmupSeconds] = parseList(values.warmup, 'warmup');
  const [durationSeconds] = parseList(values.duration, 'duration');
  mkdirSync(OUT_DIR, { recursive: true });

  await withEnvironment(
    { heap: '2g', pageCache: '4g', keepData: false, ours: prepareOurs('HEAD'), reports: LOAD_REPORTS },
    async (env) => {
      for (const workload of workloads) {
        for (const name of contestants) {
          const dir = path.join(OUT_DIR, `${name}-${workload}`);
          rmSync(dir, { recursive: true, force: true });
          const contestant = await startContestant(name, env.neo4j.uri, {}, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
          env.contestants = { [name]: contestant };
          const request = requestOf({ id: name, contestant: name, workload }, contestant);
          const cell = await runCell(request, {
            connections,
            warmupSeconds,
            durationSeconds,
            serverPid: contestant.pid,
            neo4jPid: env.neo4j.pid,
          });
          await contestant.stop();
          env.contestants = null;
          const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
          if (!file) throw new Error(`${name} wrote no CPU profile into ${dir}`);
          const target = path.join(OUT_DIR, `${name}-${workload}.cpuprofile`);
          renameSync(path.join(dir, file), target);
          rmSync(dir, { recursive: true, force: true });
          const summary = summarizeProfile(JSON.parse(readFileSync(target, 'utf8')) as CpuProfile, Number(values.top));
          const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
          log(
            `${workload} ${name} c=${connections}: ${cell.rps.toFixed(1)} req/s (profiled), ` +
              `${((cell.server.cpuPercent * 10) / cell.rps).toFixed(2)} ms CPU per request; garbage collection ${percent(summary.gc)}; ${target}`,
          );
          log(`  by package: ${summary.packages.map((s) => `${s.name} ${percent(s.share)}`).join(', ')}`);
          for (const f of summary.functions) log(`    ${percent(f.share).padStart(7)}  ${f.name}`);
        }
      }
    },
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench:cpu failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
