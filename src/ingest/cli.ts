import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config';
import { createDriver, waitForNeo4j } from '../graph/driver';
import { applySchema } from '../graph/schema';
import { writeReportGraph } from '../graph/writer';
import { createLogger } from '../logger';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../neo4j/embedded';
import { buildReportGraph } from './pipeline';
import type { ExtractedGraph } from './types';

const USAGE = `usage: npm run ingest -- <report.txt> [--meta <report.json>] [--lexicon <dir>] [--dry-run]

Parses a government work report, extracts its knowledge graph and loads it into
Neo4j (NEO4J_URI, or the embedded Neo4j when unset), replacing the previous graph
of the same report in one transaction. --dry-run extracts and prints the summary
without touching the database.`;

/** Exit codes: 0 done, 1 bad input (report, metadata, lexicon), 2 usage, 3 database unavailable or failed. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function table(title: string, rows: [string, number][]): string {
  const width = Math.max(title.length, ...rows.map(([k]) => k.length)) + 2;
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}${String(v).padStart(6)}`)].join('\n');
}

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export function summarize(graph: ExtractedGraph, sentences: number): string {
  const indicators = graph.entities.flatMap((e) => (e.kind === 'Indicator' ? [e] : []));
  const mentions = graph.entities.reduce((sum, e) => sum + e.mentions.length, 0);
  const milestones = graph.entities.reduce((sum, e) => sum + (e.kind === 'Project' ? e.milestones.length : 0), 0);
  return [
    table('entities', [...countBy(graph.entities, (e) => e.kind), ['Sentence', sentences]]),
    table('relationships', [
      ...countBy(graph.relations, (r) => r.type),
      ['MENTIONED_IN', mentions],
      ['HAS_MILESTONE', milestones],
    ]),
    table(
      'indicators',
      countBy(indicators, (i) => `${i.year} ${i.indicatorKind}`),
    ),
  ].join('\n\n');
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        meta: { type: 'string' },
        lexicon: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'ingest');
  if (parsed.positionals.length > 1) throw new CliError(`expected one report file\n${USAGE}`, 2);
  const reportFile = path.resolve(parsed.positionals[0] ?? config.reportFile);
  const sources = {
    reportFile,
    reportMetaFile: path.resolve(parsed.values.meta ?? reportFile.replace(/\.txt$/, '.json')),
    lexiconDir: path.resolve(parsed.values.lexicon ?? config.lexiconDir),
  };

  logger.info(`reading ${sources.reportFile}`);
  let built;
  try {
    built = buildReportGraph(sources);
  } catch (error) {
    throw new CliError((error as Error).message, 1);
  }
  logger.info(
    `parsed ${built.report.sections.length} sections, ${built.report.paragraphs.length} paragraphs, ${built.report.sentences.length} sentences; extracted ${built.graph.entities.length} entities`,
  );
  process.stdout.write(`${summarize(built.graph, built.report.sentences.length)}\n`);
  if (parsed.values['dry-run']) return;

  let embedded: EmbeddedNeo4j | null = null;
  let driver: Driver | null = null;
  try {
    let uri = config.neo4jUri;
    if (!uri) {
      logger.info(`NEO4J_URI is unset: starting the embedded Neo4j (data in ${config.neo4jDataDir})`);
      embedded = await startEmbeddedNeo4j({ dataDir: config.neo4jDataDir, boltPort: 0, logger });
      uri = embedded.uri;
    }
    driver = createDriver(config, uri);
    await waitForNeo4j(driver, uri, config.neo4jConnectTimeoutMs);
    await applySchema(driver, config.neo4jDatabase);
    logger.info('writing the graph in one transaction');
    const summary = await writeReportGraph(driver, built.report, built.graph, built.contentHash, config.neo4jDatabase);
    logger.info(
      `loaded report ${built.report.meta.id}: ${summary.nodes} nodes, ${summary.relationships} relationships`,
    );
  } catch (error) {
    throw new CliError(`loading into Neo4j failed, the previous graph is unchanged: ${(error as Error).message}`, 3);
  } finally {
    await driver?.close();
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`ingest: ${(error as Error).message}\n`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
});
