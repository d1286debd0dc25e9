import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkloadProfile } from './profile';
import type { LoadRun, RatioRow, ScaleRun, ScaleStep, SummaryRow } from './results';
import { WORKLOADS, type WorkloadName } from './workloads';

/** Renders bench/results/<date>.md from the JSON of the load run and of the scale run of that date. */

export const RESULTS_DIR = path.resolve(__dirname, '../results');

const VARIANT_NAMES: Record<string, string> = {
  ours: 'ours',
  peer: '@neo4j/graphql',
  'peer-fulltext': '@neo4j/graphql via @fulltext',
  raw: 'raw',
};
const VARIANT_ORDER = ['ours', 'peer', 'peer-fulltext', 'raw'];

const num = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** A Markdown table; columns whose cells are all numbers are right-aligned. */
function table(header: string[], rows: string[][]): string {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d–.,×/ -]+$/.test(r[i] ?? '')));
  return [
    `| ${header.join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function sortRows(rows: SummaryRow[]): SummaryRow[] {
  return [...rows].sort(
    (a, b) => a.connections - b.connections || VARIANT_ORDER.indexOf(a.variant) - VARIANT_ORDER.indexOf(b.variant),
  );
}

/** Server CPU per request, ms: % of one core is ms of CPU per 10 ms of wall time. */
export function cpuPerRequest(row: SummaryRow): number {
  return (row.serverCpuPercent * 10) / row.rps;
}

/** The workloads a run timed, in their declared order. */
function workloadsOf(summary: SummaryRow[]): WorkloadName[] {
  return (Object.keys(WORKLOADS) as WorkloadName[]).filter((w) => summary.some((s) => s.workload === w));
}

function workloadTable(summary: SummaryRow[], workload: string): string {
  const rows = sortRows(summary.filter((s) => s.workload === workload));
  return table(
    [
      'contestant',
      'conc.',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'server CPU %',
      'server CPU ms/req',
      'server peak RSS MiB',
      'Neo4j CPU %',
    ],
    rows.map((s) => [
      VARIANT_NAMES[s.variant] ?? s.variant,
      String(s.connections),
      num(s.rps),
      num(s.p50, 2),
      num(s.p99, 2),
      `${s.errors} / ${int(s.requests)}`,
      num(s.serverCpuPercent, 0),
      num(cpuPerRequest(s), 2),
      num(s.serverPeakRssMiB, 0),
      num(s.neo4jCpuPercent, 0),
    ]),
  );
}

function ratioTable(rows: RatioRow[]): string {
  return table(
    [
      'workload',
      'conc.',
      'req/s ours/peer',
      'req/s ours/raw',
      'p50 ours/peer',
      'p50 ours/raw',
      'p99 ours/peer',
      'p99 ours/raw',
      'CPU/req ours/peer',
    ],
    rows.map((r) => [
      r.workload,
      String(r.connections),
      ratio(r.rpsOursPeer),
      ratio(r.rpsOursRaw),
      ratio(r.p50OursPeer),
      ratio(r.p50OursRaw),
      ratio(r.p99OursPeer),
      ratio(r.p99OursRaw),
      ratio(r.cpuOursPeer),
    ]),
  );
}

function profileTable(profiles: WorkloadProfile[]): string {
  const note =
    'Queries per request leave out reads of the catalog of active builds, which every contestant caches for 250 ms ' +
    '(a few per second under load, whatever the request rate).\n\n';
  return (
    note +
    table(
      ['workload', 'contestant', 'queries per request', 'db hits (sum)', 'Neo4j time ms (sum, each query alone)'],
      profiles.map((p) => [
        p.workload,
        VARIANT_NAMES[p.variant] ?? p.variant,
        String(p.queries.length),
        int(p.totalDbHits),
        num(p.totalServerMs, 0),
      ]),
    )
  );
}

function cypherAppendix(profiles: WorkloadProfile[], title: string): string {
  const parts = [`<details><summary>${title}</summary>\n`];
  for (const p of profiles) {
    parts.push(`#### ${p.workload} · ${VARIANT_NAMES[p.variant] ?? p.variant}\n`);
    p.queries.forEach((q, i) => {
      const text = q.cypher.trim();
      parts.push(
        `Query ${i + 1}: ${int(q.dbHits)} db hits, ${q.rows} rows, ${num(q.serverMs, 0)} ms. Plan: ${q.operators.slice(0, 600)}\n`,
        '```cypher',
        text.length > 4000 ? `${text.slice(0, 4000)}\n// … (${text.length} characters)` : text,
        '```\n',
      );
    });
  }
  parts.push('</details>');
  return parts.join('\n');
}

function setup(run: LoadRun | ScaleRun): string {
  const m = run.machine;
  const s = run.settings;
  const ours = run.ours as LoadRun['ours'] | undefined;
  return [
    ours
      ? `- ours = commit \`${ours.commit.slice(0, 12)}\` (${ours.subject})` +
        (ours.uncommitted.length ? ` plus uncommitted changes to ${ours.uncommitted.join(', ')}` : '') +
        ` — \`--ours ${ours.ref}\`.`
      : '- ours = the working tree (not recorded).',
    `- Machine: ${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB; Node ${m.node}; Java ${m.versions.java}.`,
    `- Neo4j ${m.versions.neo4j} Community (embedded launcher, APOC ${m.versions.apoc}), heap ${s.neo4jHeap}, page cache ${s.neo4jPageCache}; ` +
      `@neo4j/graphql ${m.versions['@neo4j/graphql']}, @apollo/server ${m.versions['@apollo/server']}, neo4j-driver ${m.versions['neo4j-driver']}, autocannon ${m.versions.autocannon}.`,
    `- Each cell: ${s.warmupSeconds} s warm-up, then ${s.durationSeconds} s timed; concurrency ${s.connections.join(', ')}; ${s.reps} repetition${s.reps === 1 ? '' : 's'}; contestants alternated (rotated order, reversed every other repetition). Numbers are medians over the repetitions; errors are summed.`,
    `- Run: ${run.startedAt} → ${run.finishedAt} (${(run.totalSeconds / 60).toFixed(1)} min). Machine load average (1 min) at start ${num(run.loadAverage.start, 2)}, at end ${num(run.loadAverage.end, 2)}.`,
  ].join('\n');
}

function loadSection(run: LoadRun): string {
  const parts: string[] = [];
  parts.push(
    `## Load (${run.graph.reports} reports: ${int(run.graph.nodes)} nodes, ${int(run.graph.relationships)} relationships)\n`,
  );
  parts.push(setup(run), '');
  parts.push('### Correctness, checked before timing\n');
  parts.push(
    'Every contestant answered every workload; the answers, normalized (ids, names, numbers, texts; lists sorted by id), were equal across contestants, and a second request got a byte-identical body. During timing any other body counts as an error.\n',
  );
  parts.push(
    table(
      ['workload', 'contestant', 'response bytes', 'data'],
      run.verification.map((v) => [v.workload, VARIANT_NAMES[v.variant] ?? v.variant, int(v.bytes), v.summary]),
    ),
    '',
  );
  for (const name of workloadsOf(run.summary)) {
    parts.push(`### ${WORKLOADS[name].title}: ${WORKLOADS[name].description}\n`);
    parts.push(workloadTable(run.summary, name), '');
  }
  parts.push('### Ratios (same run, medians)\n');
  parts.push(
    'req/s: above 1 means ours serves more. p50/p99: above 1 means ours is slower.\n',
    ratioTable(run.ratios),
    '',
  );
  parts.push(
    `Peak resident memory over the whole run (VmHWM): ${Object.entries(run.processPeakRssMiB)
      .map(([k, v]) => `${VARIANT_NAMES[k] ?? k} ${num(v, 0)} MiB`)
      .join(', ')}.\n`,
  );
  parts.push('### What each contestant sends to Neo4j (one request, PROFILE)\n');
  parts.push(profileTable(run.profiles), '');
  parts.push(cypherAppendix(run.profiles, 'The Cypher each contestant sent (N = 1), with plans'), '');
  return parts.join('\n');
}

function scaleSection(run: ScaleRun): string {
  const parts: string[] = [];
  const steps = run.steps;
  parts.push('## Scale\n');
  parts.push(setup(run), '');
  parts.push(
    "N reports = the real report (Jinyun 2023, ids unchanged) + N − 1 synthetic copies of its build (bench/lib/synth.ts): each the report of a county of its own (ids rewritten to county 9xxxxx and report synthetic-000k), indicator values jittered, every year one later so the real report comes first. Written with the project's own writer functions and published build by build, several copies per write transaction.\n",
  );
  parts.push(
    table(
      [
        'N reports',
        'nodes',
        'relationships',
        'write s',
        'store MiB',
        'tx logs MiB',
        'data dir MiB',
        'Neo4j RSS MiB',
        'Neo4j peak RSS MiB',
      ],
      steps.map((s) => [
        int(s.reports),
        int(s.graph.nodes),
        int(s.graph.relationships),
        num(s.writeSeconds, 0),
        num(s.disk.storeMiB, 0),
        num(s.disk.transactionLogsMiB, 0),
        num(s.disk.dataDirMiB, 0),
        num(s.neo4jMemory.rssMiB, 0),
        num(s.neo4jMemory.peakRssMiB, 0),
      ]),
    ),
    '',
  );
  if (run.diskAfterShutdown) {
    const d = run.diskAfterShutdown;
    parts.push(
      `Disk use while running lags behind: store files grow at checkpoints, until then the transaction logs hold the writes. ` +
        `After the run Neo4j shut down (which checkpoints) with ${int(d.reports)} reports: store ${num(d.storeMiB, 0)} MiB, ` +
        `transaction logs ${num(d.transactionLogsMiB, 0)} MiB, whole data directory ${num(d.dataDirMiB, 0)} MiB.\n`,
    );
  }
  const variants = [...new Set(steps.flatMap((s) => s.summary.map((r) => r.variant)))].sort(
    (a, b) => VARIANT_ORDER.indexOf(a) - VARIANT_ORDER.indexOf(b),
  );
  const connections = [...new Set(steps.flatMap((s) => s.summary.map((r) => r.connections)))].sort((a, b) => a - b);
  const at = (step: ScaleStep, w: string, v: string, c: number) =>
    step.summary.find((r) => r.workload === w && r.variant === v && r.connections === c);
  for (const name of workloadsOf(steps.flatMap((s) => s.summary))) {
    parts.push(`### ${WORKLOADS[name].title} at scale\n`);
    const rows: string[][] = [];
    for (const c of connections) {
      for (const v of variants) {
        const cells = steps.map((s) => at(s, name, v, c));
        if (cells.every((x) => !x)) continue;
        const first = cells[0];
        const last = cells[cells.length - 1];
        rows.push([
          VARIANT_NAMES[v] ?? v,
          String(c),
          ...cells.map((x) => (x ? `${num(x.p50, 1)} / ${num(x.p99, 1)}` : '–')),
          ...cells.map((x) => (x ? num(x.rps, 1) : '–')),
          first && last ? ratio(last.p50 / first.p50) : '–',
          String(cells.reduce((n, x) => n + (x?.errors ?? 0), 0)),
        ]);
      }
    }
    parts.push(
      table(
        [
          'contestant',
          'conc.',
          ...steps.map((s) => `p50 / p99 ms, N=${int(s.reports)}`),
          ...steps.map((s) => `req/s, N=${int(s.reports)}`),
          `p50 growth ${int(steps[0].reports)}→${int(steps[steps.length - 1].reports)}`,
          'errors',
        ],
        rows,
      ),
      '',
    );
  }
  parts.push('### Ratios at each N (same step, medians)\n');
  parts.push(
    table(
      ['N reports', 'workload', 'conc.', 'p50 ours/peer', 'p50 ours/raw', 'req/s ours/peer', 'req/s ours/raw'],
      steps.flatMap((s) =>
        s.ratios.map((r) => [
          int(s.reports),
          r.workload,
          String(r.connections),
          ratio(r.p50OursPeer),
          ratio(r.p50OursRaw),
          ratio(r.rpsOursPeer),
          ratio(r.rpsOursRaw),
        ]),
      ),
    ),
    '',
  );
  parts.push('### Neo4j work per request at each N (PROFILE)\n');
  parts.push(
    table(
      [
        'workload',
        'contestant',
        ...steps.map((s) => `db hits, N=${int(s.reports)}`),
        ...steps.map((s) => `Neo4j ms, N=${int(s.reports)}`),
      ],
      (steps[0]?.profiles ?? []).map((p) => {
        const per = steps.map((s) => s.profiles.find((q) => q.workload === p.workload && q.variant === p.variant));
        return [
          p.workload,
          VARIANT_NAMES[p.variant] ?? p.variant,
          ...per.map((q) => (q ? int(q.totalDbHits) : '–')),
          ...per.map((q) => (q ? num(q.totalServerMs, 0) : '–')),
        ];
      }),
    ),
    '',
  );
  const last = steps[steps.length - 1];
  if (last)
    parts.push(
      cypherAppendix(last.profiles, `The Cypher each contestant sent at N = ${int(last.reports)}, with plans`),
      '',
    );
  return parts.join('\n');
}

const ANALYSIS_MARKER = '<!-- analysis -->';

/** Writes <date>.md from <date>.json and <date>-scale.json; a hand-written analysis after the marker is kept. */
export function renderReport(date: string): string {
  const file = path.join(RESULTS_DIR, `${date}.md`);
  const read = <T>(name: string): T | null => {
    const p = path.join(RESULTS_DIR, name);
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as T) : null;
  };
  const load = read<LoadRun>(`${date}.json`);
  const scale = read<ScaleRun>(`${date}-scale.json`);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const analysis = previous.includes(ANALYSIS_MARKER) ? previous.slice(previous.indexOf(ANALYSIS_MARKER)) : '';
  const parts = [
    `# Benchmark results, ${date}`,
    '',
    'Produced by `npm run bench` (load) and `npm run bench:scale` (scale); see bench/README.md for what each workload is and how to read this. ' +
      `Data: ${load ? `\`${date}.json\`` : ''}${load && scale ? ' and ' : ''}${scale ? `\`${date}-scale.json\`` : ''}. ` +
      'Compare numbers only within one run: this machine is shared and noisy.',
    '',
    load ? loadSection(load) : '_No load run for this date._\n',
    scale ? scaleSection(scale) : '_No scale run for this date._\n',
    analysis,
  ];
  const text = `${parts.join('\n').trimEnd()}\n`;
  writeFileSync(file, text);
  return file;
}
