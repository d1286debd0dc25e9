import { spawn } from 'node:child_process';
import path from 'node:path';
import { baseline, embeddedNeo4j, figure, readerQueries, sleep, startLoad, summary } from './support';

/**
 * Re-ingest under load (issue 12, item 1): the report is ingested again, REPEATS times, while
 * READERS readers ask what went wrong before (a township, its neighborhood, targets, search,
 * graph statistics, a page of projects). Re-ingesting the same report changes nothing, so every
 * answer must equal the answer before: 0 wrong responses. This passes only once the graph
 * writer switches report builds atomically (versioned builds).
 */
const ROOT = path.join(__dirname, '../..');
const READERS = 8;
const REPEATS = Number(process.env.RELIABILITY_REINGESTS ?? 10);

function ingest(boltUri: string): Promise<{ code: number | null; output: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/ingest/cli.js', 'data/reports/jinyun-2023.txt'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: boltUri, LOG_FORMAT: 'text', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output, ms: performance.now() - started }));
  });
}

describe('re-ingest under load', () => {
  it(`${READERS} readers while the report is ingested ${REPEATS} times: 0 wrong responses`, async () => {
    const queries = await readerQueries();
    const expected = await baseline(queries);
    const { uri } = embeddedNeo4j();
    const load = startLoad(READERS, queries, expected);
    const durations: number[] = [];
    try {
      for (let i = 0; i < REPEATS; i += 1) {
        const run = await ingest(uri);
        if (run.code !== 0) throw new Error(`ingest ${i + 1} failed (exit ${run.code}):\n${run.output.slice(-2000)}`);
        durations.push(run.ms);
        await sleep(500);
      }
    } finally {
      const result = await load.stop();
      figure(
        're-ingest',
        `${READERS} readers, ${durations.length} re-ingests (${Math.round(
          durations.reduce((a, b) => a + b, 0) / Math.max(1, durations.length) / 1000,
        )} s each): ${summary(result)}`,
      );
      for (const example of result.wrongExamples) process.stdout.write(`    wrong: ${example}\n`);
      expect(result.leaks).toEqual([]);
      expect(result.wrong).toBe(0);
      expect(result.errors).toEqual({});
    }
  });
});
