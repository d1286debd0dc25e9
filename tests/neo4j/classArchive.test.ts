import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logger';
import { classArchiveIsFresh, ensureClassArchive } from '../../src/neo4j/classArchive';
import { CLASS_ARCHIVE, type EmbeddedNeo4jOptions, launcherCommand } from '../../src/neo4j/embedded';

/** The class archive that makes the embedded Neo4j start in half the time (src/neo4j/classArchive.ts). */
const logger = createLogger('silent', 'test');

function files() {
  const dir = mkdtempSync(path.join(tmpdir(), 'class-archive-test-'));
  const archive = path.join(dir, 'neo4j.jsa');
  const jar = path.join(dir, 'launcher.jar');
  writeFileSync(jar, 'jar');
  return { dir, archive, jar, paths: { archive, inputs: [jar, path.join(dir, 'missing-lib')] } };
}

describe('the class archive of the embedded Neo4j', () => {
  it('is fresh only when it exists and is newer than every input there is', () => {
    const { archive, jar, paths } = files();
    expect(classArchiveIsFresh(paths)).toBe(false);
    writeFileSync(archive, 'archive');
    utimesSync(jar, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(classArchiveIsFresh(paths)).toBe(true);
    utimesSync(jar, new Date(), new Date(Date.now() + 60_000));
    expect(classArchiveIsFresh(paths)).toBe(false);
  });

  it('is not remade when fresh', async () => {
    const { archive, jar, paths } = files();
    utimesSync(jar, new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeFileSync(archive, 'archive');
    const start = jest.fn();
    expect(await ensureClassArchive(paths, logger, start)).toBe(false);
    expect(start).not.toHaveBeenCalled();
  });

  it('is made by a training run that dumps the classes at exit; a failed run leaves nothing and is not fatal', async () => {
    const { dir, paths } = files();
    const seen: EmbeddedNeo4jOptions[] = [];
    const start = async (options: EmbeddedNeo4jOptions) => {
      seen.push(options);
      throw new Error('java exited');
    };
    expect(await ensureClassArchive(paths, logger, start)).toBe(false);
    expect(seen).toHaveLength(1);
    expect(seen[0].checkBuild).toBe(false);
    expect(seen[0].dumpClassArchive).toMatch(/neo4j\.jsa\.\d+\.partial$/);
    expect(existsSync(seen[0].dataDir)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['launcher.jar']);
  });

  it('a start uses the archive when it is fresh; the training run writes one instead', () => {
    const { args } = launcherCommand({ dataDir: '/x', boltPort: 0 });
    expect(args.includes(`-XX:SharedArchiveFile=${CLASS_ARCHIVE.archive}`)).toBe(classArchiveIsFresh(CLASS_ARCHIVE));
    const training = launcherCommand({ dataDir: '/x', boltPort: 0, dumpClassArchive: '/tmp/a.jsa' }).args;
    expect(training).toContain('-XX:ArchiveClassesAtExit=/tmp/a.jsa');
    expect(training.some((arg) => arg.startsWith('-XX:SharedArchiveFile='))).toBe(false);
  });
});
