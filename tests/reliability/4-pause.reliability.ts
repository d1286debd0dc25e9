import {
  baseline,
  embeddedNeo4j,
  figure,
  leak,
  readerQueries,
  request,
  round,
  sleep,
  startLoad,
  suite,
  summary,
} from './support';

/**
 * Neo4j paused (SIGSTOP) for PAUSE_S seconds under load: no server-side timeout can fire on a
 * stopped database, yet every request answers within QUERY_TIMEOUT_MS + 2 s (QUERY_TIMEOUT or
 * SERVICE_UNAVAILABLE), readiness answers within 1 s (not ready), and once Neo4j resumes the
 * answers are right again.
 */
const READERS = 4;
const PAUSE_S = Number(process.env.RELIABILITY_PAUSE_SECONDS ?? 30);

describe('Neo4j paused under load', () => {
  it(`${READERS} readers, Neo4j stopped for ${PAUSE_S} s: bounded answers, readiness within 1 s, recovery`, async () => {
    const { queryTimeoutMs } = suite();
    const bound = queryTimeoutMs + 2_000;
    const queries = await readerQueries();
    const expected = await baseline(queries);
    const { pid } = embeddedNeo4j();

    const load = startLoad(READERS, queries, expected);
    await sleep(2_000);
    const pausedAt = performance.now();
    process.kill(pid, 'SIGSTOP');
    const readiness: { ms: number; status: number; leak: string | null }[] = [];
    let resumedAt = 0;
    try {
      while (performance.now() - pausedAt < PAUSE_S * 1_000) {
        const reply = await request({ method: 'GET', path: '/health/ready', headers: {} });
        readiness.push({ ms: reply.ms, status: reply.status, leak: leak(reply.body) });
        await sleep(1_000);
      }
    } finally {
      process.kill(pid, 'SIGCONT');
      resumedAt = performance.now();
    }
    // After the resume: answers are right again within a few seconds.
    let recoveredMs = -1;
    for (let waited = 0; waited < 60_000; waited += 500) {
      const reply = await request({ method: 'GET', path: '/health/ready', headers: {} });
      if (reply.status === 200) {
        recoveredMs = performance.now() - resumedAt;
        break;
      }
      await sleep(500);
    }
    await sleep(3_000);
    const result = await load.stop();

    const slowest = Math.max(...result.samples.map((s) => s.ms));
    const lastSamples = result.samples.slice(-READERS * queries.length);
    const maxReady = Math.max(...readiness.map((r) => r.ms));
    figure(
      'pause',
      `Neo4j stopped ${PAUSE_S} s under ${READERS} readers: ${summary(result)}; slowest answer ${round(slowest)} ms ` +
        `(bound QUERY_TIMEOUT_MS + 2 s = ${bound} ms); readiness ${readiness.length} checks, slowest ${round(maxReady)} ms, ` +
        `${readiness.filter((r) => r.status === 503).length} not ready; ready again ${round(recoveredMs)} ms after the resume`,
    );
    expect(result.leaks).toEqual([]);
    expect(readiness.filter((r) => r.leak)).toEqual([]);
    expect(result.wrong).toBe(0);
    expect(
      Object.keys(result.errors).filter((code) => !['QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE'].includes(code)),
    ).toEqual([]);
    expect(slowest).toBeLessThanOrEqual(bound);
    expect(maxReady).toBeLessThanOrEqual(1_000);
    expect(readiness.every((r) => r.status === 503)).toBe(true);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(lastSamples.every((s) => s.outcome === 'correct')).toBe(true);
  });
});
