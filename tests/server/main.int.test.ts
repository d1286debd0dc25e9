import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function waitForLine(
  child: ChildProcess,
  output: string[],
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output.join('')}`)),
      timeoutMs,
    );
    const check = () => {
      const match = pattern.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stderr!.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      const match = pattern.exec(output.join(''));
      if (match) resolve(match);
      else reject(new Error(`exited before a line matching ${pattern}:\n${output.join('')}`));
    });
  });
}

describe('npm start without NEO4J_URI', () => {
  it('starts its own Neo4j, serves GraphQL, and on SIGINT stops both, leaving no JVM behind', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jinyun-main-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      NEO4J_DATA_DIR: dataDir,
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
      LOG_LEVEL: 'info',
    };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const output: string[] = [];
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    try {
      const [, url] = await waitForLine(child, output, /GraphQL ready at (http:\/\/\S+)\/graphql/, 240_000);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ township(name: "壶镇") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { township: { name: '壶镇镇' } } });

      const javaPid = Number(/embedded Neo4j is process (\d+)/.exec(output.join(''))?.[1]);
      expect(isRunning(javaPid)).toBe(true);
      child.kill('SIGINT');
      const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      expect(exitCode).toBe(0);
      expect(output.join('')).toMatch(/stopped embedded Neo4j/);
      expect(isRunning(javaPid)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
