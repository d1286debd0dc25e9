/**
 * Plain records the data-access layer returns: one per node label, shaped as
 * stored in Neo4j. GraphQL resolvers (typed by codegen mappers) map them to the schema.
 */

import type { EntityLabel } from '../model/kinds';

export type { EntityLabel };

export type NodeLabel = EntityLabel | 'County' | 'Report' | 'Section' | 'Paragraph' | 'Sentence';

interface NodeBase {
  id: string;
}

/** What one report's own nodes carry: the report and the build (loaded version) they belong to. */
interface ReportOwned {
  reportId: string;
  build: string;
}

export interface CountyRecord extends NodeBase {
  label: 'County';
  code: string;
  name: string;
  aliases: string[];
  prefecture: string | null;
  province: string;
}

export interface ReportRecord extends NodeBase {
  label: 'Report';
  build: string;
  title: string;
  countyCode: string;
  countyName: string;
  year: number;
  resultsYear: number;
  issuedBy: string;
  publishedAt: string | null;
  source: string;
  contentHash: string;
  /** Epoch milliseconds when the build was written. */
  loadedAt: number;
}

export interface ReportStatsRecord {
  sentences: number;
  projects: number;
  indicators: number;
  targets: number;
  results: number;
  metrics: number;
  townships: number;
  villages: number;
  industries: number;
  enterprises: number;
  platforms: number;
}

export interface SectionRecord extends NodeBase, ReportOwned {
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

export interface ParagraphRecord extends NodeBase, ReportOwned {
  label: 'Paragraph';
  index: number;
  topic: string | null;
  start: number;
  end: number;
  sectionId: string;
}

export interface SentenceRecord extends NodeBase, ReportOwned {
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
  countyCode: string;
  aliases?: string[];
  /** Orders entities by first mention: the earliest report naming it, then the offset there. */
  position: number;
}

export interface TownshipRecord extends EntityBase {
  label: 'Township';
  code: string;
  shortName: string;
  townshipKind: '街道' | '镇' | '乡' | '其他';
  /** The division's own suffix when townshipKind is 其他 (片区 …). */
  kindLabel: string;
}

export interface VillageRecord extends EntityBase {
  label: 'Village';
  code: string | null;
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
}

export interface IndicatorRecord extends EntityBase, ReportOwned {
  label: 'Indicator';
  indicatorKind: 'TARGET' | 'RESULT';
  year: number;
  value: number;
  /** As written, or where the copy lost it, the unit the report writes the metric in. */
  unit: string | null;
  /** As written (null where the copy lost it). */
  writtenUnit: string | null;
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

export type NodeRecord = EntityRecord | CountyRecord | ReportRecord | SectionRecord | ParagraphRecord | SentenceRecord;

export interface MentionRecord {
  quote: string;
  start: number;
  end: number;
  sentenceId: string;
  reportId: string;
}

export interface EntityMentionRecord extends MentionRecord {
  node: EntityRecord;
}

export interface MilestoneRecord {
  year: number;
  status: string;
  stage: ProjectStage;
  sentenceId: string;
  reportId: string;
}

export type ProjectStage = 'PLANNING' | 'SIGNED' | 'STARTED' | 'BUILDING' | 'COMPLETED' | 'OTHER';

export type Assessment = 'MET' | 'MISSED' | 'MET_FLOOR_ONLY' | 'NO_RESULT_REPORTED' | 'NO_TARGET_SET';

export interface MetricYearRecord {
  metric: MetricRecord;
  year: number;
  targets: IndicatorRecord[];
  results: IndicatorRecord[];
  assessment: Assessment;
  reason: string;
}

export interface ScorecardRecord {
  county: CountyRecord;
  year: number;
  targetReport: ReportRecord;
  resultReport: ReportRecord | null;
  items: MetricYearRecord[];
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

/** One group of an aggregation, as the graph returns it. */
export interface GroupRecord {
  key: string;
  label: string;
  /** The node grouped by, when the grouping is by node. */
  nodeId: string | null;
  count: number;
  unit: string | null;
  /** Indicator values of the group (empty for other lists). */
  values: number[];
}
