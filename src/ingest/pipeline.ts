import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportBuild, ReportMeta } from '../model/report';
import { DIVISIONS_DIR, divisions } from '../places/divisions';
import { extractEntities } from './extract/entities';
import { extractIndicators } from './extract/indicators';
import { emptyLexicon, type Lexicon, loadLexicon } from './lexicon';
import { EMPTY_METRIC_LEXICON, loadMetricLexicon, type MetricLexicon } from './metricLexicon';
import { type Inference, inferReportMeta } from './meta';
import { parseReport } from './parse';
import { countyTownships, resolveCounty, scopeGraph } from './scope';
import { readReportMeta, readReportText } from './source';

/** Bump when extraction rules or the graph layout change, so `npm start` rebuilds graphs made by older rules. */
export const PIPELINE_VERSION = '5';

export interface ReportSources {
  reportFile: string;
  /** The report's metadata (JSON); default: the report file with .json. */
  reportMetaFile?: string;
  /**
   * County knowledge the text cannot give (data/lexicon/); default: the metadata's `lexicon`
   * (a folder relative to the metadata file), else none: the rules and the division data alone.
   */
  lexiconDir?: string | null;
}

export function metaFileOf(sources: ReportSources): string {
  return sources.reportMetaFile ?? sources.reportFile.replace(/\.txt$/, '.json');
}

export interface ResolvedMeta {
  meta: ReportMeta;
  /** Fields read from the text because no metadata file was given (empty when one was). */
  inferred: Inference[];
  warnings: string[];
  /** The metadata file, when there is one. */
  file: string | null;
}

/**
 * The report's metadata: its JSON file when there is one (an explicit --meta must exist),
 * else inferred from the text, saying what was read from which words.
 */
export function resolveMeta(sources: ReportSources): ResolvedMeta {
  const file = metaFileOf(sources);
  if (sources.reportMetaFile || existsSync(file))
    return { meta: readReportMeta(file), inferred: [], warnings: [], file };
  const { meta, inferred, warnings } = inferReportMeta(
    readReportText(sources.reportFile),
    {},
    {
      sourceName: path.basename(sources.reportFile),
    },
  );
  return { meta, inferred, warnings, file: null };
}

/** The lexicon folder a report is read with, or null for none. */
export function lexiconDirOf(sources: ReportSources, resolved: ResolvedMeta = resolveMeta(sources)): string | null {
  if (sources.lexiconDir !== undefined) return sources.lexiconDir;
  const { meta, file } = resolved;
  return meta.lexicon && file ? path.resolve(path.dirname(file), meta.lexicon) : null;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

/** The hash that says whether the graph in the database was built from exactly these inputs. */
export function contentHashOf(sources: ReportSources, resolved: ResolvedMeta = resolveMeta(sources)): string {
  const hash = createHash('sha256').update(`pipeline ${PIPELINE_VERSION}\n`);
  hash.update(readFileSync(sources.reportFile));
  hash.update(resolved.file ? readFileSync(resolved.file) : JSON.stringify(resolved.meta));
  hash.update(readFileSync(path.join(DIVISIONS_DIR, 'VERSION')));
  const lexiconDir = lexiconDirOf(sources, resolved);
  if (lexiconDir) {
    for (const file of jsonFiles(lexiconDir)) {
      hash.update(`\n${file}\n`).update(readFileSync(path.join(lexiconDir, file)));
    }
  }
  return hash.digest('hex');
}

export interface BuiltReport extends ReportBuild {
  /** What the metadata inferred from the text, when no metadata file was given. */
  inferred: Inference[];
  warnings: string[];
}

/** Reads, parses and extracts a report; throws ReportInputError, ReportFormatError or LexiconError on bad input. */
export function buildReportGraph(sources: ReportSources): BuiltReport {
  const text = readReportText(sources.reportFile);
  const resolved = resolveMeta(sources);
  const { meta } = resolved;
  const lexiconDir = lexiconDirOf(sources, resolved);
  const lexicon: Lexicon = lexiconDir ? loadLexicon(lexiconDir) : emptyLexicon();
  const metricLexicon: MetricLexicon = lexiconDir
    ? loadMetricLexicon(path.join(lexiconDir, 'metrics.json'))
    : EMPTY_METRIC_LEXICON;
  const places = divisions();
  const county = resolveCounty(meta, places);
  const townships = countyTownships(county, places);
  const report = parseReport(text, meta, { knownTopics: lexicon.topics });
  const entities = extractEntities(report, lexicon);
  const indicators = extractIndicators(report, entities.entities, metricLexicon);
  const graph = scopeGraph(
    {
      entities: [...entities.entities, ...indicators.entities],
      relations: [...entities.relations, ...indicators.relations],
    },
    meta,
    county,
    townships,
    places,
  );
  return {
    report,
    graph,
    county,
    townships,
    contentHash: contentHashOf(sources, resolved),
    inferred: resolved.inferred,
    warnings: resolved.warnings,
  };
}
