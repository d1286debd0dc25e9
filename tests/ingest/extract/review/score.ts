import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from '../../../../src/ingest/extract/entities';
import { emptyLexicon } from '../../../../src/ingest/lexicon';
import { parseReport } from '../../../../src/ingest/parse';
import type { Entity, ParsedReport, ReportMeta } from '../../../../src/ingest/types';

/**
 * Scores the entity extractor against reviewed lists (data/review/dev/<id>/), written by
 * reviewers from reading the report, independently of the extractor: projects.txt (one
 * project a line, other written forms after ` | `) and places.txt (kind, canonical name,
 * form as written, tab-separated).
 */

export const ROOT = path.join(__dirname, '../../../..');

export function reviewDir(id: string): string {
  return path.join(ROOT, 'data/review/dev', id);
}

export function hasReview(id: string): boolean {
  return existsSync(path.join(reviewDir(id), 'projects.txt')) && existsSync(path.join(reviewDir(id), 'places.txt'));
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Each reviewed project as the set of its written forms, the canonical one first. */
export function reviewedProjects(id: string): string[][] {
  return lines(path.join(reviewDir(id), 'projects.txt')).map((l) =>
    l
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean),
  );
}

export interface ReviewedPlace {
  kind: 'TOWNSHIP' | 'VILLAGE';
  name: string;
  form: string;
}

export function reviewedPlaces(id: string): ReviewedPlace[] {
  return lines(path.join(reviewDir(id), 'places.txt')).map((l) => {
    const [kind, name, form] = l.split('\t').map((f) => f.trim());
    return { kind: kind as ReviewedPlace['kind'], name, form: form ?? name };
  });
}

export function parseDevReport(id: string): ParsedReport {
  const text = readFileSync(path.join(ROOT, 'data/reports/dev', `${id}.txt`), 'utf8');
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'data/reports/dev', `${id}.json`), 'utf8')) as ReportMeta;
  return parseReport(text, meta);
}

export interface ErrorExample {
  kind: 'missed' | 'extra' | 'boundary';
  name: string;
}

export interface EntityScore {
  id: string;
  projectsFound: number;
  projectsReviewed: number;
  precision: number;
  recall: number;
  townshipsNamed: string[];
  townshipsFound: string[];
  villagesNamed: number;
  villagesFound: number;
  errors: ErrorExample[];
  /** The error kind met most often, with up to three examples. */
  commonError: string;
}

export interface ProjectScore {
  precision: number;
  recall: number;
  errors: ErrorExample[];
  commonError: string;
}

/** A project as the extractor gives it: its name and the other forms it was written in. */
export interface FoundProject {
  name: string;
  aliases: string[];
}

/**
 * Words that say what kind of thing a name is, not which: 桃木疙瘩屠宰加工项目 and
 * 桃木疙瘩屠宰加工 name one project (the Jinyun convention drops a trailing 项目, the 涞源
 * reviewer keeps it), so do 阳元街北延工程 and 阳元街北延. Only these: an action word
 * (改造, 迁建, 新改扩建) changes what is named and stays an error.
 */
const GENERIC_TAIL = /(?:工程项目|建设项目|建设工程|项目|工程)$/;

export function withoutGenericTail(name: string): string {
  const stripped = name.replace(GENERIC_TAIL, '');
  return stripped.length >= 2 ? stripped : name;
}

/** How a found project may match a reviewed line, strongest first; each is tried for every pair before the next. */
export const MATCH_RULES: readonly { name: string; matches: (p: FoundProject, forms: readonly string[]) => boolean }[] =
  [
    { name: 'sameName', matches: (p, forms) => forms.includes(p.name) },
    { name: 'sameAlias', matches: (p, forms) => p.aliases.some((a) => forms.includes(a)) },
    {
      name: 'genericTail',
      matches: (p, forms) => {
        const keys = new Set(forms.map(withoutGenericTail));
        return [p.name, ...p.aliases].some((f) => keys.has(withoutGenericTail(f)));
      },
    },
  ];

/**
 * Pairs found projects with reviewed lines one to one: a found project recalls at most one
 * line and a line is recalled by at most one project (a second node for the same project is
 * an extra; one node standing for two reviewed projects recalls one). Pairs are made by the
 * strongest rule first, in list order.
 */
export function matchProjects(
  projects: readonly FoundProject[],
  reviewed: readonly (readonly string[])[],
): Map<number, number> {
  const lineOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const rule of MATCH_RULES) {
    reviewed.forEach((forms, line) => {
      if (taken.has(line)) return;
      const found = projects.findIndex((p, i) => !lineOf.has(i) && rule.matches(p, forms));
      if (found < 0) return;
      lineOf.set(found, line);
      taken.add(line);
    });
  }
  return lineOf;
}

/**
 * Extracted projects against reviewed ones, paired one to one (matchProjects): by name, by an
 * alias, or by either give or take a generic tail (项目, 工程). Errors: a reviewed project not
 * found (`missed`, or `boundary` when an extracted name overlaps it: cut or extended), an
 * extracted project matching nothing (`extra`, or counted as that boundary error).
 */
export function scoreProjects(projects: readonly FoundProject[], reviewed: readonly string[][]): ProjectScore {
  const lineOf = matchProjects(projects, reviewed);
  const recalledLines = new Set(lineOf.values());
  const overlapsAny = (name: string, others: readonly string[]) =>
    others.some((o) => o !== name && (o.includes(name) || name.includes(o)));
  const unmatched = projects.filter((_, i) => !lineOf.has(i));
  const unmatchedNames = unmatched.map((p) => p.name);
  const errors: ErrorExample[] = [
    ...reviewed
      .filter((_, line) => !recalledLines.has(line))
      .map((forms): ErrorExample => ({
        kind: forms.some((f) => overlapsAny(f, unmatchedNames)) ? 'boundary' : 'missed',
        name: forms[0],
      })),
    ...unmatched
      .filter((p) => !reviewed.some((forms, line) => !recalledLines.has(line) && overlapsAny(p.name, forms)))
      .map((p): ErrorExample => ({ kind: 'extra', name: p.name })),
  ];
  const byKind = new Map<string, string[]>();
  for (const e of errors) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.name]);
  const [worst] = [...byKind].sort((a, b) => b[1].length - a[1].length);
  return {
    precision: projects.length ? lineOf.size / projects.length : 0,
    recall: reviewed.length ? recalledLines.size / reviewed.length : 0,
    errors,
    commonError: worst ? `${worst[0]} ×${worst[1].length} (${worst[1].slice(0, 3).join(', ')})` : 'none',
  };
}

/** Extracts with an empty lexicon (the division data only) and compares with the reviewed lists. */
export function scoreReport(id: string): EntityScore {
  const report = parseDevReport(id);
  const graph = extractEntities(report, emptyLexicon());
  const of = (kind: Entity['kind']) => graph.entities.filter((e) => e.kind === kind);
  const projects = of('Project');
  const reviewed = reviewedProjects(id);

  const { precision, recall, errors, commonError } = scoreProjects(projects, reviewed);

  const places = reviewedPlaces(id);
  const mentioned = (kind: Entity['kind']) =>
    new Set(
      of(kind)
        .filter((e) => e.mentions.length)
        .map((e) => e.name),
    );
  const townshipsNamed = [...new Set(places.filter((p) => p.kind === 'TOWNSHIP').map((p) => p.name))];
  const villagesNamed = [...new Set(places.filter((p) => p.kind === 'VILLAGE').map((p) => p.name))];
  const foundTownships = mentioned('Township');
  const foundVillages = mentioned('Village');
  return {
    id,
    projectsFound: projects.length,
    projectsReviewed: reviewed.length,
    precision,
    recall,
    townshipsNamed,
    townshipsFound: townshipsNamed.filter((t) => foundTownships.has(t)),
    villagesNamed: villagesNamed.length,
    villagesFound: villagesNamed.filter((v) => foundVillages.has(v)).length,
    errors,
    commonError,
  };
}

/** The table the lead quotes: one row per report. */
export function scoreTable(scores: readonly EntityScore[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const rows = scores.map(
    (s) =>
      `| ${s.id} | ${s.projectsFound} | ${s.projectsReviewed} | ${pct(s.precision)} | ${pct(s.recall)} | ` +
      `${s.townshipsFound.length}/${s.townshipsNamed.length} | ${s.villagesFound}/${s.villagesNamed} | ${s.commonError} |`,
  );
  return [
    '| report | projects found | reviewed | precision | recall | townships found/named | villages found/named | most common remaining error |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}
