import type {
  EnterpriseRecord,
  IndicatorRecord,
  IndustryRecord,
  MentionRecord,
  MetricRecord,
  NodeRecord,
  ParagraphRecord,
  PlatformRecord,
  ProjectRecord,
  SectionRecord,
  SentenceRecord,
  TownshipRecord,
  VillageRecord,
} from '../graph/records';
import type { RelatedName } from '../graph/related';
import type { MetricIndicatorsArgs, Resolvers } from '../generated/graphql';
import type { GraphContext } from '../server/context';
import { boundedInt } from './errors';
import { ENTITY_KIND_LABELS } from '../graph/explore';
import { kindOfLabel, TOWNSHIP_KINDS } from './kinds';

const MAX_NESTED = 500;

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

async function sentenceOf(
  parent: { sentenceId: string },
  _: unknown,
  { graph }: GraphContext,
): Promise<SentenceRecord> {
  const sentence = await graph.nodeOfLabel<SentenceRecord>(parent.sentenceId, 'Sentence');
  if (!sentence) throw new Error(`graph is inconsistent: sentence ${parent.sentenceId} is missing`);
  return sentence;
}

export const typeResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => node.label,
  },
  Report: {
    sections: related<SectionRecord>('reportSections'),
  },
  Section: {
    part: (s) => s.part,
    parent: (s, _, { graph }) => (s.parentId ? graph.nodeOfLabel<SectionRecord>(s.parentId, 'Section') : null),
    children: related<SectionRecord>('sectionChildren'),
    paragraphs: related<ParagraphRecord>('sectionParagraphs'),
  },
  Paragraph: {
    section: (p, _, { graph }) => graph.nodeOfLabel<SectionRecord>(p.sectionId, 'Section') as Promise<SectionRecord>,
    sentences: related<SentenceRecord>('paragraphSentences'),
  },
  Sentence: {
    section: (s, _, { graph }) => graph.nodeOfLabel<SectionRecord>(s.sectionId, 'Section') as Promise<SectionRecord>,
    paragraph: (s, _, { graph }) =>
      graph.nodeOfLabel<ParagraphRecord>(s.paragraphId, 'Paragraph') as Promise<ParagraphRecord>,
    entities: async (s, { kinds }, { graph }) => {
      const labels = kinds?.length ? kinds.map((k) => ENTITY_KIND_LABELS[k]) : null;
      const found = await graph.sentenceEntities(s.id);
      return found.filter((m) => !labels || labels.includes(m.node.label));
    },
  },
  EntityMention: {
    kind: (m) => kindOfLabel(m.node.label),
    name: (m) => m.node.name,
  },
  Mention: {
    sentence: (m: MentionRecord, _, context) => sentenceOf(m, _, context),
  },
  Township: {
    kind: (t) => TOWNSHIP_KINDS[t.townshipKind],
    kindLabel: (t) => t.townshipKind,
    projects: related<ProjectRecord>('townshipProjects'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
    villages: related<VillageRecord>('townshipVillages'),
    enterprises: related<EnterpriseRecord>('townshipEnterprises'),
    platforms: related<PlatformRecord>('townshipPlatforms'),
    mentions,
  },
  Village: {
    township: relatedOne<TownshipRecord>('villageTownship'),
    mentions,
  },
  Platform: {
    townships: related<TownshipRecord>('platformTownships'),
    industries: related<IndustryRecord>('platformIndustries'),
    projects: related<ProjectRecord>('platformProjects'),
    enterprises: related<EnterpriseRecord>('platformEnterprises'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
    mentions,
  },
  Industry: {
    parent: relatedOne<IndustryRecord>('industryParent'),
    subsectors: related<IndustryRecord>('industrySubsectors'),
    projects: related<ProjectRecord>('industryProjects'),
    enterprises: related<EnterpriseRecord>('industryEnterprises'),
    platforms: related<PlatformRecord>('industryPlatforms'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
    mentions,
  },
  Enterprise: {
    industries: related<IndustryRecord>('enterpriseIndustries'),
    townships: related<TownshipRecord>('enterpriseTownships'),
    projects: related<ProjectRecord>('enterpriseProjects'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
    mentions,
  },
  Project: {
    aliases: (p) => p.aliases ?? [],
    milestones: loading('milestones', (p: ProjectRecord, _: unknown, { graph }: GraphContext) =>
      graph.milestones(p.id),
    ),
    townships: related<TownshipRecord>('projectTownships'),
    industries: related<IndustryRecord>('projectIndustries'),
    platform: relatedOne<PlatformRecord>('projectPlatforms'),
    platforms: related<PlatformRecord>('projectPlatforms'),
    enterprises: related<EnterpriseRecord>('projectEnterprises'),
    indicators: related<IndicatorRecord>('aboutIndicators'),
    mentions,
  },
  Milestone: {
    statement: async (m, _, context) => (await sentenceOf(m, _, context)).text,
    sentence: sentenceOf,
  },
  Indicator: {
    kind: (i) => i.indicatorKind,
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
    indicators: loading(
      'metricIndicators',
      async (m: MetricRecord, { kind, year }: MetricIndicatorsArgs, { graph }: GraphContext) => {
        const all = await graph.related<IndicatorRecord>('metricIndicators', m.id);
        return all.filter((i) => (!kind || i.indicatorKind === kind) && (year == null || i.year === year));
      },
    ),
  },
  SearchHit: {
    kind: (h) => kindOfLabel(h.node.label),
  },
};
