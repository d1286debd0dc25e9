/**
 * Reads a V8 CPU profile (`node --cpu-prof`, a `.cpuprofile` file) into where the time went:
 * self time by package (node_modules/<package>, node:<module>, or the project's own folder) and
 * by function, as shares of the busy time (idle, the program and the garbage collector apart).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

export interface Share {
  name: string;
  /** Share of the busy samples, 0–1. */
  share: number;
}

export interface ProfileSummary {
  samples: number;
  /** Samples not idle, (program) or (garbage collector). */
  busy: number;
  /** The garbage collector's share of all samples that were not idle. */
  gc: number;
  packages: Share[];
  functions: Share[];
}

const NOT_BUSY = new Set(['(idle)', '(program)', '(garbage collector)']);

/** Where a function's code lives: `graphql`, `@apollo/server`, `node:internal`, `src/graph` … */
export function packageOf(url: string): string {
  if (!url) return '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const own = /\/((?:src|bench)\/[^/]+)\//.exec(url);
  return own ? own[1] : url.split('/').slice(-2).join('/');
}

function top(counts: Map<string, number>, total: number, n: number): Share[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([name, count]) => ({ name, share: total ? count / total : 0 }));
}

export function summarizeProfile(profile: CpuProfile, n = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  let gc = 0;
  let idle = 0;
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') idle += 1;
    if (frame.functionName === '(garbage collector)') gc += 1;
    if (NOT_BUSY.has(frame.functionName)) continue;
    busy += 1;
    const where = packageOf(frame.url);
    packages.set(where, (packages.get(where) ?? 0) + 1);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + 1);
  }
  const active = profile.samples.length - idle;
  return {
    samples: profile.samples.length,
    busy,
    gc: active ? gc / active : 0,
    packages: top(packages, busy, n),
    functions: top(functions, busy, n),
  };
}
