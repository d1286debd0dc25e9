import { appendFileSync, readFileSync } from 'node:fs';

/**
 * Shared by the reliability checks: the running server (started by globalSetup from the
 * compiled JavaScript, with its own embedded Neo4j), requests with their timing, a load of
 * concurrent readers that compare every answer with the one given before any trouble, and
 * the figures each check prints.
 */
export interface SuiteState {
  url: string;
  serverPid: number;
  boltUri: string;
  logFile: string;
  figuresFile: string;
  queryTimeoutMs: number;
  maxResponseBytes: number;
}

export function suite(): SuiteState {
  const file = process.env.RELIABILITY_STATE;
  if (!file)
    throw new Error('run the reliability checks with npm run test:reliability (globalSetup starts the server)');
  return JSON.parse(readFileSync(file, 'utf8')) as SuiteState;
}

/** Prints a figure now and keeps it for the summary at the end. */
export function figure(check: string, text: string): void {
  const line = `[reliability] ${check}: ${text}`;
  process.stdout.write(`${line}\n`);
  appendFileSync(suite().figuresFile, `${line}\n`);
}

export interface Reply {
  status: number;
  ms: number;
  body: string;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  /** The first error's code, or null. */
  code: string | null;
}

export interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
}

/** One HTTP request to the server, timed; network failures come back as status 0. */
export async function request(options: RequestOptions = {}): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(`${suite().url}${options.path ?? '/graphql'}`, {
      method: options.method ?? 'POST',
      headers: options.headers ?? { 'content-type': 'application/json' },
      body: options.body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
    const body = await response.text();
    let json: Reply['json'] = null;
    try {
      json = JSON.parse(body) as Reply['json'];
    } catch {
      // not JSON: the checks say so
    }
    return { status: response.status, ms: performance.now() - started, body, json, code: codeOf(json) };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: String(error), json: null, code: null };
  }
}

function codeOf(json: Reply['json']): string | null {
  return json?.errors?.[0]?.extensions?.code ?? null;
}

export function graphql(query: string, variables?: Record<string, unknown>, timeoutMs?: number): Promise<Reply> {
  return request({ body: JSON.stringify({ query, variables }), timeoutMs });
}

/**
 * What no response body may contain: a stack trace, a file path, a Neo4j driver or database message.
 * Returns what was found, or null.
 */
export function leak(body: string): string | null {
  const patterns: [string, RegExp][] = [
    ['a stack trace', /\n\s+at |\bat [\w.<>]+ \(|"stacktrace"/],
    ['a file path', /\/(work|home|usr|tmp|app)\/|node_modules|[\w-]+\.(ts|js|java):\d+/],
    [
      'a driver message',
      /ECONNREFUSED|ECONNRESET|Neo4jError|Neo\.(Client|Transient|Database)Error|bolt:\/\/|Pool status|acquisition timed out/,
    ],
  ];
  for (const [what, pattern] of patterns) if (pattern.test(body)) return what;
  return null;
}

/** The queries readers send: the ones issue 12 saw go wrong during a re-ingest, and a page of projects. */
export async function readerQueries(): Promise<{ name: string; query: string }[]> {
  const township = await graphql('{ township(name: "壶镇") { id } }');
  const id = (township.json?.data as { township: { id: string } } | undefined)?.township.id;
  if (!id) throw new Error(`the server does not know 壶镇: ${township.body.slice(0, 300)}`);
  return [
    { name: 'township', query: '{ township(name: "壶镇") { id name kindLabel projects(first: 5) { id } } }' },
    {
      name: 'neighborhood',
      query: `{ neighborhood(id: ${JSON.stringify(id)}) { truncated nodes { id kind } edges { id } } }`,
    },
    { name: 'targets', query: '{ indicators(filter: { kind: TARGET }) { totalCount } }' },
    { name: 'search', query: '{ search(text: "水库") { snippet node { id } } }' },
    { name: 'stats', query: '{ graphStats { nodeCount relationshipCount } }' },
    {
      name: 'projects',
      query:
        '{ projects(first: 50, orderBy: { field: NAME }) { totalCount nodes { id name status townships { name } } } }',
    },
  ];
}

/** One canonical string per answer, so that two equal answers compare equal whatever the order of lists. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface LoadResult {
  requests: number;
  /** Answers with data equal to the baseline. */
  correct: number;
  /** Answers with data different from the baseline (a partial graph, a missing node …). */
  wrong: number;
  /** Answers that are errors, by code (or HTTP status when there is no code). */
  errors: Record<string, number>;
  /** Bodies that leak a stack trace, a path or a driver message. */
  leaks: string[];
  maxMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Each request: when it started (ms since the load began), how long it took, how it ended. */
  samples: { at: number; ms: number; outcome: 'correct' | 'wrong' | string }[];
  wrongExamples: string[];
}

export interface Load {
  stop(): Promise<LoadResult>;
}

/** The answers before any trouble: what readers must keep getting. */
export async function baseline(queries: { name: string; query: string }[]): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const { name, query } of queries) {
    const reply = await graphql(query);
    if (reply.status !== 200 || !reply.json?.data || reply.json.errors)
      throw new Error(`baseline ${name} failed: ${reply.body.slice(0, 300)}`);
    answers.set(name, canonical(reply.json.data));
  }
  return answers;
}

const ERROR_PAUSE_MS = 250;

/** `readers` concurrent clients, each sending the queries in turn until stopped (pausing after an error). */
export function startLoad(
  readers: number,
  queries: { name: string; query: string }[],
  expected: Map<string, string>,
): Load {
  const began = performance.now();
  const result: LoadResult = {
    requests: 0,
    correct: 0,
    wrong: 0,
    errors: {},
    leaks: [],
    maxMs: 0,
    p50Ms: 0,
    p99Ms: 0,
    samples: [],
    wrongExamples: [],
  };
  let running = true;
  const reader = async (offset: number) => {
    for (let i = offset; running; i += 1) {
      const { name, query } = queries[i % queries.length];
      const at = performance.now() - began;
      const reply = await graphql(query);
      result.requests += 1;
      result.maxMs = Math.max(result.maxMs, reply.ms);
      const found = leak(reply.body);
      if (found && result.leaks.length < 5) result.leaks.push(`${found}: ${reply.body.slice(0, 300)}`);
      let outcome: string;
      if (reply.status === 200 && reply.json?.data && !reply.json.errors) {
        outcome = canonical(reply.json.data) === expected.get(name) ? 'correct' : 'wrong';
        if (outcome === 'wrong' && result.wrongExamples.length < 5)
          result.wrongExamples.push(`${name}: ${reply.body.slice(0, 200)}`);
      } else {
        outcome = reply.code ?? `HTTP ${reply.status}`;
        result.errors[outcome] = (result.errors[outcome] ?? 0) + 1;
      }
      if (outcome === 'correct') result.correct += 1;
      if (outcome === 'wrong') result.wrong += 1;
      result.samples.push({ at, ms: reply.ms, outcome });
      // A client told the service is unavailable waits a little before it asks again.
      if (outcome !== 'correct' && outcome !== 'wrong') await sleep(ERROR_PAUSE_MS);
    }
  };
  const all = Promise.all(Array.from({ length: readers }, (_, i) => reader(i)));
  return {
    async stop() {
      running = false;
      await all;
      const sorted = result.samples.map((s) => s.ms).sort((a, b) => a - b);
      result.p50Ms = sorted[Math.floor(sorted.length * 0.5)] ?? 0;
      result.p99Ms = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
      return result;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The embedded Neo4j's current process id and Bolt URI, from the server's log. */
export function embeddedNeo4j(): { pid: number; uri: string } {
  const log = readFileSync(suite().logFile, 'utf8');
  const found = [...log.matchAll(/embedded Neo4j is (?:process|back \(process) (\d+) at (bolt:\/\/[\d.:]+)/g)].at(-1);
  if (!found) throw new Error('the server log does not say where the embedded Neo4j runs');
  return { pid: Number(found[1]), uri: found[2] };
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export const round = (n: number, digits = 0) => Number(n.toFixed(digits));

export function summary(result: LoadResult): string {
  const errors = Object.entries(result.errors)
    .map(([code, n]) => `${n} ${code}`)
    .join(', ');
  return (
    `${result.requests} requests, ${result.correct} correct, ${result.wrong} wrong` +
    `${errors ? `, errors: ${errors}` : ', 0 errors'}; latency p50 ${round(result.p50Ms)} ms, ` +
    `p99 ${round(result.p99Ms)} ms, max ${round(result.maxMs)} ms`
  );
}
