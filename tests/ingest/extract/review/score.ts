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

/**
 * Extracted projects against reviewed ones: a project matches a reviewed line when its name or
 * one of its aliases is one of the line's forms. Errors: a reviewed project not found
 * (`missed`, or `boundary` when an extracted name overlaps it: cut or extended), an extracted
 * project matching nothing (`extra`, or counted as that boundary error).
 */
export function scoreProjects(
  projects: readonly { name: string; aliases: string[] }[],
  reviewed: readonly string[][],
): ProjectScore {
  const matches = (p: { name: string; aliases: string[] }, forms: string[]) =>
    forms.some((f) => f === p.name || p.aliases.includes(f));
  const hits = projects.filter((p) => reviewed.some((forms) => matches(p, forms)));
  const recalled = reviewed.filter((forms) => projects.some((p) => matches(p, forms)));
  const overlapsAny = (name: string, others: readonly string[]) =>
    others.some((o) => o !== name && (o.includes(name) || name.includes(o)));
  const extractedNames = projects.map((p) => p.name);
  const errors: ErrorExample[] = [
    ...reviewed
      .filter((forms) => !recalled.includes(forms))
      .map((forms): ErrorExample => ({
        kind: forms.some((f) => overlapsAny(f, extractedNames)) ? 'boundary' : 'missed',
        name: forms[0],
      })),
    ...projects
      .filter((p) => !hits.includes(p))
      .filter((p) => !reviewed.some((forms) => overlapsAny(p.name, forms)))
      .map((p): ErrorExample => ({ kind: 'extra', name: p.name })),
  ];
  const byKind = new Map<string, string[]>();
  for (const e of errors) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.name]);
  const [worst] = [...byKind].sort((a, b) => b[1].length - a[1].length);
  return {
    precision: projects.length ? hits.length / projects.length : 0,
    recall: reviewed.length ? recalled.length / reviewed.length : 0,
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
