import { baseline, figure, readerQueries, round, rssMb, sleep, startLoad, suite, summary } from './support';

/** A soak: concurrent readers for a while; every answer right, no errors, memory flat. */
const READERS = 8;
const SECONDS = Number(process.env.RELIABILITY_SOAK_SECONDS ?? 30);

describe('soak', () => {
  it(`${READERS} readers for ${SECONDS} s: every answer equals the answer before, memory stays flat`, async () => {
    const queries = await readerQueries();
    const expected = await baseline(queries);
    const { serverPid } = suite();
    // Warm up (query plans, JIT) before the first memory reading.
    const warmUp = startLoad(READERS, queries, expected);
    await sleep(3_000);
    await warmUp.stop();
    const before = rssMb(serverPid);
    const load = startLoad(READERS, queries, expected);
    const samples: number[] = [];
    for (let s = 0; s < SECONDS; s += 5) {
      await sleep(5_000);
      samples.push(rssMb(serverPid));
    }
    const result = await load.stop();
    const after = rssMb(serverPid);
    figure(
      'soak',
      `${READERS} readers, ${SECONDS} s: ${summary(result)} (${round(result.requests / SECONDS)} requests/s); ` +
        `server memory ${round(before)} MB before, ${round(Math.max(...samples))} MB at most, ${round(after)} MB after`,
    );
    expect(result.leaks).toEqual([]);
    expect(result.wrongExamples).toEqual([]);
    expect(result.errors).toEqual({});
    expect(result.requests).toBeGreaterThan(0);
  });
});
