import type { Column, RefName } from '../graph/projection';
import type { RelatedName } from '../graph/related';

/** The most a nested list returns; its `first` is checked against it. */
export const MAX_NESTED = 100;

/**
 * What each field of a node type needs from the graph, declared once, so that the query fetching a
 * node can fetch exactly what a request selects on it, to any depth (plan.ts):
 *
 * - `props`: the stored properties its resolver reads (a field without a resolver reads the
 *   property of its own name, and needs no entry);
 * - `related`, `ref`, `evidence`: nodes linked to it, fetched in the same query and handed to the
 *   field's resolver (types.ts) under the field's response key (`reads`: properties of the linked
 *   nodes the resolver itself reads, to filter them);
 * - `column`: a value computed per node (a project's latest milestone, a mention count);
 * - `opaque`: a resolver that runs its own queries; `props` are what it reads of the node, `*` the
 *   whole node (it passes the node on to fields the planner does not see).
 *
 * tests/resolvers/fields.test.ts checks that every resolver of these types has an entry and every
 * entry names a field of the schema.
 */
export type FieldNeed =
  | { kind: 'props'; props: readonly string[] }
  | { kind: 'related'; name: RelatedName; limitArg?: 'first'; reads?: readonly string[] }
  | { kind: 'ref'; ref: RefName }
  | { kind: 'evidence'; of: 'mentions' | 'milestones' }
  | { kind: 'column'; column: Column }
  | { kind: 'opaque'; props: readonly string[] };

const props = (...names: string[]): FieldNeed => ({ kind: 'props', props: names });
const related = (name: RelatedName): FieldNeed => ({ kind: 'related', name });
/** A related list whose `first` argument caps it (applied in the query as a LIMIT). */
const relatedFirst = (name: RelatedName): FieldNeed => ({ kind: 'related', name, limitArg: 'first' });
const ref = (name: RefName): FieldNeed => ({ kind: 'ref', ref: name });
const column = (name: Column): FieldNeed => ({ kind: 'column', column: name });
const opaque = (...names: string[]): FieldNeed => ({ kind: 'opaque', props: names });
const MENTIONS: FieldNeed = { kind: 'evidence', of: 'mentions' };
const MILESTONES: FieldNeed = { kind: 'evidence', of: 'milestones' };

/** `label` (displayLabel in src/graph/explore.ts) reads the name, except for these. */
const NAMED = props('name');

/** Fields every shared entity has. */
const SHARED = {
  label: NAMED,
  county: ref('county'),
  reports: related('entityReports'),
  mentions: MENTIONS,
  mentionCount: column('mentionCount'),
};

export const FIELD_NEEDS: Record<string, Record<string, FieldNeed>> = {
  County: {
    label: NAMED,
    aliases: props('aliases'),
    reports: related('countyReports'),
    townships: related('countyTownships'),
    scorecardYears: opaque('code'),
  },
  Report: {
    label: props('title', 'countyName'),
    county: ref('county'),
    countyName: props('countyName'),
    loadedAt: props('loadedAt'),
    stats: opaque('build'),
    sections: related('reportSections'),
    text: opaque('build'),
  },
  Section: {
    label: props('title'),
    report: ref('report'),
    part: props('part'),
    parent: ref('parentSection'),
    children: related('sectionChildren'),
    paragraphs: related('sectionParagraphs'),
  },
  Paragraph: {
    label: props('topic', 'index'),
    report: ref('report'),
    section: ref('section'),
    sentences: related('paragraphSentences'),
  },
  Sentence: {
    label: props('text'),
    report: ref('report'),
    section: ref('section'),
    paragraph: ref('paragraph'),
    entities: opaque('build'),
  },
  Township: {
    ...SHARED,
    kind: props('townshipKind'),
    townshipKind: props('townshipKind'),
    // Counted by the batched loaders, whatever page of the list is asked for.
    projectCount: opaque(),
    indicatorCount: opaque(),
    kindLabel: props('kindLabel', 'townshipKind'),
    projects: relatedFirst('townshipProjects'),
    indicators: relatedFirst('aboutIndicators'),
    villages: related('townshipVillages'),
    enterprises: related('townshipEnterprises'),
    platforms: related('townshipPlatforms'),
  },
  Village: {
    ...SHARED,
    code: props('code'),
    township: related('villageTownship'),
  },
  Platform: {
    ...SHARED,
    townships: related('platformTownships'),
    industries: related('platformIndustries'),
    projects: relatedFirst('platformProjects'),
    projectCount: opaque(),
    enterprises: related('platformEnterprises'),
    indicators: relatedFirst('aboutIndicators'),
  },
  Industry: {
    ...SHARED,
    parent: related('industryParent'),
    subsectors: related('industrySubsectors'),
    projects: relatedFirst('industryProjects'),
    projectCount: opaque(),
    enterprises: related('industryEnterprises'),
    platforms: related('industryPlatforms'),
    indicators: relatedFirst('aboutIndicators'),
  },
  Enterprise: {
    ...SHARED,
    industries: related('enterpriseIndustries'),
    townships: related('enterpriseTownships'),
    projects: related('enterpriseProjects'),
    indicators: relatedFirst('aboutIndicators'),
  },
  Project: {
    ...SHARED,
    aliases: props('aliases'),
    year: column('latestMilestone'),
    status: column('latestMilestone'),
    stage: column('latestMilestone'),
    milestones: MILESTONES,
    timeline: MILESTONES,
    townships: related('projectTownships'),
    industries: related('projectIndustries'),
    platform: related('projectPlatforms'),
    platforms: related('projectPlatforms'),
    enterprises: related('projectEnterprises'),
    indicators: related('aboutIndicators'),
  },
  Indicator: {
    label: NAMED,
    kind: props('indicatorKind'),
    indicatorKind: props('indicatorKind'),
    report: ref('report'),
    metric: related('indicatorMetric'),
    sentence: ref('sentence'),
    townships: related('indicatorTownships'),
    industries: related('indicatorIndustries'),
    platforms: related('indicatorPlatforms'),
    projects: related('indicatorProjects'),
    enterprises: related('indicatorEnterprises'),
    mentions: MENTIONS,
  },
  Metric: {
    label: NAMED,
    aliases: props('aliases'),
    county: ref('county'),
    reports: related('entityReports'),
    // The resolver filters by its kind and year arguments.
    indicators: { kind: 'related', name: 'metricIndicators', reads: ['indicatorKind', 'year'] },
    indicatorCount: opaque(),
    series: opaque('*'),
  },
};

/** Fields of a mention or milestone (what evidence links return). */
export const EVIDENCE_FIELDS: Record<'Mention' | 'Milestone', Record<string, 'sentence' | 'report' | 'statement'>> = {
  Mention: { sentence: 'sentence', report: 'report' },
  Milestone: { sentence: 'sentence', report: 'report', statement: 'statement' },
};
