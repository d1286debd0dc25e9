import { entityId } from '../ids';
import type { Lexicon, TownshipEntry } from '../lexicon';
import type {
  EnterpriseEntity,
  Entity,
  EntityKind,
  ExtractedGraph,
  IndustryEntity,
  Mention,
  ParsedReport,
  PlatformEntity,
  ProjectEntity,
  Relation,
  RelationType,
  Sentence,
  Span,
  TownshipEntity,
  VillageEntity,
} from '../types';
import {
  contains,
  findMentions,
  findPhraseMentions,
  mergeMentions,
  overlaps,
  type KeyedMention,
  type NameForm,
} from './mentions';
import { detectProjects, type DetectedProject } from './projects';

/**
 * Turns a parsed report into the places, platforms, industries, companies and
 * projects it names, each with every place the report names it (mentions), and
 * the links between them. Links come from the lexicon (knowledge the report
 * assumes) and from the text: a place or platform written inside a project's
 * name locates it (壶镇四星级酒店 → 壶镇镇, 丽缙高新区科创中心 → 丽缙高新区), and a
 * township named before the only project of a clause locates that project
 * (新建镇落地全首个竹林碳汇项目).
 */

/** Joiners of a list of places: 新建、大洋、石笕; 新碧和新建; 仙都至壶镇; 东方经舒洪. */
const PLACE_JOINERS = new Set(['、', '和', '至', '经']);
const CLAUSE_BREAK = /[,;:。!?]/;

type Keyed<T> = Map<string, T>;

function formsOf(entries: readonly { name: string; aliases: string[] }[]): NameForm[] {
  return entries.flatMap((e) => [e.name, ...e.aliases].map((form) => ({ key: e.name, form })));
}

function groupByKey(mentions: readonly KeyedMention[]): Keyed<Mention[]> {
  const grouped = new Map<string, Mention[]>();
  for (const { key, ...mention } of mentions) grouped.set(key, [...(grouped.get(key) ?? []), mention]);
  return grouped;
}

// ---------------------------------------------------------------- townships

function townshipForms(townships: readonly TownshipEntry[]): NameForm[] {
  return townships.flatMap((t) => [t.name, t.shortName, ...t.aliases].map((form) => ({ key: t.name, form })));
}

/**
 * An ambiguous short form (新建, 仙都) counts only when joined to another
 * township's name: 新建、大洋、石笕 yes; 新建500套人才公寓, 新建溪, 仙都景区 no.
 */
function townshipContextRule(townships: readonly TownshipEntry[]) {
  const ambiguous = new Set(townships.filter((t) => t.ambiguousShortName).map((t) => t.shortName));
  const forms = townshipForms(townships).map((f) => f.form);
  const joinedToPlace = (text: string, start: number, end: number): boolean => {
    if (PLACE_JOINERS.has(text[end]) && forms.some((f) => text.startsWith(f, end + 1))) return true;
    const before = start - 1;
    return PLACE_JOINERS.has(text[before]) && forms.some((f) => text.slice(0, before).endsWith(f));
  };
  return (m: KeyedMention, _sentence: Sentence, text: string): boolean =>
    !ambiguous.has(m.quote) || joinedToPlace(text, m.start, m.end);
}

// ---------------------------------------------------------------- assembling

interface KindMentions {
  townships: Keyed<Mention[]>;
  villages: Keyed<Mention[]>;
  platforms: Keyed<Mention[]>;
  industries: Keyed<Mention[]>;
  enterprises: Keyed<Mention[]>;
}

function findAllMentions(report: ParsedReport, lexicon: Lexicon): KindMentions {
  const { text, sentences } = report;
  const villages = findMentions(text, sentences, formsOf(lexicon.villages));
  // 前路村 names a village, not 前路乡.
  const townships = findMentions(
    text,
    sentences,
    townshipForms(lexicon.townships),
    townshipContextRule(lexicon.townships),
  ).filter((t) => !villages.some((v) => overlaps(v, t)));
  const enterprises = findMentions(text, sentences, formsOf(lexicon.enterprises));
  // 晨龙锯床 names a company; the 锯床 in it is not a mention of the industry.
  const industries = findMentions(text, sentences, formsOf(lexicon.industries)).filter(
    (i) => !enterprises.some((e) => overlaps(e, i)),
  );
  const platformNames = findMentions(text, sentences, formsOf(lexicon.platforms.platforms));
  const platformPhrases = findPhraseMentions(text, sentences, lexicon.platforms.phrases);
  return {
    townships: groupByKey(townships),
    villages: groupByKey(villages),
    platforms: groupByKey(mergeMentions(platformPhrases, platformNames)),
    industries: groupByKey(industries),
    enterprises: groupByKey(enterprises),
  };
}

/** Adds the forms a mention quotes that are neither the name nor a listed alias (phrase parts). */
function withQuotedAliases(name: string, aliases: readonly string[], mentions: readonly Mention[]): string[] {
  const all = [...aliases];
  for (const m of mentions) if (m.quote !== name && !all.includes(m.quote)) all.push(m.quote);
  return all;
}

class RelationSet {
  private readonly seen = new Set<string>();
  readonly relations: Relation[] = [];

  add(type: RelationType, from: string, to: string, sentenceId?: string): void {
    const key = `${type}|${from}|${to}`;
    if (from === to || this.seen.has(key)) return;
    this.seen.add(key);
    this.relations.push(sentenceId ? { type, from, to, sentenceId } : { type, from, to });
  }
}

interface Located {
  kind: EntityKind;
  name: string;
  mention: Mention;
}

export function extractEntities(report: ParsedReport, lexicon: Lexicon): ExtractedGraph {
  const found = findAllMentions(report, lexicon);
  const projects = detectProjects(report, lexicon);
  const id = entityId;
  const relations = new RelationSet();

  const townships: TownshipEntity[] = lexicon.townships.map((t) => {
    const mentions = found.townships.get(t.name) ?? [];
    return {
      kind: 'Township',
      id: id('Township', t.name),
      name: t.name,
      shortName: t.shortName,
      townshipKind: t.kind,
      aliases: withQuotedAliases(t.name, [t.shortName, ...t.aliases], mentions),
      mentions,
    };
  });
  const villages: VillageEntity[] = lexicon.villages.map((v) => {
    const mentions = found.villages.get(v.name) ?? [];
    if (v.township) relations.add('IN_TOWNSHIP', id('Village', v.name), id('Township', v.township));
    return {
      kind: 'Village',
      id: id('Village', v.name),
      name: v.name,
      aliases: withQuotedAliases(v.name, v.aliases, mentions),
      mentions,
    };
  });
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
  const projectEntities: ProjectEntity[] = projects.map((p) => ({
    kind: 'Project',
    id: id('Project', p.name),
    name: p.name,
    aliases: p.aliases,
    category: p.category,
    milestones: p.milestones,
    mentions: p.mentions,
  }));

  linkProjects(projects, found, report, relations);

  return {
    entities: [...townships, ...villages, ...platforms, ...industries, ...enterprises, ...projectEntities],
    relations: relations.relations,
  };
}

function located(kind: EntityKind, byName: Keyed<Mention[]>): Located[] {
  return [...byName].flatMap(([name, mentions]) => mentions.map((mention) => ({ kind, name, mention })));
}

function clauseAround(text: string, sentence: Span, at: Span): Span {
  let start = at.start;
  while (start > sentence.start && !CLAUSE_BREAK.test(text[start - 1])) start -= 1;
  let end = at.end;
  while (end < sentence.end && !CLAUSE_BREAK.test(text[end])) end += 1;
  return { start, end };
}

function linkProjects(
  projects: readonly DetectedProject[],
  found: KindMentions,
  report: ParsedReport,
  relations: RelationSet,
): void {
  const townships = located('Township', found.townships);
  const platforms = located('Platform', found.platforms);
  const industries = located('Industry', found.industries);
  const enterprises = located('Enterprise', found.enterprises);
  const allProjectMentions = projects.flatMap((p) => p.mentions.map((m) => ({ name: p.name, mention: m })));
  const sentences = new Map(report.sentences.map((s) => [s.id, s]));

  for (const p of projects) {
    const from = entityId('Project', p.name);
    for (const t of p.links.townships) relations.add('LOCATED_IN', from, entityId('Township', t));
    for (const pl of p.links.platforms) relations.add('PART_OF', from, entityId('Platform', pl));
    for (const i of p.links.industries) relations.add('IN_INDUSTRY', from, entityId('Industry', i));
    for (const e of p.links.enterprises) relations.add('BUILT_BY', from, entityId('Enterprise', e));

    for (const m of p.mentions) {
      // What the project's own name contains: 壶镇四星级酒店, 丽缙高新区科创中心, 嘉宏运动二期, 缙云菜干培训中心.
      for (const t of townships)
        if (contains(m, t.mention)) relations.add('LOCATED_IN', from, entityId('Township', t.name), m.sentenceId);
      for (const pl of platforms)
        if (contains(m, pl.mention)) relations.add('PART_OF', from, entityId('Platform', pl.name), m.sentenceId);
      for (const i of industries)
        if (contains(m, i.mention)) relations.add('IN_INDUSTRY', from, entityId('Industry', i.name), m.sentenceId);
      for (const e of enterprises) {
        if (e.mention.start === m.start && contains(m, e.mention))
          relations.add('BUILT_BY', from, entityId('Enterprise', e.name), m.sentenceId);
      }
      // A township before this one project in its clause, outside any project name: 新建镇落地全首个竹林碳汇项目.
      const sentence = sentences.get(m.sentenceId)!;
      const clause = clauseAround(report.text, sentence, m);
      const projectsInClause = allProjectMentions.filter((o) => contains(clause, o.mention));
      if (new Set(projectsInClause.map((o) => o.name)).size !== 1) continue;
      for (const t of townships) {
        const before = t.mention.end <= m.start;
        if (before && contains(clause, t.mention) && !projectsInClause.some((o) => overlaps(o.mention, t.mention))) {
          relations.add('LOCATED_IN', from, entityId('Township', t.name), m.sentenceId);
        }
      }
    }
  }
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
