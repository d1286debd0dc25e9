import { displayLabel } from '../graph/explore';
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
import type { Assessment, MetricIndicatorsArgs, Resolvers } from '../generated/graphql';
import type { GraphContext } from '../server/context';
import { ENTITY_KIND_LABELS } from '../graph/explore';
import { metricSeries, scorecardYears } from './delivery';
import { boundedInt } from './errors';
import { kindOfLabel, TOWNSHIP_KINDS } from './kinds';

/** The most a nested list returns; its `first` is checked against it. */
export const MAX_NESTED = 100;

/**
 * What a field resolver loads, written on the resolver itself, so that the query that
 * fetches its parent can fetch it too (prefetch.ts) instead of leaving it to a loader.
 */
export interface Prefetchable {
  loads: RelatedName | 'mentions' | 'milestones';
}

function loading<F>(loads: Prefetchable['loads'], resolve: F): F & Prefetchable {
  return Object.assign(resolve as F & object, { loads });
}

/** A field that lists related nodes, batched per request; `first` caps long lists. */
function related<T extends NodeRecord>(name: RelatedName) {
  return loading(
    name,
    async (parent: { id: string }, args: { first?: number | null }, { graph }: GraphContext): Promise<T[]> => {
      const all = await graph.related<T>(name, parent.id);
      return args.first === undefined ? all : all.slice(0, boundedInt('first', args.first, 100, 0, MAX_NESTED));
    },
  );
}

/** How many nodes a related list holds, whatever page of it is asked for. */
function count(name: RelatedName) {
  return loading(
    name,
    async (parent: { id: string }, _: unknown, { graph }: GraphContext) =>
      (await graph.related(name, parent.id)).length,
  );
}

function relatedOne<T extends NodeRecord>(name: RelatedName) {
  return loading(
    name,
    async (parent: { id: string }, _: unknown, { graph }: GraphContext): Promise<T | null> =>
      (await graph.related<T>(name, parent.id))[0] ?? null,
  );
}

const mentions = loading(
  'mentions',
  async (parent: { id: string }, args: { first?: number | null }, { graph }: GraphContext) => {
    const all = await graph.mentions(parent.id);
    return all.slice(0, boundedInt('first', args.first, 100, 0, MAX_NESTED));
  },
);

/** Sentences, in all reports the request sees, that name the entity. */
const mentionCount = loading('mentions', async (parent: { id: string }, _: unknown, { graph }: GraphContext) => {
  const all = await graph.mentions(parent.id);
  return new Set(all.map((m) => `${m.reportId}/${m.sentenceId}`)).size;
});

const milestones = loading('milestones', (p: ProjectRecord, _: unknown, { graph }: GraphContext) =>
  graph.milestones(p.id),
);

/** The latest milestone of a project: by year, then by report, then in reading order. */
async function latestMilestone(p: ProjectRecord, graph: GraphContext['graph']): Promise<MilestoneRecord | null> {
  return (await graph.milestones(p.id)).at(-1) ?? null;
}

async function sentenceOf(
  parent: { sentenceId: string },
  _: unknown,
  { graph }: GraphContext,
): Promise<SentenceRecord> {
  const sentence = await graph.nodeOfLabel<SentenceRecord>(parent.sentenceId, 'Sentence');
  if (!sentence) throw new Error(`graph is inconsistent: sentence ${parent.sentenceId} is missing`);
  return sentence;
}

/** The report a report's own node, a mention or a milestone belongs to. */
async function reportOf(parent: { reportId: string }, _: unknown, { graph }: GraphContext): Promise<ReportRecord> {
  const report = await graph.report(parent.reportId);
  if (!report) throw new Error(`graph is inconsistent: report ${parent.reportId} is missing`);
  return report;
}

async function countyOf(parent: { countyCode: string }, _: unknown, { graph }: GraphContext): Promise<CountyRecord> {
  const county = await graph.nodeOfLabel<CountyRecord>(`county:${parent.countyCode}`, 'County');
  if (!county) throw new Error(`graph is inconsistent: county ${parent.countyCode} is missing`);
  return county;
}

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
    parent: (s, _, { graph }) => (s.parentId ? graph.nodeOfLabel<SectionRecord>(s.parentId, 'Section') : null),
    children: related<SectionRecord>('sectionChildren'),
    paragraphs: related<ParagraphRecord>('sectionParagraphs'),
  },
  Paragraph: {
    label,
    report: reportOf,
    section: (p, _, { graph }) => graph.nodeOfLabel<SectionRecord>(p.sectionId, 'Section') as Promise<SectionRecord>,
    sentences: related<SentenceRecord>('paragraphSentences'),
  },
  Sentence: {
    label,
    report: reportOf,
    section: (s, _, { graph }) => graph.nodeOfLabel<SectionRecord>(s.sectionId, 'Section') as Promise<SectionRecord>,
    paragraph: (s, _, { graph }) =>
      graph.nodeOfLabel<ParagraphRecord>(s.paragraphId, 'Paragraph') as Promise<ParagraphRecord>,
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
    sentence: (m: MentionRecord, _, context) => sentenceOf(m, _, context),
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
    year: loading('milestones', async (p: ProjectRecord, _: unknown, { graph }: GraphContext) => {
      return (await latestMilestone(p, graph))?.year ?? null;
    }),
    status: loading('milestones', async (p: ProjectRecord, _: unknown, { graph }: GraphContext) => {
      return (await latestMilestone(p, graph))?.status ?? null;
    }),
    stage: loading('milestones', async (p: ProjectRecord, _: unknown, { graph }: GraphContext) => {
      return (await latestMilestone(p, graph))?.stage ?? null;
    }),
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
    statement: async (m, _, context) => (await sentenceOf(m, _, context)).text,
    sentence: sentenceOf,
    report: reportOf,
  },
  Indicator: {
    label,
    indicatorKind: (i) => i.indicatorKind,
    kind: (i) => i.indicatorKind,
    writtenUnit: (i) => i.unit,
    // Where the copy lost the unit, the metric's (the unit its other statements are written in).
    unit: loading('indicatorMetric', async (i: IndicatorRecord, _: unknown, { graph }: GraphContext) => {
      if (i.unit) return i.unit;
      const [metric] = await graph.related<MetricRecord>('indicatorMetric', i.id);
      return metric?.unit ?? null;
    }),
    report: reportOf,
    metric: loading('indicatorMetric', async (i: IndicatorRecord, _: unknown, { graph }: GraphContext) => {
      const [metric] = await graph.related<MetricRecord>('indicatorMetric', i.id);
      if (!metric) throw new Error(`graph is inconsistent: indicator ${i.id} measures no metric`);
      return metric;
    }),
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
    indicators: loading(
      'metricIndicators',
      async (m: MetricRecord, { kind, year }: MetricIndicatorsArgs, { graph }: GraphContext) => {
        const all = await graph.related<IndicatorRecord>('metricIndicators', m.id);
        return all.filter((i) => (!kind || i.indicatorKind === kind) && (year == null || i.year === year));
      },
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
