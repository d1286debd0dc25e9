import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Logger } from '../logger';
import type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded';

/**
 * A class-data archive (Java AppCDS) for the embedded Neo4j. Most of a Neo4j start is the JVM
 * loading and verifying some 20,000 classes from about 200 jars; with the archive it maps them
 * from one file. On this 2-core machine that takes a start from 11-13 s to 6-8 s, which is what
 * brings a Neo4j killed under load back within the 15 s issue 12 asks for.
 *
 * The archive is made once per launcher build by a training run: a throw-away Neo4j on an empty
 * data directory, started with `-XX:ArchiveClassesAtExit`, runs a few statements of the kinds the
 * server sends (schema, writes, paged reads, projections, full-text search) over Bolt and stops;
 * the JVM writes every class it loaded at exit. Java checks the archive against the classpath at
 * every start and ignores it (with a warning) if the jars changed, so a stale one costs nothing
 * but speed; it is remade when older than the launcher build. Making it is best effort: without
 * it Neo4j only starts slower.
 */

export interface ClassArchivePaths {
  /** The archive file. */
  archive: string;
  /** Files and folders whose change makes the archive stale (the launcher jar, its lib folder). */
  inputs: string[];
}

export function classArchiveIsFresh({ archive, inputs }: ClassArchivePaths): boolean {
  if (!existsSync(archive)) return false;
  const made = statSync(archive).mtimeMs;
  return inputs.every((input) => !existsSync(input) || statSync(input).mtimeMs <= made);
}

/** Statements of the kinds the server runs, so that their classes (planner, runtimes, Lucene) are archived too. */
const TRAINING = [
  'CREATE CONSTRAINT training_id IF NOT EXISTS FOR (n:Training) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX training_position IF NOT EXISTS FOR (n:Training) ON (n.position, n.id)',
  'CREATE FULLTEXT INDEX training_text IF NOT EXISTS FOR (n:Training) ON EACH [n.name]',
  'CALL db.awaitIndexes(60)',
  `UNWIND range(1, 200) AS i
   MERGE (n:Training {id: 'n' + i}) SET n.position = i, n.name = '项目' + i, n.build = 1
   WITH n, i WHERE i > 1
   MATCH (m:Training {id: 'n' + (i - 1)}) MERGE (n)-[:NEXT {at: i}]->(m)`,
  `MATCH (n:Training) WHERE n.position >= $from AND n.build = 1
   WITH n ORDER BY n.position, n.id SKIP $skip LIMIT $limit
   RETURN n { .id, .name, next: [(n)-[r:NEXT]->(m) | m { .id, at: r.at }] } AS node, count{ (n)--() } AS degree`,
  `MATCH (n:Training) RETURN count(n) AS total, collect(DISTINCT n.build) AS builds`,
  `CALL db.index.fulltext.queryNodes('training_text', $text) YIELD node, score
   RETURN node.id AS id, score ORDER BY score DESC, id LIMIT 10`,
  `OPTIONAL MATCH p = shortestPath((a:Training {id: 'n1'})-[:NEXT*..10]-(b:Training {id: 'n5'}))
   RETURN [x IN nodes(p) | x.id] AS path`,
  'MATCH (n:Training) DETACH DELETE n',
];

async function train(uri: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'training'));
  try {
    for (const statement of TRAINING) {
      await driver.executeQuery(statement, {
        from: neo4j.int(1),
        skip: neo4j.int(10),
        limit: neo4j.int(20),
        text: '项目',
      });
    }
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('MATCH (n) RETURN count(n) AS nodes'));
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/**
 * Makes the archive unless a fresh one is there. `start` starts a Neo4j with the given options
 * (it is `startEmbeddedNeo4j`, passed in so that this module does not import the one that calls it).
 */
export async function ensureClassArchive(
  paths: ClassArchivePaths,
  logger: Logger,
  start: (options: EmbeddedNeo4jOptions) => Promise<EmbeddedNeo4j>,
): Promise<boolean> {
  if (classArchiveIsFresh(paths)) return false;
  const began = performance.now();
  logger.info('making a class archive for faster Neo4j starts (once per launcher build, about 45 s)…');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jinyun-neo4j-training-'));
  const partial = `${paths.archive}.${process.pid}.partial`;
  try {
    const server = await start({ dataDir, boltPort: 0, logger, checkBuild: false, dumpClassArchive: partial });
    try {
      await train(server.uri);
    } finally {
      await server.stop();
    }
    if (!existsSync(partial)) throw new Error('the JVM wrote no archive at exit');
    renameSync(partial, paths.archive);
    logger.info(`made the class archive in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    logger.warn(`no class archive (Neo4j will start slower): ${(error as Error).message}`);
    return false;
  } finally {
    rmSync(partial, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
