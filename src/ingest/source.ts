import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ReportMeta } from './types';

/** A report file that cannot be ingested; the message says why and what to do. */
export class ReportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** Reads a report as strict UTF-8 text, refusing missing, empty, binary or oversized files. */
export function readReportText(file: string): string {
  if (!existsSync(file)) throw new ReportInputError(`report file not found: ${file}`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new ReportInputError(`report path is not a file: ${file}`);
  if (stat.size === 0) throw new ReportInputError(`report file is empty: ${file}`);
  if (stat.size > MAX_REPORT_BYTES) {
    throw new ReportInputError(
      `report file is ${stat.size} bytes, more than the ${MAX_REPORT_BYTES} a report can be: ${file}`,
    );
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new ReportInputError(`report file is binary (it contains NUL bytes), not text: ${file}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReportInputError(
      `report file is not valid UTF-8 (convert it first, e.g. iconv -f GB18030 -t UTF-8): ${file}`,
    );
  }
  if (!/[\u4e00-\u9fff]/.test(text)) throw new ReportInputError(`report file holds no Chinese text: ${file}`);
  return text.replace(/^\uFEFF/, '');
}

const REQUIRED_META: (keyof ReportMeta)[] = ['id', 'title', 'county', 'year', 'resultsYear', 'issuedBy', 'source'];

/** Reads the report's metadata file (title, county, years …) and checks every field is there. */
export function readReportMeta(file: string): ReportMeta {
  if (!existsSync(file)) {
    throw new ReportInputError(
      `report metadata not found: ${file} (put a JSON file beside the report, like data/reports/jinyun-2023.json, or pass --meta)`,
    );
  }
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new ReportInputError(`report metadata is not valid JSON: ${file}: ${(error as Error).message}`);
  }
  const missing = REQUIRED_META.filter((key) => meta[key] === undefined || meta[key] === '');
  if (missing.length) throw new ReportInputError(`report metadata ${file} lacks: ${missing.join(', ')}`);
  if (!/^[a-z0-9-]+$/.test(String(meta.id))) {
    throw new ReportInputError(`report metadata ${file}: id must be lowercase letters, digits and dashes`);
  }
  return meta as unknown as ReportMeta;
}
