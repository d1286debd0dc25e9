import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ROOT_DIR } from '../../src/config';
import { type Contestant, startContestant } from './processes';
import { ask, requestOf, type Variant } from './verify';
import type { ContestantName } from './workloads';

/**
 * What each contestant sends to Neo4j for one request, and what it costs there:
 * separate contestant processes started with BENCH_CYPHER_LOG (the timed ones never
 * log) answer each workload once after a warm-up; every captured statement is
 * then run again with PROFILE (database hits, rows, plan operators) and timed
 * on its own (median of server-side time over a few runs).
 */

export interface ProfiledQuery {
  cypher: string;
  params: Record<string, unknown>;
  dbHits: number;
  rows: number;
  /** Median of resultAvailableAfter + resultConsumedAfter over the timing runs, ms. */
  serverMs: number;
  /** Plan operators, outermost first, with their db hits: "NodeIndexSeek 2, Expand(All) 31 …". */
  operators: string;
}

export interface WorkloadProfile {
  workload: string;
  variant: string;
  /** What the request itself sends. */
  queries: ProfiledQuery[];
  /**
   * Reads of the catalog (the active builds) that happened to fall in this request: every
   * contestant caches them for 250 ms, so under load they are a few per second, not per request.
   */
  catalogQueries: ProfiledQuery[];
  totalDbHits: number;
  totalServerMs: number;
}

/** A read of the catalog of active builds (src/graph/builds.ts, bench/servers/builds.ts). */
const CATALOG_QUERY = /\(\w+:Catalog\b|\bfromEpoch\b/;

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === '$int') return neo4j.int(String(entries[0][1]));
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function walk(plan: PlanNode, visit: (p: PlanNode) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/** PROFILE must follow a leading `CYPHER …` options line, if the statement has one. */
function profiled(cypher: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(cypher);
  return options ? `${options[0]}PROFILE ${cypher.slice(options[0].length)}` : `PROFILE ${cypher}`;
}

async function profileQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  timingRuns: number,
): Promise<ProfiledQuery> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const profile = await session.executeRead((tx) => tx.run(profiled(cypher), params));
    const plan = profile.summary.profile as unknown as PlanNode | false;
    let dbHits = 0;
    const operators: string[] = [];
    if (plan) {
      walk(plan, (p) => {
        dbHits += p.dbHits;
        operators.push(`${p.operatorType.replace(/@neo4j$/, '')} ${p.dbHits}`);
      });
    }
    const times: number[] = [];
    for (let i = 0; i < timingRuns; i += 1) {
      const result = await session.executeRead((tx) => tx.run(cypher, params));
      times.push(Number(result.summary.resultAvailableAfter ?? 0) + Number(result.summary.resultConsumedAfter ?? 0));
    }
    times.sort((a, b) => a - b);
    return {
      cypher,
      params,
      dbHits,
      rows: plan ? plan.rows : profile.records.length,
      serverMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
      operators: operators.join(', '),
    };
  } finally {
    await session.close();
  }
}

export async function profileVariants(
  driver: Driver,
  neo4jUri: string,
  variants: Variant[],
  timingRuns = 5,
): Promise<WorkloadProfile[]> {
  // bench/results/tmp/ is ignored by git, so a fresh clone does not have it.
  const scratch = path.join(ROOT_DIR, 'bench/results/tmp');
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(path.join(scratch, 'cypher-'));
  const logs = {} as Record<ContestantName, string>;
  const started: Contestant[] = [];
  try {
    const contestants = {} as Record<ContestantName, Contestant>;
    for (const name of ['ours', 'peer', 'raw'] as const) {
      logs[name] = path.join(dir, `${name}.jsonl`);
      contestants[name] = await startContestant(name, neo4jUri, { BENCH_CYPHER_LOG: logs[name] });
      started.push(contestants[name]);
    }
    const profiles: WorkloadProfile[] = [];
    for (const variant of variants) {
      const request = requestOf(variant, contestants[variant.contestant]);
      await ask(request); // warm-up: plans cached, first-request work done
      writeFileSync(logs[variant.contestant], '');
      await ask(request);
      const captured = readFileSync(logs[variant.contestant], 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { query: string; params: Record<string, unknown> });
      const queries: ProfiledQuery[] = [];
      for (const q of captured) {
        queries.push(await profileQuery(driver, q.query, decode(q.params) as Record<string, unknown>, timingRuns));
      }
      const own = queries.filter((q) => !CATALOG_QUERY.test(q.cypher));
      profiles.push({
        workload: variant.workload,
        variant: variant.id,
        queries: own,
        catalogQueries: queries.filter((q) => CATALOG_QUERY.test(q.cypher)),
        totalDbHits: own.reduce((n, q) => n + q.dbHits, 0),
        totalServerMs: own.reduce((n, q) => n + q.serverMs, 0),
      });
    }
    return profiles;
  } finally {
    await Promise.all(started.map((c) => c.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}
