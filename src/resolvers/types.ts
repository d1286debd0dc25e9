import type { GraphQLResolveInfo } from 'graphql';
import { displayLabel } from '../graph/explore';
import { columnKey, hasPrefetched, prefetched } from '../graph/projection';
import type {
  CountyRecord,
  EnterpriseRecord,
  EntityRecord,
  IndicatorRecord,
  IndustryRecord,
  MentionRecord,
  MetricRecord,
  MilestoneRecord,
  NodeRecord,
  ParagraphRecord,
  PlatformRecord,
  ProjectRecord,
  ReportRecord,
  SectionRecord,
  SentenceRecord,
  TownshipRecord,
  VillageRecord,
} from '../graph/records';
import type { RelatedName } from '../graph/related';
import type { Assessment, Resolvers } from '../generated/graphql';
import type { GraphContext } from '../server/context';
import { ENTITY_KIND_LABELS } from '../graph/explore';
import { metricSeries, scorecardYears } from './delivery';
import { boundedInt } from './errors';
import { MAX_NESTED } from './fields';
import { kindOfLabel, TOWNSHIP_KINDS } from './kinds';

/**
 * The value of the field being resolved when the query that fetched its parent fetched it too
 * (a projection planned by plan.ts, under the field's response key); `none` when it did not.
 */
const none = Symbol('not fetched');
function fetched<T>(parent: unknown, info: GraphQLResolveInfo): T | typeof none {
  const key = String(info.path.key);
  return hasPrefetched(parent, key) ? (prefetched<T>(parent, key) as T) : none;
}

/**
 * `then` of what was fetched with the parent, synchronously (graphql-js completes a plain value
 * without a promise or a microtask), or else of what `load` loads.
 */
function fetchedOr<T, R>(given: T | typeof none, load: () => Promise<T>, then: (value: T) => R): R | Promise<R> {
  return given === none ? load().then(then) : then(given);
}

const firstOf =
  <T>(args: { first?: number | null }) =>
  (all: T[]): T[] =>
    args.first === undefined ? all : all.slice(0, boundedInt('first', args.first, 100, 0, MAX_NESTED));

const head = <T>(all: T[]): T | null => all[0] ?? null;
const itself = <T>(value: T): T => value;

/** A field that lists related nodes, batched per request; `first` caps long lists. */
function related<T extends NodeRecord>(name: RelatedName) {
  return (parent: { id: string }, args: { first?: number | null }, { graph }: GraphContext, info: GraphQLResolveInfo) =>
    fetchedOr(fetched<T[]>(parent, info), () => graph.related<T>(name, parent.id), firstOf<T>(args));
}

/** How many nodes a related list holds, whatever page of it is asked for (by the batched loader). */
function count(name: RelatedName) {
  return (parent: { id: string }, _: unknown, { graph }: GraphContext) =>
    graph.related(name, parent.id).then((all) => all.length);
}

function relatedOne<T extends NodeRecord>(name: RelatedName) {
  return (parent: { id: string }, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo) =>
    fetchedOr(fetched<T[]>(parent, info), () => graph.related<T>(name, parent.id), head<T>);
}

function mentions(
  parent: { id: string },
  args: { first?: number | null },
  { graph }: GraphContext,
  info: GraphQLResolveInfo,
) {
  return fetchedOr(
    fetched<MentionRecord[]>(parent, info),
    () => graph.mentions(parent.id),
    (all) => all.slice(0, boundedInt('first', args.first, 100, 0, MAX_NESTED)),
  );
}

/** Sentences, in all reports the request sees, that name the entity. */
function mentionCount(parent: { id: string }, _: unknown, { graph }: GraphContext): number | Promise<number> {
  const counted = prefetched<number>(parent, columnKey('mentionCount'));
  if (counted !== undefined) return counted;
  return graph.mentions(parent.id).then((all) => new Set(all.map((m) => `${m.reportId}/${m.sentenceId}`)).size);
}

function milestones(p: ProjectRecord, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo) {
  return fetchedOr(fetched<MilestoneRecord[]>(p, info), () => graph.milestones(p.id), itself);
}

/** A value of a project's latest milestone (by year, then by report, then in reading order). */
function latest<K extends 'year' | 'status' | 'stage'>(key: K) {
  return (p: ProjectRecord, _: unknown, { graph }: GraphContext) => {
    const column = columnKey('latestMilestone');
    const given = hasPrefetched(p, column) ? prefetched<Partial<MilestoneRecord> | null>(p, column)! : none;
    return fetchedOr<Partial<MilestoneRecord> | null, MilestoneRecord[K] | null>(
      given,
      async () => (await graph.milestones(p.id)).at(-1) ?? null,
      (m) => (m?.[key] as MilestoneRecord[K] | undefined) ?? null,
    );
  };
}

/** A node found by a property of its parent (its report, county, sentence, section …), fetched ahead or loaded. */
function reference<P, T extends NodeRecord>(load: (parent: P, graph: GraphContext['graph']) => Promise<T | null>) {
  return (parent: P, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo) =>
    fetchedOr(fetched<T | null>(parent, info), () => load(parent, graph), itself);
}

/** A reference the graph guarantees (a mention's sentence, an indicator's report …). */
function required<P, T extends NodeRecord>(
  what: (parent: P) => string,
  load: (parent: P, graph: GraphContext['graph']) => Promise<T | null>,
) {
  const check =
    (parent: P) =>
    (found: T | null): T => {
      if (!found) throw new Error(`graph is inconsistent: ${what(parent)} is missing`);
      return found;
    };
  return (parent: P, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo) =>
    fetchedOr(fetched<T | null>(parent, info), () => load(parent, graph), check(parent));
}

const sentenceOf = required<{ sentenceId: string }, SentenceRecord>(
  (p) => `sentence ${p.sentenceId}`,
  (p, graph) => graph.nodeOfLabel<SentenceRecord>(p.sentenceId, 'Sentence'),
);

/** The report a report's own node, a mention or a milestone belongs to. */
const reportOf = required<{ reportId: string }, ReportRecord>(
  (p) => `report ${p.reportId}`,
  (p, graph) => graph.report(p.reportId),
);

const countyOf = required<{ countyCode: string }, CountyRecord>(
  (p) => `county ${p.countyCode}`,
  (p, graph) => graph.nodeOfLabel<CountyRecord>(`county:${p.countyCode}`, 'County'),
);

const sectionOf = required<{ sectionId: string }, SectionRecord>(
  (p) => `section ${p.sectionId}`,
  (p, graph) => graph.nodeOfLabel<SectionRecord>(p.sectionId, 'Section'),
);

const label = (node: NodeRecord) => displayLabel(node);
const aliases = (node: { aliases?: string[] }) => node.aliases ?? [];

/** Fields every shared entity has. */
const shared = {
  label,
  county: countyOf,
  reports: related<ReportRecord>('entityReports'),
  mentions,
  mentionCount,
};

export const typeResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => node.label,
  },
  County: {
    label,
    aliases,
    reports: related<ReportRecord>('countyReports'),
    townships: related<TownshipRecord>('countyTownships'),
    scorecardYears: (c, _, { graph }) => scorecardYears(graph, c),
  },
  Report: {
    label,
    county: countyOf,
    countyName: (r) => r.countyName,
    loadedAt: (r) => new Date(r.loadedAt).toISOString(),
    stats: (r, _, { graph }) => graph.reportStats(r.build),
    sections: related<SectionRecord>('reportSections'),
    text: async (r, _, { graph }) => graph.reportText(r.build),
  },
  Section: {
    label,
    report: reportOf,
    part: (s) => s.part,
    parent: reference<SectionRecord, SectionRecord>((s, graph) =>
      s.parentId ? graph.nodeOfLabel<SectionRecord>(s.parentId, 'Section') : Promise.resolve(null),
    ),
    children: related<SectionRecord>('sectionChildren'),
    paragraphs: related<ParagraphRecord>('sectionParagraphs'),
  },
  Paragraph: {
    label,
    report: reportOf,
    section: sectionOf,
    sentences: related<SentenceRecord>('paragraphSentences'),
  },
  Sentence: {
    label,
    report: reportOf,
    section: sectionOf,
    paragraph: required<SentenceRecord, ParagraphRecord>(
      (s) => `paragraph ${s.paragraphId}`,
      (s, graph) => graph.nodeOfLabel<ParagraphRecord>(s.paragraphId, 'Paragraph'),
    ),
    entities: async (s, { kinds }, { graph }) => {
      const labels = kinds?.length ? kinds.map((k) => ENTITY_KIND_LABELS[k]) : null;
      const found = await graph.sentenceEntities(s.id, s.build);
      return found.filter((m) => !labels || labels.includes(m.node.label));
    },
  },
  EntityMention: {
    kind: (m) => kindOfLabel(m.node.label),
    name: (m) => m.node.name,
  },
  Mention: {
    sentence: sentenceOf,
    report: reportOf,
  },
  Township: {
    ...shared,
    townshipKind: (t) => TOWNSHIP_KINDS[t.townshipKind],
    kind: (t) => TOWNSHIP_KINDS[t.townshipKind],
    projectCount: count('townshipProjects'),
    indicatorCount: count('aboutIndicators'),
    kindLabel: (t) => t.kindLabel ?? t.townshipKind,
    projects: related<ProjectRecord>('townshipProjects'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
    villages: related<VillageRecord>('townshipVillages'),
    enterprises: related<EnterpriseRecord>('townshipEnterprises'),
    platforms: related<PlatformRecord>('townshipPlatforms'),
  },
  Village: {
    ...shared,
    code: (v) => v.code ?? null,
    township: relatedOne<TownshipRecord>('villageTownship'),
  },
  Platform: {
    ...shared,
    projectCount: count('platformProjects'),
    townships: related<TownshipRecord>('platformTownships'),
    industries: related<IndustryRecord>('platformIndustries'),
    projects: related<ProjectRecord>('platformProjects'),
    enterprises: related<EnterpriseRecord>('platformEnterprises'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
  },
  Industry: {
    ...shared,
    projectCount: count('industryProjects'),
    parent: relatedOne<IndustryRecord>('industryParent'),
    subsectors: related<IndustryRecord>('industrySubsectors'),
    projects: related<ProjectRecord>('industryProjects'),
    enterprises: related<EnterpriseRecord>('industryEnterprises'),
    platforms: related<PlatformRecord>('industryPlatforms'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
  },
  Enterprise: {
    ...shared,
    industries: related<IndustryRecord>('enterpriseIndustries'),
    townships: related<TownshipRecord>('enterpriseTownships'),
    projects: related<ProjectRecord>('enterpriseProjects'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
  },
  Project: {
    ...shared,
    aliases,
    year: latest('year'),
    status: latest('status'),
    stage: latest('stage'),
    milestones,
    timeline: milestones,
    townships: related<TownshipRecord>('projectTownships'),
    industries: related<IndustryRecord>('projectIndustries'),
    platform: relatedOne<PlatformRecord>('projectPlatforms'),
    platforms: related<PlatformRecord>('projectPlatforms'),
    enterprises: related<EnterpriseRecord>('projectEnterprises'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
  },
  Milestone: {
    statement: (m, _, context, info) => {
      const statement = (m as MilestoneRecord & { statement?: string }).statement;
      if (statement !== undefined) return statement;
      const sentence = sentenceOf(m, _, context, info);
      return sentence instanceof Promise ? sentence.then((s) => s.text) : sentence.text;
    },
    sentence: sentenceOf,
    report: reportOf,
  },
  Indicator: {
    label,
    indicatorKind: (i) => i.indicatorKind,
    kind: (i) => i.indicatorKind,
    report: reportOf,
    metric: (i, _, { graph }, info) =>
      fetchedOr(
        fetched<MetricRecord[]>(i, info),
        () => graph.related<MetricRecord>('indicatorMetric', i.id),
        ([metric]) => {
          if (!metric) throw new Error(`graph is inconsistent: indicator ${i.id} measures no metric`);
          return metric;
        },
      ),
    sentence: sentenceOf,
    townships: related<TownshipRecord>('indicatorTownships'),
    industries: related<IndustryRecord>('indicatorIndustries'),
    platforms: related<PlatformRecord>('indicatorPlatforms'),
    projects: related<ProjectRecord>('indicatorProjects'),
    enterprises: related<EnterpriseRecord>('indicatorEnterprises'),
    mentions,
  },
  Metric: {
    label,
    aliases,
    county: countyOf,
    reports: related<ReportRecord>('entityReports'),
    indicators: (m, { kind, year }, { graph }, info) =>
      fetchedOr(
        fetched<IndicatorRecord[]>(m, info),
        () => graph.related<IndicatorRecord>('metricIndicators', m.id),
        (all) => all.filter((i) => (!kind || i.indicatorKind === kind) && (year == null || i.year === year)),
      ),
    indicatorCount: count('metricIndicators'),
    series: (m, _, { graph }) => metricSeries(graph, m),
  },
  Group: {
    node: (g, _, { graph }) => (g.nodeId ? graph.node(g.nodeId) : null),
    sum: (g) => (g.values.length ? g.values.reduce((a, b) => a + b, 0) : null),
    min: (g) => (g.values.length ? Math.min(...g.values) : null),
    max: (g) => (g.values.length ? Math.max(...g.values) : null),
    avg: (g) => (g.values.length ? g.values.reduce((a, b) => a + b, 0) / g.values.length : null),
  },
  Scorecard: {
    items: (s, { assessment }) => s.items.filter((i) => !assessment || i.assessment === assessment),
    counts: (s) =>
      (['MET', 'MET_FLOOR_ONLY', 'MISSED', 'NO_RESULT_REPORTED', 'NO_TARGET_SET'] as Assessment[]).map(
        (assessment) => ({ assessment, count: s.items.filter((i) => i.assessment === assessment).length }),
      ),
  },
  SearchHit: {
    kind: (h) => kindOfLabel(h.node.label),
    label: (h) => displayLabel(h.node as EntityRecord),
  },
};
