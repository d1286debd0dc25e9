import type { Divisions } from '../../places/divisions';
import { entityId } from '../ids';
import { LexiconError, type Lexicon } from '../lexicon';
import type {
  EnterpriseEntity,
  Entity,
  ExtractedGraph,
  IndustryEntity,
  Mention,
  ParsedReport,
  PlatformEntity,
  ProjectEntity,
  Relation,
  RelationType,
} from '../types';
import { LINK_RULES, type LinkContext, type Located } from './links';
import {
  findMentions,
  findPhraseMentions,
  mergeMentions,
  overlaps,
  type KeyedMention,
  type NameForm,
} from './mentions';
import { findPlaces } from './places';
import { detectProjects } from './projects';

/**
 * Turns a parsed report into the places, platforms, industries, companies and projects it
 * names, each with every place the report names it (mentions), and the links between them.
 * Townships and villages come from the national division data (places/); platforms,
 * industries and companies from the lexicon; projects by rule (projects.ts). Links come from
 * the lexicon (knowledge the report assumes) and from the text, by the ordered table of link
 * rules in links/ (a place written inside a project's name locates it, …).
 */

type Keyed<T> = Map<string, T>;

function formsOf(entries: readonly { name: string; aliases: string[] }[]): NameForm[] {
  return entries.flatMap((e) => [e.name, ...e.aliases].map((form) => ({ key: e.name, form })));
}

function groupByKey(mentions: readonly KeyedMention[]): Keyed<Mention[]> {
  const grouped = new Map<string, Mention[]>();
  for (const { key, ...mention } of mentions) grouped.set(key, [...(grouped.get(key) ?? []), mention]);
  return grouped;
}

/** Adds the forms a mention quotes that are neither the name nor a listed alias (phrase parts). */
function withQuotedAliases(name: string, aliases: readonly string[], mentions: readonly Mention[]): string[] {
  const all = [...aliases];
  for (const m of mentions) if (m.quote !== name && !all.includes(m.quote)) all.push(m.quote);
  return all;
}

export class RelationSet {
  private readonly seen = new Set<string>();
  readonly relations: Relation[] = [];

  add(type: RelationType, from: string, to: string, sentenceId?: string): void {
    const key = `${type}|${from}|${to}`;
    if (from === to || this.seen.has(key)) return;
    this.seen.add(key);
    this.relations.push(sentenceId ? { type, from, to, sentenceId } : { type, from, to });
  }
}

function located(kind: Located['kind'], byName: Keyed<Mention[]>): Located[] {
  return [...byName].flatMap(([name, mentions]) => mentions.map((mention) => ({ kind, name, mention })));
}

/** Township names the lexicon refers to must be townships of the county (or of townships.json). */
function checkTownshipRefs(file: string, refs: readonly string[], townships: ReadonlySet<string>, county: string) {
  for (const ref of refs) {
    if (!townships.has(ref)) {
      throw new LexiconError(
        file,
        `unknown township "${ref}": not a township of ${county} (check the name against data/divisions or add it to townships.json)`,
      );
    }
  }
}

export interface ExtractOptions {
  /** The division data (default: data/divisions, loaded once per process). */
  divisions?: Divisions;
}

export function extractEntities(report: ParsedReport, lexicon: Lexicon, options: ExtractOptions = {}): ExtractedGraph {
  const { text, sentences } = report;
  const id = entityId;
  const relations = new RelationSet();
  const places = findPlaces(report, lexicon, options.divisions);
  for (const r of places.relations) relations.add(r.type, r.from, r.to);

  const townshipNames = new Set(places.townships.map((t) => t.name));
  const countyName = places.gazetteer.county?.name ?? report.meta.county;
  checkTownshipRefs(
    'platforms.json',
    lexicon.platforms.platforms.flatMap((p) => p.townships),
    townshipNames,
    countyName,
  );
  checkTownshipRefs(
    'enterprises.json',
    lexicon.enterprises.flatMap((e) => e.townships),
    townshipNames,
    countyName,
  );
  checkTownshipRefs(
    'projects.json',
    lexicon.projects.projects.flatMap((p) => p.townships),
    townshipNames,
    countyName,
  );

  const enterpriseMentions = findMentions(text, sentences, formsOf(lexicon.enterprises));
  const found = {
    enterprises: groupByKey(enterpriseMentions),
    // 晨龙锯床 names a company; the 锯床 in it is not a mention of the industry.
    industries: groupByKey(
      findMentions(text, sentences, formsOf(lexicon.industries)).filter(
        (i) => !enterpriseMentions.some((e) => overlaps(e, i)),
      ),
    ),
    platforms: groupByKey(
      mergeMentions(
        findPhraseMentions(text, sentences, lexicon.platforms.phrases),
        findMentions(text, sentences, formsOf(lexicon.platforms.platforms)),
      ),
    ),
  };

  const platforms: PlatformEntity[] = lexicon.platforms.platforms.map((p) => {
    const mentions = found.platforms.get(p.name) ?? [];
    for (const t of p.townships) relations.add('LOCATED_IN', id('Platform', p.name), id('Township', t));
    for (const i of p.industries) relations.add('IN_INDUSTRY', id('Platform', p.name), id('Industry', i));
    return {
      kind: 'Platform',
      id: id('Platform', p.name),
      name: p.name,
      platformKind: p.platformKind,
      aliases: withQuotedAliases(p.name, p.aliases, mentions),
      mentions,
    };
  });
  const industries: IndustryEntity[] = lexicon.industries.map((i) => {
    const mentions = found.industries.get(i.name) ?? [];
    if (i.parent) relations.add('SUBSECTOR_OF', id('Industry', i.name), id('Industry', i.parent));
    return {
      kind: 'Industry',
      id: id('Industry', i.name),
      name: i.name,
      aliases: withQuotedAliases(i.name, i.aliases, mentions),
      mentions,
    };
  });
  const enterprises: EnterpriseEntity[] = lexicon.enterprises.map((e) => {
    const mentions = found.enterprises.get(e.name) ?? [];
    for (const i of e.industries) relations.add('IN_INDUSTRY', id('Enterprise', e.name), id('Industry', i));
    for (const t of e.townships) relations.add('LOCATED_IN', id('Enterprise', e.name), id('Township', t));
    return {
      kind: 'Enterprise',
      id: id('Enterprise', e.name),
      name: e.name,
      aliases: withQuotedAliases(e.name, e.aliases, mentions),
      mentions,
    };
  });

  const projects = detectProjects(report, lexicon, { places });
  const projectEntities: ProjectEntity[] = projects.map((p) => ({
    kind: 'Project',
    id: id('Project', p.name),
    name: p.name,
    aliases: p.aliases,
    category: p.category,
    milestones: p.milestones,
    mentions: p.mentions,
  }));

  const context: LinkContext = {
    report,
    townships: places.townships.flatMap((t) =>
      t.mentions.map((mention) => ({ kind: 'Township', name: t.name, mention })),
    ),
    platforms: located('Platform', found.platforms),
    industries: located('Industry', found.industries),
    enterprises: located('Enterprise', found.enterprises),
    projectMentions: projects.flatMap((p) => p.mentions.map((mention) => ({ kind: 'Project', name: p.name, mention }))),
    sentences: new Map(sentences.map((s) => [s.id, s])),
  };
  for (const project of projects) {
    for (const rule of LINK_RULES) {
      for (const link of rule.apply({ project, context }))
        relations.add(link.type, link.from, link.to, link.sentenceId);
    }
  }

  return {
    entities: [
      ...places.townships,
      ...places.villages,
      ...platforms,
      ...industries,
      ...enterprises,
      ...projectEntities,
    ],
    relations: relations.relations,
  };
}

// ---------------------------------------------------------------- inspection

export interface EntitySummary {
  entities: Record<string, number>;
  mentionedEntities: Record<string, number>;
  townshipsNotMentioned: string[];
  mentions: number;
  relations: Record<string, number>;
  projectsByCategory: Record<string, number>;
  milestonesByYear: Record<string, number>;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Counts to eyeball an extraction without a database: entities by kind, relations by type … */
export function summarizeEntities(graph: ExtractedGraph): EntitySummary {
  const projects = graph.entities.filter((e): e is ProjectEntity => e.kind === 'Project');
  return {
    entities: countBy(graph.entities, (e) => e.kind),
    mentionedEntities: countBy(
      graph.entities.filter((e: Entity) => e.mentions.length > 0),
      (e) => e.kind,
    ),
    townshipsNotMentioned: graph.entities
      .filter((e) => e.kind === 'Township' && e.mentions.length === 0)
      .map((e) => e.name),
    mentions: graph.entities.reduce((n, e) => n + e.mentions.length, 0),
    relations: countBy(graph.relations, (r) => r.type),
    projectsByCategory: countBy(projects, (p) => p.category),
    milestonesByYear: countBy(
      projects.flatMap((p) => p.milestones),
      (m) => String(m.year),
    ),
  };
}
