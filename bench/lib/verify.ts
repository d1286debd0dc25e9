import { isDeepStrictEqual } from 'node:util';
import type { Contestant } from './processes';
import { type ContestantName, normalizeFulltext, W4_PEER_FULLTEXT, WORKLOADS, type WorkloadName } from './workloads';

/**
 * Before anything is timed: every contestant answers every workload once, the
 * answers are normalized (bench/lib/workloads.ts) and must be equal, and a second
 * answer must be byte-identical to the first, so the timed runs can count any
 * other body as an error.
 */

/** What a timed cell runs: a workload through one contestant process. */
export interface Variant {
  /** Row name in the results: ours, peer, raw, or peer-fulltext (W4 through the generated @fulltext queries). */
  id: string;
  contestant: ContestantName;
  workload: WorkloadName;
}

export function variantsOf(workload: WorkloadName, withFulltext: boolean): Variant[] {
  const base: Variant[] = (['ours', 'peer', 'raw'] as const).map((c) => ({ id: c, contestant: c, workload }));
  return withFulltext && workload === 'W4' ? [...base, { id: 'peer-fulltext', contestant: 'peer', workload }] : base;
}

export function requestOf(variant: Variant, contestant: Contestant): { url: string; body: string } {
  const workload = WORKLOADS[variant.workload];
  if (variant.contestant === 'raw') return { url: `${contestant.url}/${workload.name}`, body: '{}' };
  if (variant.id === 'peer-fulltext') return { url: contestant.url, body: JSON.stringify({ query: W4_PEER_FULLTEXT }) };
  return { url: contestant.url, body: JSON.stringify(workload[variant.contestant]) };
}

function normalizerOf(variant: Variant): (data: unknown) => unknown {
  return variant.id === 'peer-fulltext' ? normalizeFulltext : WORKLOADS[variant.workload].normalize[variant.contestant];
}

export interface Answer {
  status: number;
  body: string;
}

export async function ask(request: { url: string; body: string }): Promise<Answer> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  return { status: response.status, body: await response.text() };
}

export interface Verified {
  variant: Variant;
  /** The exact body every timed request must get. */
  body: string;
  bytes: number;
  canonical: unknown;
}

export class VerificationError extends Error {}

/** Checks one answer and returns its normalized data. */
export function checkAnswer(variant: Variant, answer: Answer): unknown {
  const where = `${variant.workload} via ${variant.id}`;
  if (answer.status !== 200)
    throw new VerificationError(`${where}: HTTP ${answer.status}: ${answer.body.slice(0, 500)}`);
  const parsed = JSON.parse(answer.body) as { data?: unknown; errors?: unknown[] };
  if (parsed.errors?.length) throw new VerificationError(`${where}: ${JSON.stringify(parsed.errors).slice(0, 800)}`);
  if (parsed.data == null) throw new VerificationError(`${where}: no data in ${answer.body.slice(0, 300)}`);
  return normalizerOf(variant)(parsed.data);
}

/** A short description of a canonical answer, for the report (e.g. "20 projects, total 161"). */
export function describe(workload: WorkloadName, canonical: unknown): string {
  return WORKLOADS[workload].describe(canonical);
}

/** Verifies every variant; throws VerificationError naming the first difference. */
export async function verifyAll(
  variants: Variant[],
  contestants: Record<ContestantName, Contestant>,
): Promise<Map<string, Verified>> {
  const verified = new Map<string, Verified>();
  const reference = new Map<WorkloadName, { id: string; canonical: unknown }>();
  for (const variant of variants) {
    const request = requestOf(variant, contestants[variant.contestant]);
    const first = await ask(request);
    const canonical = checkAnswer(variant, first);
    const second = await ask(request);
    checkAnswer(variant, second);
    if (second.body !== first.body) {
      throw new VerificationError(`${variant.workload} via ${variant.id}: two identical requests got different bodies`);
    }
    const ref = reference.get(variant.workload);
    if (!ref) {
      reference.set(variant.workload, { id: variant.id, canonical });
    } else if (!isDeepStrictEqual(ref.canonical, canonical)) {
      throw new VerificationError(
        `${variant.workload}: ${variant.id} and ${ref.id} return different data\n` +
          `  ${ref.id}: ${JSON.stringify(ref.canonical).slice(0, 1500)}\n` +
          `  ${variant.id}: ${JSON.stringify(canonical).slice(0, 1500)}`,
      );
    }
    verified.set(`${variant.workload}/${variant.id}`, {
      variant,
      body: first.body,
      bytes: Buffer.byteLength(first.body),
      canonical,
    });
  }
  return verified;
}
