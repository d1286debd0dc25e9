import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { reliabilityState } from './state';

/**
 * Stops the server as an operator would (SIGTERM): it must exit 0 and take its Neo4j with it.
 * Prints every figure of the run; the temporary directory (data, log) stays when something failed.
 */
export default async function globalTeardown(): Promise<void> {
  const { server, dir } = reliabilityState;
  if (!server || !dir) return;
  const alive = server.exitCode === null && server.signalCode === null;
  let exit: string;
  if (alive) {
    server.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL');
        resolve(null);
      }, 60_000);
      server.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    exit = code === 0 ? 'stopped cleanly on SIGTERM (exit 0)' : `did not stop cleanly (exit ${code})`;
  } else {
    exit = `had already exited (${server.exitCode ?? server.signalCode}): a crash`;
  }
  const figures = readFileSync(path.join(dir, 'figures.txt'), 'utf8');
  const keptLog = path.join(__dirname, '../../test-results/reliability-server.log');
  mkdirSync(path.dirname(keptLog), { recursive: true });
  copyFileSync(path.join(dir, 'server.log'), keptLog);
  process.stdout.write(`[reliability] the server's log: ${keptLog}\n`);
  process.stdout.write(`\n[reliability] figures of this run\n${figures}[reliability] the server ${exit}\n`);
  if (alive && exit.startsWith('stopped cleanly') && !process.env.RELIABILITY_KEEP) {
    rmSync(dir, { recursive: true, force: true });
  } else {
    process.stdout.write(`[reliability] kept ${dir} (server log, Neo4j data)\n`);
  }
  if (!alive) throw new Error('the server crashed during the reliability checks');
}
