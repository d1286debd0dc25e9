import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../src/config';
import type { CellResult } from './load';
import type { WorkloadProfile } from './profile';

/** The records a run keeps (the JSON beside the report), and medians over repetitions. */

export interface CellRecord extends CellResult {
  workload: string;
  variant: string;
  connections: number;
  rep: number;
  /** Position of this cell in the run (1 = first), to see drift. */
  sequence: number;
}

export interface SummaryRow {
  workload: string;
  variant: string;
  connections: number;
  cells: number;
  /** Medians over the repetitions. */
  rps: number;
  p50: number;
  p99: number;
  /** Summed over the repetitions. */
  errors: number;
  requests: number;
  serverCpuPercent: number;
  /** Highest over the repetitions. */
  serverPeakRssMiB: number;
  neo4jCpuPercent: number;
}

export interface RatioRow {
  workload: string;
  connections: number;
  /** Throughput ratios (> 1: ours serves more requests per second). */
  rpsOursPeer: number;
  rpsOursRaw: number;
  /** Median-latency ratios (> 1: ours is slower). */
  p50OursPeer: number;
  p50OursRaw: number;
  p99OursPeer: number;
  p99OursRaw: number;
  /** Server CPU per request (> 1: ours spends more). */
  cpuOursPeer: number;
}

export interface VerificationRecord {
  workload: string;
  variant: string;
  bytes: number;
  summary: string;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  versions: Record<string, string>;
}

export interface Settings {
  warmupSeconds: number;
  durationSeconds: number;
  reps: number;
  connections: number[];
  neo4jHeap: string;
  neo4jPageCache: string;
}

export interface GraphSize {
  reports: number;
  nodes: number;
  relationships: number;
}

/** The code measured as "ours" (bench/lib/ours.ts). */
export interface OursInfo {
  ref: string;
  commit: string;
  subject: string;
  uncommitted: string[];
}

export interface LoadRun {
  kind: 'load';
  date: string;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  machine: MachineInfo;
  settings: Settings;
  ours: OursInfo;
  loadAverage: { start: number; end: number };
  graph: GraphSize;
  verification: VerificationRecord[];
  cells: CellRecord[];
  summary: SummaryRow[];
  ratios: RatioRow[];
  /** Highest resident memory of each process over its life (VmHWM), MiB. */
  processPeakRssMiB: Record<string, number>;
  profiles: WorkloadProfile[];
}

export interface ScaleStep {
  reports: number;
  graph: GraphSize;
  /** Time to write the copies added for this step, s. */
  writeSeconds: number;
  copiesWritten: number;
  /** Disk use while Neo4j runs: the store files lag until a checkpoint, the transaction logs hold the rest. */
  disk: { storeMiB: number; transactionLogsMiB: number; dataDirMiB: number };
  neo4jMemory: { rssMiB: number; peakRssMiB: number; heap: string; pageCache: string };
  verification: VerificationRecord[];
  cells: CellRecord[];
  summary: SummaryRow[];
  ratios: RatioRow[];
  profiles: WorkloadProfile[];
}

export interface ScaleRun {
  kind: 'scale';
  date: string;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  machine: MachineInfo;
  settings: Settings;
  ours: OursInfo;
  loadAverage: { start: number; end: number };
  steps: ScaleStep[];
  /** Disk use once Neo4j has shut down (checkpointed) after the last step. */
  diskAfterShutdown: { reports: number; storeMiB: number; transactionLogsMiB: number; dataDirMiB: number } | null;
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(cells: CellRecord[]): SummaryRow[] {
  const groups = new Map<string, CellRecord[]>();
  for (const cell of cells) {
    const key = `${cell.workload}|${cell.variant}|${cell.connections}`;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  return [...groups.values()].map((group) => ({
    workload: group[0].workload,
    variant: group[0].variant,
    connections: group[0].connections,
    cells: group.length,
    rps: median(group.map((c) => c.rps)),
    p50: median(group.map((c) => c.p50)),
    p99: median(group.map((c) => c.p99)),
    errors: group.reduce((n, c) => n + c.errors, 0),
    requests: group.reduce((n, c) => n + c.requests, 0),
    serverCpuPercent: median(group.map((c) => c.server.cpuPercent)),
    serverPeakRssMiB: Math.max(...group.map((c) => c.server.peakRssMiB)),
    neo4jCpuPercent: median(group.map((c) => c.neo4j.cpuPercent)),
  }));
}

export function ratios(summary: SummaryRow[]): RatioRow[] {
  const find = (w: string, v: string, c: number) =>
    summary.find((s) => s.workload === w && s.variant === v && s.connections === c);
  const rows: RatioRow[] = [];
  for (const ours of summary.filter((s) => s.variant === 'ours')) {
    const peer = find(ours.workload, 'peer', ours.connections);
    const raw = find(ours.workload, 'raw', ours.connections);
    if (!peer || !raw) continue;
    rows.push({
      workload: ours.workload,
      connections: ours.connections,
      rpsOursPeer: ours.rps / peer.rps,
      rpsOursRaw: ours.rps / raw.rps,
      p50OursPeer: ours.p50 / peer.p50,
      p50OursRaw: ours.p50 / raw.p50,
      p99OursPeer: ours.p99 / peer.p99,
      p99OursRaw: ours.p99 / raw.p99,
      cpuOursPeer: ((ours.serverCpuPercent / ours.rps) * peer.rps) / peer.serverCpuPercent,
    });
  }
  return rows;
}

function packageVersion(name: string): string {
  try {
    const file = path.join(ROOT_DIR, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export function machineInfo(): MachineInfo {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = /version "([^"]+)"/.exec(`${probe.stdout ?? ''}${probe.stderr ?? ''}`)?.[1] ?? '?';
  const pom = readFileSync(path.join(ROOT_DIR, 'neo4j/pom.xml'), 'utf8');
  const neo4jVersion = /<neo4j\.version>([^<]+)</.exec(pom)?.[1] ?? '?';
  const apocVersion = /<apoc\.version>([^<]+)</.exec(pom)?.[1] ?? '?';
  return {
    cpuModel: cpus()[0]?.model ?? '?',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    versions: {
      neo4j: neo4jVersion,
      apoc: apocVersion,
      java,
      '@neo4j/graphql': packageVersion('@neo4j/graphql'),
      '@apollo/server': packageVersion('@apollo/server'),
      'neo4j-driver': packageVersion('neo4j-driver'),
      autocannon: packageVersion('autocannon'),
    },
  };
}

export function loadAverageNow(): number {
  return loadavg()[0];
}

/** Local date, YYYY-MM-DD: the results file name. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
