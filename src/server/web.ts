import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config';
import type { Logger } from '../logger';

/** Where `npm run build` writes the pages (web/vite.config.ts); WEB_DIST_DIR defaults to it. */
export const PROJECT_WEB_DIST_DIR = path.join(ROOT_DIR, 'web', 'dist');
const BUILD_TIMEOUT_MS = 5 * 60_000;
const OUTPUT_TAIL_LINES = 30;

let building: Promise<void> | null = null;

/** The newest modification time of the pages' sources (web/, without the built dist/). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

/** Whether the project's built pages are missing, or older than a source of theirs (a checkout that changed web/). */
function stale(webDistDir: string): boolean {
  const built = path.join(webDistDir, 'index.html');
  if (!existsSync(built)) return true;
  const sources = path.join(ROOT_DIR, 'web');
  return path.resolve(webDistDir) === PROJECT_WEB_DIST_DIR && existsSync(sources)
    ? newestSource(sources) > statSync(built).mtimeMs
    : false;
}

/**
 * Builds the web pages (landing page, dashboard, playground, explorer) with `npm run build:web`
 * when `index.html` is missing from `webDistDir`, or, for the project's own web/dist, older than
 * the sources in web/. Never throws: a failed build logs a warning
 * and the API starts without pages. Only the project's own web/dist is built; any other
 * WEB_DIST_DIR is served as it is.
 */
export async function ensureWebBuilt(webDistDir: string, logger: Logger): Promise<void> {
  if (!stale(webDistDir)) return;
  if (path.resolve(webDistDir) !== PROJECT_WEB_DIST_DIR) {
    logger.info(`no web pages in ${webDistDir}: serving the API without them`);
    return;
  }
  if (!existsSync(path.join(ROOT_DIR, 'web', 'vite.config.ts'))) {
    logger.warn(`web pages are not built and their sources (web/) are missing: serving the API without them`);
    return;
  }
  building ??= build(logger).finally(() => {
    building = null;
  });
  return building;
}

async function build(logger: Logger): Promise<void> {
  const started = performance.now();
  logger.info('web pages are not built yet: running `npm run build:web` (about a minute)');
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > OUTPUT_TAIL_LINES) output.splice(0, output.length - OUTPUT_TAIL_LINES);
  };
  const outcome = await new Promise<{ ok: boolean; reason: string }>((resolve) => {
    const child = spawn('npm', ['run', 'build:web'], {
      cwd: ROOT_DIR,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout stops npm, tsc and vite together.
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      resolve({ ok: false, reason: `timed out after ${BUILD_TIMEOUT_MS / 1000} s` });
    }, BUILD_TIMEOUT_MS);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not run npm: ${error.message}` });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 ? { ok: true, reason: '' } : { ok: false, reason: `exited with ${signal ?? `code ${code}`}` });
    });
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (outcome.ok && existsSync(path.join(PROJECT_WEB_DIST_DIR, 'index.html'))) {
    logger.info(`built the web pages into ${PROJECT_WEB_DIST_DIR} (${seconds} s)`);
    return;
  }
  logger.warn(
    `could not build the web pages (${outcome.reason || 'no index.html was written'}); ` +
      `the GraphQL API starts without the landing page, playground and explorer. ` +
      `Run \`npm run build:web\` to see why.${output.length ? ` Last output:\n  ${output.join('\n  ')}` : ''}`,
  );
}
