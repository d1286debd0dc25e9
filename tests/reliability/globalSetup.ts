import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SuiteState } from './support';
import { reliabilityState } from './state';

const ROOT = path.join(__dirname, '../..');
const STARTUP_TIMEOUT_MS = 300_000;

/**
 * Compiles the server when its JavaScript is stale (as `npm start` does), then starts it the way
 * production does (`node dist/server/main.js`) with an embedded Neo4j in a temporary data directory.
 */
export default async function globalSetup(): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/prestart.js'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, SKIP_WEB_BUILD: '1' },
  });
  if (build.status !== 0) throw new Error('compiling the server failed (npm run build:server)');

  const dir = mkdtempSync(path.join(tmpdir(), 'jinyun-reliability-'));
  const logFile = path.join(dir, 'server.log');
  const figuresFile = path.join(dir, 'figures.txt');
  writeFileSync(figuresFile, '');
  const queryTimeoutMs = Number(process.env.QUERY_TIMEOUT_MS ?? 10_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    NEO4J_DATA_DIR: path.join(dir, 'neo4j'),
    WEB_DIST_DIR: path.join(dir, 'no-web'),
    QUERY_TIMEOUT_MS: String(queryTimeoutMs),
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
  delete env.NEO4J_URI;
  delete env.REPORT_FILE;
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: false,
  });
  const log = createWriteStream(logFile);
  server.stderr!.pipe(log);

  const started = Date.now();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const text = readFileSync(logFile, 'utf8');
      const ready = /GraphQL ready at (http:\/\/[^\s"]+)\/graphql/.exec(text);
      if (ready) {
        clearInterval(timer);
        resolve(ready[1]);
      } else if (server.exitCode !== null || Date.now() - started > STARTUP_TIMEOUT_MS) {
        clearInterval(timer);
        reject(new Error(`the server did not start (see ${logFile}):\n${text.slice(-3000)}`));
      }
    }, 250);
  });
  const text = readFileSync(logFile, 'utf8');
  const boltUri = /embedded Neo4j is process \d+ at (bolt:\/\/[\d.:]+)/.exec(text)?.[1] ?? '';
  const state: SuiteState = {
    url,
    serverPid: server.pid!,
    boltUri,
    logFile,
    figuresFile,
    queryTimeoutMs,
    maxResponseBytes: 8 * 1024 * 1024,
  };
  const stateFile = path.join(dir, 'state.json');
  writeFileSync(stateFile, JSON.stringify(state));
  process.env.RELIABILITY_STATE = stateFile;
  reliabilityState.server = server;
  reliabilityState.dir = dir;
  process.stdout.write(
    `\n[reliability] server ${url} (process ${server.pid}) up in ${((Date.now() - started) / 1000).toFixed(1)} s; log: ${logFile}\n`,
  );
}
