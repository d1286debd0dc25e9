// @ts-check
/* global process, console */
/**
 * Runs before `npm start`: compiles the server (and builds the pages) when the compiled
 * JavaScript is missing or older than its sources, so that `npm install && npm start`
 * works on a fresh clone and `npm start` always runs what the sources say. Where there are
 * no sources (a production image holds only dist/), it checks that dist/ is there.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const at = (...parts) => path.join(ROOT, ...parts);
const SERVER_STAMP = at('dist', '.build-stamp');

/** The newest modification time under the given files and folders (0 when none exist). */
function newest(...paths) {
  let time = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) time = Math.max(time, newest(path.join(p, entry)));
    } else {
      time = Math.max(time, stat.mtimeMs);
    }
  }
  return time;
}

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function run(script, why) {
  console.error(`npm start: ${why}: running npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm start: npm run ${script} failed; fix the error above, then run npm start again`);
    process.exit(result.status ?? 1);
  }
}

const hasTool = (name) => existsSync(at('node_modules', name, 'package.json'));

if (existsSync(at('src'))) {
  const sources = newest(at('src'), at('tsconfig.json'), at('tsconfig.build.json'), at('package-lock.json'));
  const compiled = existsSync(at('dist', 'server', 'main.js')) ? mtime(SERVER_STAMP) : 0;
  if (sources > compiled) {
    if (!hasTool('typescript')) {
      console.error(
        'npm start: the server is not compiled and TypeScript is not installed: run npm install, then npm start',
      );
      process.exit(1);
    }
    run('build:server', compiled ? 'the sources changed since the last build' : 'the server is not compiled yet');
    writeFileSync(SERVER_STAMP, `${new Date().toISOString()}\n`);
  }
} else if (!existsSync(at('dist', 'server', 'main.js'))) {
  console.error('npm start: dist/server/main.js is missing: build the server with npm run build');
  process.exit(1);
}

// SKIP_WEB_BUILD=1: only the server (the reliability suite serves no pages).
if (!process.env.SKIP_WEB_BUILD && existsSync(at('web', 'vite.config.ts')) && hasTool('vite')) {
  const pages = mtime(at('web', 'dist', 'index.html'));
  const sources = newest(
    at('web', 'src'),
    at('web', 'index.html'),
    at('web', 'playground.html'),
    at('web', 'explore.html'),
  );
  if (sources > pages)
    run('build:web', pages ? 'the web pages changed since the last build' : 'the web pages are not built yet');
}
