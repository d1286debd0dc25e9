import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The county-specific knowledge the extractor needs: names, short forms and
 * links that no generic rule can derive. Rules live in code; facts live in
 * data/lexicon/*.json, one file per entity kind. Files the loader does not know
 * (e.g. metrics.json, read by the indicator extractor) are left alone.
 *
 * Every file is optional: a missing file is an empty list, so an empty directory is a
 * valid lexicon (a user who just downloaded another county's report). Townships and
 * villages come from the national division data (src/places/divisions.ts); their files
 * here only add what that data lacks (aliases, places it does not list, short forms that
 * must be read by context).
 */

export type TownshipKind = '街道' | '镇' | '乡';

export interface TownshipEntry {
  name: string;
  /** The form the report mostly uses (壶镇, 新碧, 双溪口); null: derive it from the name. */
  shortName: string | null;
  /** null: derive it from the name or the division data. */
  kind: TownshipKind | null;
  aliases: string[];
  /**
   * The short form is also an ordinary word or another place's name that no rule
   * recognises as such: count it only where the context marks a township.
   */
  ambiguousShortName: boolean;
}

export interface VillageEntry {
  name: string;
  aliases: string[];
  township: string | null;
}

export interface PlatformEntry {
  name: string;
  aliases: string[];
  platformKind: string;
  townships: string[];
  industries: string[];
}

export interface PlatformLexicon {
  platforms: PlatformEntry[];
  phrases: NamePhrase[];
}

export interface IndustryEntry {
  name: string;
  aliases: string[];
  /** The industry this one is a part of (SUBSECTOR_OF). */
  parent: string | null;
}

export interface EnterpriseEntry {
  name: string;
  aliases: string[];
  industries: string[];
  townships: string[];
}

/** A correction for a project: canonical name, merged aliases, links rules cannot derive. */
export interface ProjectOverride {
  name: string;
  aliases: string[];
  category: string | null;
  townships: string[];
  platforms: string[];
  industries: string[];
  enterprises: string[];
}

/**
 * A coordinated phrase that names several entities sharing one head word, e.g.
 * 上海杭州、嘉善科创飞地 or 好溪、新建溪流域综合整治. Each part is the form the
 * phrase writes for one entity that is not written out in full there (上海 for
 * 上海科创飞地); the form is matched only inside the phrase and becomes one of
 * that entity's aliases (the report's own words for it there).
 */
export interface NamePhrase {
  text: string;
  parts: { form: string; name: string }[];
}

export interface ProjectLexicon {
  projects: ProjectOverride[];
  /** Candidates the rules propose that are not projects (policies, programmes, generic things). */
  exclusions: string[];
  phrases: NamePhrase[];
}

export interface Lexicon {
  townships: TownshipEntry[];
  villages: VillageEntry[];
  platforms: PlatformLexicon;
  industries: IndustryEntry[];
  enterprises: EnterpriseEntry[];
  projects: ProjectLexicon;
  /** Lead phrases whose closing full stop was lost (for parseReport's knownTopics). */
  topics: string[];
}

export class LexiconError extends Error {
  constructor(file: string, problem: string) {
    super(`lexicon ${file}: ${problem}`);
    this.name = 'LexiconError';
  }
}

/** Reads one JSON file of the lexicon; the file must be an object. A missing file reads as `{}`. */
function readJson(dir: string, file: string): Record<string, unknown> {
  const full = path.join(dir, file);
  if (!existsSync(full)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new LexiconError(file, `invalid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new LexiconError(file, 'expected a JSON object at the top level');
  }
  return parsed as Record<string, unknown>;
}

/** Small typed accessors that say exactly which field of which file is wrong. */
class Reader {
  constructor(
    private readonly file: string,
    private readonly where: string,
    readonly value: Record<string, unknown>,
  ) {}

  fail(problem: string): never {
    throw new LexiconError(this.file, `${this.where}: ${problem}`);
  }

  string(key: string): string {
    const v = this.value[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must be a non-empty string`);
    return v;
  }

  optionalString(key: string): string | null {
    const v = this.value[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must be a non-empty string or null`);
    return v;
  }

  strings(key: string): string[] {
    const v = this.value[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      this.fail(`"${key}" must be an array of non-empty strings`);
    }
    return v as string[];
  }

  boolean(key: string): boolean {
    const v = this.value[key];
    if (v === undefined) return false;
    if (typeof v !== 'boolean') this.fail(`"${key}" must be true or false`);
    return v;
  }
}

function entries(file: string, json: Record<string, unknown>, key: string): Reader[] {
  const list = json[key] ?? (Object.keys(json).length === 0 ? [] : undefined);
  if (!Array.isArray(list)) throw new LexiconError(file, `expected an array "${key}"`);
  return list.map((item, i) => {
    const where = `${key}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new LexiconError(file, `${where}: expected an object`);
    }
    const named = (item as Record<string, unknown>).name;
    const label = typeof named === 'string' && named.trim() !== '' ? `${where} (${named})` : where;
    return new Reader(file, label, item as Record<string, unknown>);
  });
}

function assertUnique(file: string, names: string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) throw new LexiconError(file, `duplicate name or alias "${n}"`);
    seen.add(n);
  }
}

function assertKnown(file: string, what: string, refs: string[], known: Set<string> | null): void {
  if (!known) return;
  for (const r of refs) if (!known.has(r)) throw new LexiconError(file, `unknown ${what} "${r}"`);
}

const TOWNSHIP_KINDS: readonly TownshipKind[] = ['街道', '镇', '乡'];

function loadTownships(dir: string): TownshipEntry[] {
  const file = 'townships.json';
  const townships = entries(file, readJson(dir, file), 'townships').map((r) => {
    const kind = r.optionalString('kind');
    if (kind !== null && !TOWNSHIP_KINDS.includes(kind as TownshipKind))
      r.fail(`"kind" must be one of ${TOWNSHIP_KINDS.join(', ')}`);
    const name = r.string('name');
    if (kind !== null && !name.endsWith(kind)) r.fail(`name must end with its kind ${kind}`);
    return {
      name,
      shortName: r.optionalString('shortName'),
      kind: kind as TownshipKind | null,
      aliases: r.strings('aliases'),
      ambiguousShortName: r.boolean('ambiguousShortName'),
    };
  });
  assertUnique(
    file,
    townships.flatMap((t) => [t.name, ...(t.shortName ? [t.shortName] : []), ...t.aliases]),
  );
  return townships;
}

/** A lexicon with nothing in it: what a user who just downloaded another county's report has. */
export function emptyLexicon(): Lexicon {
  return {
    townships: [],
    villages: [],
    platforms: { platforms: [], phrases: [] },
    industries: [],
    enterprises: [],
    projects: { projects: [], exclusions: [], phrases: [] },
    topics: [],
  };
}

export function loadLexicon(dir: string): Lexicon {
  if (!existsSync(dir)) {
    throw new LexiconError('(directory)', `${dir} not found: create it (it may be empty) or set LEXICON_DIR`);
  }
  const townships = loadTownships(dir);
  // Township names other files refer to are checked by the extractor, against the county's
  // townships (division data and townships.json): the loader does not know the county.
  const townshipNames = null;

  const industriesFile = 'industries.json';
  const industries = entries(industriesFile, readJson(dir, industriesFile), 'industries').map((r) => ({
    name: r.string('name'),
    aliases: r.strings('aliases'),
    parent: r.optionalString('parent'),
  }));
  assertUnique(
    industriesFile,
    industries.flatMap((i) => [i.name, ...i.aliases]),
  );
  const industryNames = new Set(industries.map((i) => i.name));
  assertKnown(
    industriesFile,
    'parent industry',
    industries.flatMap((i) => (i.parent ? [i.parent] : [])),
    industryNames,
  );

  const villagesFile = 'villages.json';
  const villages = entries(villagesFile, readJson(dir, villagesFile), 'villages').map((r) => ({
    name: r.string('name'),
    aliases: r.strings('aliases'),
    township: r.optionalString('township'),
  }));
  assertUnique(
    villagesFile,
    villages.flatMap((v) => [v.name, ...v.aliases]),
  );
  assertKnown(
    villagesFile,
    'township',
    villages.flatMap((v) => (v.township ? [v.township] : [])),
    townshipNames,
  );

  const platformsFile = 'platforms.json';
  const platformsJson = readJson(dir, platformsFile);
  const platforms = entries(platformsFile, platformsJson, 'platforms').map((r) => ({
    name: r.string('name'),
    aliases: r.strings('aliases'),
    platformKind: r.string('platformKind'),
    townships: r.strings('townships'),
    industries: r.strings('industries'),
  }));
  assertUnique(
    platformsFile,
    platforms.flatMap((p) => [p.name, ...p.aliases]),
  );
  assertKnown(
    platformsFile,
    'township',
    platforms.flatMap((p) => p.townships),
    townshipNames,
  );
  assertKnown(
    platformsFile,
    'industry',
    platforms.flatMap((p) => p.industries),
    industryNames,
  );
  const platformPhrases = loadPhrases(platformsFile, platformsJson, new Set(platforms.map((p) => p.name)));

  const enterprisesFile = 'enterprises.json';
  const enterprises = entries(enterprisesFile, readJson(dir, enterprisesFile), 'enterprises').map((r) => ({
    name: r.string('name'),
    aliases: r.strings('aliases'),
    industries: r.strings('industries'),
    townships: r.strings('townships'),
  }));
  assertUnique(
    enterprisesFile,
    enterprises.flatMap((e) => [e.name, ...e.aliases]),
  );
  assertKnown(
    enterprisesFile,
    'industry',
    enterprises.flatMap((e) => e.industries),
    industryNames,
  );
  assertKnown(
    enterprisesFile,
    'township',
    enterprises.flatMap((e) => e.townships),
    townshipNames,
  );

  const projects = loadProjects(dir, {
    townships: townshipNames,
    platforms: new Set(platforms.map((p) => p.name)),
    industries: industryNames,
    enterprises: new Set(enterprises.map((e) => e.name)),
  });

  const topicsFile = 'topics.json';
  const topics = new Reader(topicsFile, 'top level', readJson(dir, topicsFile)).strings('topics');

  return {
    townships,
    villages,
    platforms: { platforms, phrases: platformPhrases },
    industries,
    enterprises,
    projects,
    topics,
  };
}

function loadProjects(
  dir: string,
  known: { townships: Set<string> | null; platforms: Set<string>; industries: Set<string>; enterprises: Set<string> },
): ProjectLexicon {
  const file = 'projects.json';
  const json = readJson(dir, file);
  const projects = entries(file, json, 'projects').map((r) => ({
    name: r.string('name'),
    aliases: r.strings('aliases'),
    category: r.optionalString('category'),
    townships: r.strings('townships'),
    platforms: r.strings('platforms'),
    industries: r.strings('industries'),
    enterprises: r.strings('enterprises'),
  }));
  assertUnique(
    file,
    projects.flatMap((p) => [p.name, ...p.aliases]),
  );
  assertKnown(
    file,
    'township',
    projects.flatMap((p) => p.townships),
    known.townships,
  );
  assertKnown(
    file,
    'platform',
    projects.flatMap((p) => p.platforms),
    known.platforms,
  );
  assertKnown(
    file,
    'industry',
    projects.flatMap((p) => p.industries),
    known.industries,
  );
  assertKnown(
    file,
    'enterprise',
    projects.flatMap((p) => p.enterprises),
    known.enterprises,
  );

  const top = new Reader(file, 'top level', json);
  const exclusions = top.strings('exclusions');
  const phrases = loadPhrases(file, json, new Set(projects.map((p) => p.name)));
  return { projects, exclusions, phrases };
}

function loadPhrases(file: string, json: Record<string, unknown>, names: Set<string>): NamePhrase[] {
  if (json.phrases === undefined) return [];
  return entries(file, json, 'phrases').map((r) => {
    const text = r.string('text');
    const raw = r.value.parts;
    if (!Array.isArray(raw) || raw.length === 0) return r.fail('"parts" must list { form, name } objects');
    const parts = (raw as unknown[]).map((part, i) => {
      const reader = new Reader(file, `phrase "${text}" parts[${i}]`, (part ?? {}) as Record<string, unknown>);
      const form = reader.string('form');
      const name = reader.string('name');
      if (!text.includes(form)) reader.fail(`form "${form}" does not occur in the phrase`);
      if (!names.has(name)) reader.fail(`unknown name "${name}" (add it to the entries of ${file})`);
      return { form, name };
    });
    return { text, parts };
  });
}
