import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config';
import { createDriver, waitForNeo4j } from '../graph/driver';
import { applySchema } from '../graph/schema';
import { removeReport } from '../graph/writer';
import { createLogger } from '../logger';
import type { ExtractedGraph } from '../model/report';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../neo4j/embedded';
import { discoverReports, type LoadResult, loadReports } from './load';
import type { ReportSources } from './pipeline';

const USAGE = `usage: npm run ingest -- <report.txt | folder>… [--meta <report.json>] [--lexicon <dir>] [--force] [--dry-run]
       npm run ingest -- --remove <reportId>

Parses government work reports, extracts their knowledge graphs and loads them into Neo4j
(NEO4J_URI, or the embedded Neo4j when unset). A folder loads every report (.txt) in it, each
with its metadata (.json) beside it. Each report is written as a new version beside the one
readers use and switched to in one step; a report whose inputs have not changed is skipped
(--force writes it anyway). --dry-run extracts and prints the summary without touching the
database. --remove takes a report out of the graph; what other reports state stays.`;

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

/** What one report's graph holds, by kind and relationship type. */
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

/** Columns a terminal gives a string: Chinese characters take two. */
function displayWidth(text: string): number {
  return [...text].reduce(
    (sum, c) => sum + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(c) ? 2 : 1),
    0,
  );
}

const COLUMNS = ['report', 'county', 'year', 'status', 'sentences', 'projects', 'targets', 'results', 'nodes', 'ms'];

/** One row per report: what it holds and what happened to it. */
export function summaryTable(results: readonly LoadResult[]): string {
  const rows = results.map((r) => {
    const entities = r.build?.graph.entities ?? [];
    const count = (test: (e: (typeof entities)[number]) => boolean) => String(entities.filter(test).length);
    return [
      r.reportId ?? path.basename(r.file),
      r.build?.county.name ?? '',
      r.build ? String(r.build.report.meta.year) : '',
      r.status,
      r.build ? String(r.build.report.sentences.length) : '',
      r.build ? count((e) => e.kind === 'Project') : '',
      r.build ? count((e) => e.kind === 'Indicator' && e.indicatorKind === 'TARGET') : '',
      r.build ? count((e) => e.kind === 'Indicator' && e.indicatorKind === 'RESULT') : '',
      r.written ? String(r.written.nodes) : '',
      String(r.ms),
    ];
  });
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((row) => displayWidth(row[i]))));
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell + ' '.repeat(widths[i] - displayWidth(cell))).join('  ');
  return [line(COLUMNS), ...rows.map(line)].join('\n');
}

async function withDatabase<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'ingest');
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
    return await work(driver);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Neo4j failed, the graph readers see is unchanged: ${(error as Error).message}`, 3);
  } finally {
    await driver?.close();
    await embedded?.stop();
  }
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
        remove: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  if (values.remove !== undefined) {
    if (positionals.length) throw new CliError(`--remove takes no report files\n${USAGE}`, 2);
    const reportId = values.remove;
    await withDatabase(async (driver) => {
      const { retired } = await removeReport(driver, reportId, { database: config.neo4jDatabase });
      if (!retired.length) throw new CliError(`no loaded report has id "${reportId}"`, 1);
      process.stdout.write(`removed report ${reportId}\n`);
    });
    return;
  }

  let files: string[];
  try {
    files = discoverReports(positionals.length ? positionals : config.reports);
  } catch (error) {
    throw new CliError((error as Error).message, 1);
  }
  if (values.meta && files.length > 1) throw new CliError(`--meta applies to one report file\n${USAGE}`, 2);
  const sources: ReportSources[] = files.map((reportFile) => ({
    reportFile,
    ...(values.meta ? { reportMetaFile: path.resolve(values.meta) } : {}),
    ...(values.lexicon ? { lexiconDir: path.resolve(values.lexicon) } : {}),
  }));
  const progress = (r: LoadResult, i: number, total: number) => {
    const what = r.status === 'failed' ? `failed: ${r.error?.message}` : `${r.status} (${r.ms} ms)`;
    process.stderr.write(`[${i + 1}/${total}] ${r.reportId ?? r.file}: ${what}\n`);
    for (const inference of r.build?.inferred ?? []) {
      const from = inference.words ? ` from «${inference.words}»` : '';
      process.stderr.write(`  inferred ${inference.field} = ${inference.value} (${inference.rule}${from})\n`);
    }
    for (const warning of r.build?.warnings ?? []) process.stderr.write(`  warning: ${warning}\n`);
    if (files.length === 1 && r.build) {
      process.stdout.write(`${summarize(r.build.graph, r.build.report.sentences.length)}\n\n`);
    }
  };
  const run = (driver: Driver | null) =>
    loadReports(driver, sources, {
      database: config.neo4jDatabase,
      force: values.force,
      dryRun: values['dry-run'],
      onResult: progress,
    });
  const results = values['dry-run'] ? await run(null) : await withDatabase(run);
  process.stdout.write(`${summaryTable(results)}\n`);
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length) {
    // Bad input is exit 1; a report that extracted but failed to write is a database failure.
    const writeFailed = failed.some((r) => r.failedAt === 'database');
    throw new CliError(
      `${failed.length} of ${results.length} reports not loaded: ${failed.map((r) => r.reportId ?? r.file).join(', ')}`,
      writeFailed ? 3 : 1,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`ingest: ${(error as Error).message}\n`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
});
