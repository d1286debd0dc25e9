import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadedContentHashes, writeReportBuild, type WriteSummary } from '../graph/writer';
import { type BuiltReport, buildReportGraph, contentHashOf, type ReportSources, resolveMeta } from './pipeline';
import { ReportInputError } from './source';

/**
 * Loading many reports: the files a list of paths names, and for each, extract and write it
 * unless the database already holds a build of exactly the same inputs. Used by
 * `npm run ingest` and by the server at startup.
 */

/** The report files (.txt) the paths name: files as given, folders searched recursively, in name order. */
export function discoverReports(paths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) found.push(full);
    }
  };
  for (const given of paths) {
    const full = path.resolve(given);
    if (!existsSync(full)) throw new ReportInputError(`no such report file or folder: ${given}`);
    if (statSync(full).isDirectory()) {
      const before = found.length;
      walk(full);
      if (found.length === before) throw new ReportInputError(`no report (.txt) in folder ${given}`);
    } else {
      found.push(full);
    }
  }
  return [...new Set(found)];
}

export type LoadStatus = 'loaded' | 'unchanged' | 'failed' | 'extracted';

export interface LoadResult {
  file: string;
  reportId: string | null;
  status: LoadStatus;
  /** What was extracted (absent when unchanged or failed before extraction). */
  build?: BuiltReport;
  written?: WriteSummary;
  error?: Error;
  /** Where a failed report failed: reading and extracting its input, or writing to the database. */
  failedAt?: 'input' | 'database';
  ms: number;
}

export interface LoadOptions {
  database?: string;
  /** Write even when the database holds a build of the same inputs. */
  force?: boolean;
  /** Extract only; write nothing. */
  dryRun?: boolean;
  graceMs?: number;
  onResult?: (result: LoadResult, index: number, total: number) => void;
}

/**
 * Loads each report in turn. A report that fails (bad input, or a write error) is reported and
 * the others still load: each report is its own build, so a failure leaves the graph as it was.
 */
export async function loadReports(
  driver: Driver | null,
  sources: readonly ReportSources[],
  options: LoadOptions = {},
): Promise<LoadResult[]> {
  const loaded = driver && !options.force ? await loadedContentHashes(driver, options.database) : new Map();
  const results: LoadResult[] = [];
  for (const [index, source] of sources.entries()) {
    const started = performance.now();
    let result: LoadResult;
    let reportId: string | null = null;
    let build: BuiltReport | undefined;
    try {
      const resolved = resolveMeta(source);
      reportId = resolved.meta.id;
      if (!options.dryRun && loaded.get(reportId) === contentHashOf(source, resolved)) {
        result = { file: source.reportFile, reportId, status: 'unchanged', ms: 0 };
      } else {
        build = buildReportGraph(source);
        if (options.dryRun || !driver) {
          result = { file: source.reportFile, reportId, status: 'extracted', build, ms: 0 };
        } else {
          const written = await writeReportBuild(driver, build, {
            database: options.database,
            graceMs: options.graceMs,
          });
          result = { file: source.reportFile, reportId, status: 'loaded', build, written, ms: 0 };
        }
      }
    } catch (error) {
      const failedAt = build ? 'database' : 'input';
      result = { file: source.reportFile, reportId, status: 'failed', build, error: error as Error, failedAt, ms: 0 };
    }
    result.ms = Math.round(performance.now() - started);
    results.push(result);
    options.onResult?.(result, index, sources.length);
  }
  return results;
}
