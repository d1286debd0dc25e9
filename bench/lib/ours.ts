import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as ConfigModule from '../../src/config';
import { ROOT_DIR } from '../../src/config';
import type * as BuildsModule from '../../src/graph/builds';
import type * as SchemaModule from '../../src/graph/schema';
import type * as WriterModule from '../../src/graph/writer';
import type * as PipelineModule from '../../src/ingest/pipeline';
import type * as LoggerModule from '../../src/logger';
import type * as ReportsModule from '../../src/server/reports';
import type * as StartModule from '../../src/server/start';

/**
 * Which code "ours" is. Other work goes on in this repository while a bench runs,
 * so by default the bench measures a commit, not the working tree: `git archive`
 * of src/, schema/, cypher/ and data/ at that commit into a temporary directory
 * (with a node_modules link to the repository's). The graph is loaded and the
 * server started from that copy, and the results name the commit. `--ours worktree`
 * measures the working tree as it is (and lists what is uncommitted).
 */

export interface OursSource {
  /** What was asked for: a git ref, or "worktree". */
  ref: string;
  /** Directory holding src/, schema/, cypher/, data/. */
  root: string;
  commit: string;
  subject: string;
  /** For "worktree": files under src/ schema/ cypher/ data/ that differ from the commit. */
  uncommitted: string[];
  /** Removes the copy (nothing for the working tree). */
  remove(): void;
}

const PATHS = ['src', 'schema', 'cypher', 'data'];

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT_DIR, encoding: 'utf8' }).trim();
}

export function prepareOurs(ref: string): OursSource {
  if (ref === 'worktree') {
    const commit = git('rev-parse', 'HEAD');
    const uncommitted = git('status', '--porcelain', '--', ...PATHS)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    const subject = git('log', '-1', '--format=%s', commit);
    return { ref, root: ROOT_DIR, commit, subject, uncommitted, remove: () => undefined };
  }
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const root = mkdtempSync(path.join(tmpdir(), `jinyun-bench-ours-${commit.slice(0, 12)}-`));
  const archive = execFileSync('git', ['archive', commit, ...PATHS], { cwd: ROOT_DIR, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  symlinkSync(path.join(ROOT_DIR, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return {
    ref,
    root,
    commit,
    subject: git('log', '-1', '--format=%s', commit),
    uncommitted: [],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface OursModules {
  config: typeof ConfigModule;
  start: typeof StartModule;
  reports: typeof ReportsModule;
  schema: typeof SchemaModule;
  pipeline: typeof PipelineModule;
  writer: typeof WriterModule;
  builds: typeof BuildsModule;
  logger: typeof LoggerModule;
}

/** The project's modules from `root` (tsx compiles them on import). */
export async function oursModules(root: string): Promise<OursModules> {
  const load = (file: string) => import(path.join(root, file));
  return {
    config: (await load('src/config.ts')) as OursModules['config'],
    start: (await load('src/server/start.ts')) as OursModules['start'],
    reports: (await load('src/server/reports.ts')) as OursModules['reports'],
    schema: (await load('src/graph/schema.ts')) as OursModules['schema'],
    pipeline: (await load('src/ingest/pipeline.ts')) as OursModules['pipeline'],
    writer: (await load('src/graph/writer.ts')) as OursModules['writer'],
    builds: (await load('src/graph/builds.ts')) as OursModules['builds'],
    logger: (await load('src/logger.ts')) as OursModules['logger'],
  };
}
