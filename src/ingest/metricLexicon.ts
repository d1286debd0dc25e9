import { readFileSync } from 'node:fs';

/**
 * Report-specific knowledge the indicator extractor needs, kept as data in
 * data/lexicon/metrics.json: canonical metric names with the wordings that mean
 * them, phrases whose numbers are names, subjects that 分别 splits into, and
 * characters the public copy of the report lost.
 */

export interface MetricDefinition {
  /** Canonical name, e.g. 规上工业总产值. */
  name: string;
  /** Other wordings of the same measure as the extractor reads them, e.g. 全县规上工业产值. */
  aliases: string[];
  /** Unit of the measure, when the indicators alone do not settle it. */
  unit: string | null;
  /**
   * Apply this entry only to indicators with one of these units ("" = unit lost):
   * the same words can name two measures, e.g. a count of firms and an amount of money.
   */
  onlyUnits: string[] | null;
}

/** A character (or characters) the public copy lost, re-inserted virtually while reading. */
export interface Restoration {
  /** Text around the loss with `|` where the characters are missing, e.g. 城|居民收入分别. */
  at: string;
  insert: string;
}

export interface MetricLexicon {
  source: string;
  metrics: MetricDefinition[];
  /** Phrases containing digits that name something: 330国道, 山区26县, 1612. */
  names: string[];
  /** Subjects 分别 distributes over: 城乡居民收入 → 城镇居民收入, 农村居民收入. */
  distributive: Record<string, string[]>;
  restorations: Restoration[];
}

/** No metric knowledge: the rules alone. */
export const EMPTY_METRIC_LEXICON: MetricLexicon = {
  source: '(none)',
  metrics: [],
  names: [],
  distributive: {},
  restorations: [],
};

export class MetricLexiconError extends Error {
  constructor(source: string, problem: string) {
    super(`metric lexicon ${source}: ${problem}`);
    this.name = 'MetricLexiconError';
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function readMetric(raw: unknown, index: number, source: string): MetricDefinition {
  const where = `metrics[${index}]`;
  if (typeof raw !== 'object' || raw === null) throw new MetricLexiconError(source, `${where} must be an object`);
  const entry = raw as Record<string, unknown>;
  if (typeof entry.name !== 'string' || entry.name.trim() === '') {
    throw new MetricLexiconError(source, `${where}.name must be a non-empty string`);
  }
  if (entry.aliases !== undefined && !isStringArray(entry.aliases)) {
    throw new MetricLexiconError(source, `${where}.aliases (${entry.name}) must be an array of strings`);
  }
  if (entry.unit !== undefined && entry.unit !== null && typeof entry.unit !== 'string') {
    throw new MetricLexiconError(source, `${where}.unit (${entry.name}) must be a string or null`);
  }
  if (entry.onlyUnits !== undefined && !isStringArray(entry.onlyUnits)) {
    throw new MetricLexiconError(source, `${where}.onlyUnits (${entry.name}) must be an array of strings`);
  }
  return {
    name: entry.name,
    aliases: entry.aliases ?? [],
    unit: (entry.unit as string | null | undefined) ?? null,
    onlyUnits: (entry.onlyUnits as string[] | undefined) ?? null,
  };
}

function readRestoration(raw: unknown, index: number, source: string): Restoration {
  const entry = raw as Record<string, unknown> | null;
  const at = entry?.at;
  const insert = entry?.insert;
  if (typeof at !== 'string' || at.split('|').length !== 2 || typeof insert !== 'string' || insert === '') {
    throw new MetricLexiconError(
      source,
      `restorations[${index}] needs "at" with exactly one "|" and a non-empty "insert"`,
    );
  }
  return { at, insert };
}

/** Validates parsed JSON; `source` names the file in errors. */
export function parseMetricLexicon(json: unknown, source: string): MetricLexicon {
  if (typeof json !== 'object' || json === null) throw new MetricLexiconError(source, 'must be a JSON object');
  const data = json as Record<string, unknown>;
  if (!Array.isArray(data.metrics)) throw new MetricLexiconError(source, '"metrics" must be an array');
  const metrics = data.metrics.map((m, i) => readMetric(m, i, source));

  const names = data.names ?? [];
  if (!isStringArray(names)) throw new MetricLexiconError(source, '"names" must be an array of strings');

  const distributive = data.distributive ?? {};
  if (
    typeof distributive !== 'object' ||
    distributive === null ||
    !Object.values(distributive).every((v) => isStringArray(v) && v.length > 1)
  ) {
    throw new MetricLexiconError(source, '"distributive" must map a subject to two or more subjects');
  }

  const rawRestorations = data.restorations ?? [];
  if (!Array.isArray(rawRestorations)) throw new MetricLexiconError(source, '"restorations" must be an array');
  const restorations = rawRestorations.map((r, i) => readRestoration(r, i, source));

  checkUniqueWordings(metrics, source);
  return { source, metrics, names, distributive: distributive as Record<string, string[]>, restorations };
}

/** One wording may belong to two metrics only when their unit filters keep them apart. */
function checkUniqueWordings(metrics: MetricDefinition[], source: string): void {
  const byWording = new Map<string, MetricDefinition[]>();
  for (const metric of metrics) {
    for (const wording of new Set([metric.name, ...metric.aliases])) {
      const earlier = byWording.get(wording) ?? [];
      for (const other of earlier) {
        const apart =
          other.onlyUnits && metric.onlyUnits && !other.onlyUnits.some((u) => metric.onlyUnits!.includes(u));
        if (!apart)
          throw new MetricLexiconError(source, `"${wording}" is listed for both ${other.name} and ${metric.name}`);
      }
      byWording.set(wording, [...earlier, metric]);
    }
  }
}

export function loadMetricLexicon(file: string): MetricLexicon {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MetricLexiconError(file, `cannot be read as JSON (${(error as Error).message})`);
  }
  return parseMetricLexicon(json, file);
}

/** The lexicon's metric for a wording read from the report and the unit written beside it. */
export function findMetric(lexicon: MetricLexicon, wording: string, unit: string | null): MetricDefinition | null {
  const unitKey = unit ?? '';
  return (
    lexicon.metrics.find(
      (m) =>
        (m.name === wording || m.aliases.includes(wording)) && (m.onlyUnits === null || m.onlyUnits.includes(unitKey)),
    ) ?? null
  );
}
