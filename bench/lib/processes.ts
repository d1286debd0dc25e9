import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../src/config';
import type { ContestantName } from './workloads';

/**
 * Contestant processes (one Node process each, started with tsx like `npm start`)
 * and /proc sampling of any process's CPU time and resident memory.
 */

export const CONTESTANT_ENTRY: Record<ContestantName, string> = {
  ours: 'bench/servers/ours.ts',
  peer: 'bench/peers/neo4j-graphql/server.ts',
  raw: 'bench/servers/raw.ts',
};

export interface Contestant {
  name: ContestantName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

/** Every child started here, so an interrupted bench can still stop them all. */
const running = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

export async function startContestant(
  name: ContestantName,
  neo4jUri: string,
  extraEnv: Record<string, string> = {},
  /** Extra Node flags, e.g. `--cpu-prof` to write a CPU profile at exit. */
  nodeArgs: string[] = [],
): Promise<Contestant> {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: neo4jUri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: '',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    // Ours: no web pages (and never a web build from the bench).
    WEB_DIST_DIR: path.join(ROOT_DIR, 'bench/results/tmp/no-web-pages'),
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', CONTESTANT_ENTRY[name]], {
    cwd: ROOT_DIR,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(...chunk.split('\n').filter(Boolean));
    if (stderr.length > 40) stderr.splice(0, stderr.length - 40);
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${READY_TIMEOUT_MS / 1000} s:\n${stderr.join('\n')}`));
    }, READY_TIMEOUT_MS);
    let buffered = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const ready = /READY (\S+)/.exec(buffered);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? `code ${code}`}) before it was ready:\n${stderr.join('\n')}`));
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
  return { name, url, pid: child.pid ?? -1, stop };
}

// ---------------------------------------------------------------- /proc

let clockTicks: number | null = null;

function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / ticksPerSecond();
}

/** A value in kB from /proc/<pid>/status (VmRSS, VmHWM …), in MiB. */
export function statusMiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}

export interface ProcessUsage {
  /** Average CPU use over the window, in % of one core (200 % = both cores of this machine). */
  cpuPercent: number;
  /** Highest resident set size seen while sampling, MiB. */
  peakRssMiB: number;
}

/** Samples a process from start() to stop(): CPU time delta and the peak of VmRSS every 100 ms. */
export function sampleProcess(pid: number): { stop(): ProcessUsage } {
  const startedAt = performance.now();
  const cpuAtStart = cpuSeconds(pid);
  let peak = statusMiB(pid, 'VmRSS');
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, statusMiB(pid, 'VmRSS'));
    } catch {
      // the process ended; stop() reports what was seen
    }
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (performance.now() - startedAt) / 1000;
      let cpu = 0;
      try {
        peak = Math.max(peak, statusMiB(pid, 'VmRSS'));
        cpu = cpuSeconds(pid) - cpuAtStart;
      } catch {
        // gone
      }
      return { cpuPercent: (cpu / seconds) * 100, peakRssMiB: peak };
    },
  };
}
