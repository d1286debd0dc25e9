import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from './extract/entities';
import { extractIndicators } from './extract/indicators';
import { loadLexicon } from './lexicon';
import { loadMetricLexicon } from './metricLexicon';
import { parseReport } from './parse';
import { readReportMeta, readReportText } from './source';
import type { ExtractedGraph, ParsedReport } from './types';

/** Bump when extraction rules change, so `npm start` rebuilds graphs made by older rules. */
export const PIPELINE_VERSION = '1';

export interface ReportGraph {
  report: ParsedReport;
  graph: ExtractedGraph;
  /** SHA-256 of report text, metadata, lexicon files and pipeline version. */
  contentHash: string;
}

export interface ReportSources {
  reportFile: string;
  reportMetaFile: string;
  lexiconDir: string;
}

/** The hash that says whether the graph in the database was built from exactly these inputs. */
export function contentHashOf(sources: ReportSources): string {
  const hash = createHash('sha256').update(`pipeline ${PIPELINE_VERSION}\n`);
  hash.update(readFileSync(sources.reportFile)).update(readFileSync(sources.reportMetaFile));
  for (const file of readdirSync(sources.lexiconDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    hash.update(`\n${file}\n`).update(readFileSync(path.join(sources.lexiconDir, file)));
  }
  return hash.digest('hex');
}

/** Reads, parses and extracts a report; throws ReportInputError or LexiconError on bad input. */
export function buildReportGraph(sources: ReportSources): ReportGraph {
  const text = readReportText(sources.reportFile);
  const meta = readReportMeta(sources.reportMetaFile);
  const lexicon = loadLexicon(sources.lexiconDir);
  const report = parseReport(text, meta, { knownTopics: lexicon.topics });
  const entities = extractEntities(report, lexicon);
  const indicators = extractIndicators(
    report,
    entities.entities,
    loadMetricLexicon(path.join(sources.lexiconDir, 'metrics.json')),
  );
  return {
    report,
    graph: {
      entities: [...entities.entities, ...indicators.entities],
      relations: [...entities.relations, ...indicators.relations],
    },
    contentHash: contentHashOf(sources),
  };
}
