/**
 * Plain records the data-access layer returns: one per node label, shaped as
 * stored in Neo4j. GraphQL resolvers (typed by codegen mappers) map them to the schema.
 */

export type EntityLabel =
  'Township' | 'Village' | 'Platform' | 'Industry' | 'Enterprise' | 'Project' | 'Indicator' | 'Metric';

export type NodeLabel = EntityLabel | 'Report' | 'Section' | 'Paragraph' | 'Sentence';

interface NodeBase {
  id: string;
}

export interface ReportRecord extends NodeBase {
  label: 'Report';
  title: string;
  county: string;
  year: number;
  resultsYear: number;
  issuedBy: string;
  publishedAt: string;
  source: string;
  contentHash: string;
  text: string;
}

export interface SectionRecord extends NodeBase {
  label: 'Section';
  number: string | null;
  title: string;
  level: number;
  part: 'PREAMBLE' | 'RESULTS' | 'GOALS' | 'TASKS';
  order: number;
  start: number;
  end: number;
  parentId: string | null;
}

export interface ParagraphRecord extends NodeBase {
  label: 'Paragraph';
  index: number;
  topic: string | null;
  start: number;
  end: number;
  sectionId: string;
}

export interface SentenceRecord extends NodeBase {
  label: 'Sentence';
  index: number;
  text: string;
  start: number;
  end: number;
  year: number;
  sectionId: string;
  paragraphId: string;
}

interface EntityBase extends NodeBase {
  name: string;
  /** Number of sentences that name the entity. */
  mentionCount: number;
  /** Offset of the first mention in the report (Infinity-like large number when never mentioned). */
  position: number;
}

export interface TownshipRecord extends EntityBase {
  label: 'Township';
  shortName: string;
  townshipKind: '街道' | '镇' | '乡';
}

export interface VillageRecord extends EntityBase {
  label: 'Village';
}

export interface PlatformRecord extends EntityBase {
  label: 'Platform';
  platformKind: string;
}

export interface IndustryRecord extends EntityBase {
  label: 'Industry';
}

export interface EnterpriseRecord extends EntityBase {
  label: 'Enterprise';
}

export interface ProjectRecord extends EntityBase {
  label: 'Project';
  aliases: string[];
  category: string;
  year: number | null;
  status: string | null;
}

export interface IndicatorRecord extends EntityBase {
  label: 'Indicator';
  indicatorKind: 'TARGET' | 'RESULT';
  year: number;
  value: number;
  unit: string | null;
  comparator: 'AT_LEAST' | 'ABOUT' | 'EXACTLY' | 'AT_MOST';
  stretch: boolean;
  statement: string;
  metricId: string;
  sentenceId: string;
}

export interface MetricRecord extends EntityBase {
  label: 'Metric';
  unit: string | null;
}

export type EntityRecord =
  | TownshipRecord
  | VillageRecord
  | PlatformRecord
  | IndustryRecord
  | EnterpriseRecord
  | ProjectRecord
  | IndicatorRecord
  | MetricRecord;

export type NodeRecord = EntityRecord | ReportRecord | SectionRecord | ParagraphRecord | SentenceRecord;

export interface MentionRecord {
  quote: string;
  start: number;
  end: number;
  sentenceId: string;
}

export interface EntityMentionRecord extends MentionRecord {
  node: EntityRecord;
}

export interface MilestoneRecord {
  year: number;
  status: string;
  sentenceId: string;
}

export interface SearchHitRecord {
  score: number;
  node: EntityRecord | SentenceRecord;
  snippet: string;
}

export interface EdgeRecord<T> {
  cursor: string;
  node: T;
}

export interface ConnectionRecord<T> {
  totalCount: number;
  edges: EdgeRecord<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface SubgraphRecord {
  nodes: { id: string; label: NodeLabel; display: string }[];
  edges: { type: string; source: string; target: string }[];
  truncated: boolean;
}
