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

/** A field that lists related nodes, batched per request; `first` caps long lists. */
function related<T extends NodeRecord>(name: RelatedName) {
  return async (
    parent: { id: string },
    args: { first?: number | null },
    { graph }: GraphContext,
    info: GraphQLResolveInfo,
  ): Promise<T[]> => {
    const given = fetched<T[]>(parent, info);
    const all = given === none ? await graph.related<T>(name, parent.id) : given;
    return args.first === undefined ? all : all.slice(0, boundedInt('first', args.first, 100, 0, MAX_NESTED));
  };
}

function relatedOne<T extends NodeRecord>(name: RelatedName) {
  return async (parent: { id: string }, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo) => {
    const given = fetched<T[]>(parent, info);
    return (given === none ? await graph.related<T>(name, parent.id) : given)[0] ?? null;
  };
}

async function mentionsOf(parent: { id: string }, graph: GraphContext['graph'], info: GraphQLResolveInfo) {
  const given = fetched<MentionRecord[]>(parent, info);
  return given === none ? graph.mentions(parent.id) : given;
}

async function mentions(
  parent: { id: string },
  args: { first?: number | null },
  { graph }: GraphContext,
  info: GraphQLResolveInfo,
) {
  const all = await mentionsOf(parent, graph, info);
  return all.slice(0, boundedInt('first', args.first, 100, 0, MAX_NESTED));
}

/** Sentences, in all reports the request sees, that name the entity. */
async function mentionCount(parent: { id: string }, _: unknown, { graph }: GraphContext): Promise<number> {
  const counted = prefetched<number>(parent, columnKey('mentionCount'));
  if (counted !== undefined) return counted;
  const all = await graph.mentions(parent.id);
  return new Set(all.map((m) => `${m.reportId}/${m.sentenceId}`)).size;
}

async function milestones(p: ProjectRecord, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo) {
  const given = fetched<MilestoneRecord[]>(p, info);
  return given === none ? graph.milestones(p.id) : given;
}

/** The latest milestone of a project: by year, then by report, then in reading order. */
async function latestMilestone(
  p: ProjectRecord,
  graph: GraphContext['graph'],
): Promise<Partial<MilestoneRecord> | null> {
  if (hasPrefetched(p, columnKey('latestMilestone')))
    return prefetched<MilestoneRecord | null>(p, columnKey('latestMilestone')) ?? null;
  return (await graph.milestones(p.id)).at(-1) ?? null;
}

/** A node found by a property of its parent (its report, county, sentence, section …), fetched ahead or loaded. */
function reference<P, T extends NodeRecord>(load: (parent: P, graph: GraphContext['graph']) => Promise<T | null>) {
  return async (parent: P, _: unknown, { graph }: GraphContext, info: GraphQLResolveInfo): Promise<T | null> => {
    const given = fetched<T | null>(parent, info);
    return given === none ? load(parent, graph) : given;
  };
}

/** A reference the graph guarantees (a mention's sentence, an indicator's report …). */
function required<P, T extends NodeRecord>(
  what: (parent: P) => string,
  load: (parent: P, graph: GraphContext['graph']) => Promise<T | null>,
) {
  const resolve = reference(load);
  return async (parent: P, args: unknown, context: GraphContext, info: GraphQLResolveInfo): Promise<T> => {
    const found = await resolve(parent, args, context, info);
    if (!found) throw new Error(`graph is inconsistent: ${what(parent)} is missing`);
    return found;
  };
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
    kind: (t) => TOWNSHIP_KINDS[t.townshipKind],
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
    townships: related<TownshipRecord>('platformTownships'),
    industries: related<IndustryRecord>('platformIndustries'),
    projects: related<ProjectRecord>('platformProjects'),
    enterprises: related<EnterpriseRecord>('platformEnterprises'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
  },
  Industry: {
    ...shared,
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
    year: async (p, _, { graph }) => (await latestMilestone(p, graph))?.year ?? null,
    status: async (p, _, { graph }) => (await latestMilestone(p, graph))?.status ?? null,
    stage: async (p, _, { graph }) => (await latestMilestone(p, graph))?.stage ?? null,
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
    statement: async (m, _, context, info) =>
      (m as MilestoneRecord & { statement?: string }).statement ?? (await sentenceOf(m, _, context, info)).text,
    sentence: sentenceOf,
    report: reportOf,
  },
  Indicator: {
    label,
    kind: (i) => i.indicatorKind,
    report: reportOf,
    metric: async (i, _, context, info) => {
      const metric = await relatedOne<MetricRecord>('indicatorMetric')(i, _, context, info);
      if (!metric) throw new Error(`graph is inconsistent: indicator ${i.id} measures no metric`);
      return metric;
    },
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
    indicators: async (m, { kind, year }, context, info) => {
      const all = await related<IndicatorRecord>('metricIndicators')(m, {}, context, info);
      return all.filter((i) => (!kind || i.indicatorKind === kind) && (year == null || i.year === year));
    },
    series: (m, _, { graph }) => metricSeries(graph, m),
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
