/**
 * The contract between the ingest stages: parse (text → outline and sentences),
 * extract (sentences → entities, indicators, relations) and load (→ Neo4j).
 *
 * Offsets are indices into the report text as a JavaScript string (UTF-16 code
 * units, `text.slice(start, end)`). The shipped report has no characters outside
 * the Basic Multilingual Plane, so they equal Unicode code point offsets.
 */

export interface ReportMeta {
  id: string;
  title: string;
  county: string;
  /** The county's 6-digit division code (331122); when absent, the county is looked up by name. */
  countyCode?: string;
  prefecture?: string;
  province?: string;
  /** The year whose goals and tasks the report sets (2023). */
  year: number;
  /** The year whose results the report gives (2022). */
  resultsYear: number;
  issuedBy: string;
  publishedAt: string;
  source: string;
}

/** Which part of the report a section belongs to, by its top-level heading. */
export type ReportPart = 'PREAMBLE' | 'RESULTS' | 'GOALS' | 'TASKS';

export interface Span {
  start: number;
  end: number;
}

export interface Section extends Span {
  id: string;
  /** `一`, `二` … for top level; `(一)` … for sub-sections, inferred by order where the source lost it. */
  number: string | null;
  title: string;
  level: 1 | 2;
  /** Position among all sections, in reading order. */
  order: number;
  parentId: string | null;
  part: ReportPart;
}

export interface Paragraph extends Span {
  id: string;
  sectionId: string;
  /** Position among all paragraphs, in reading order. */
  index: number;
  /** The lead phrase that opens the paragraph (bold in the printed report), e.g. 创新活力更加充沛. */
  topic: (Span & { text: string }) | null;
}

export interface Sentence extends Span {
  id: string;
  paragraphId: string;
  sectionId: string;
  /** Position among all sentences, in reading order. */
  index: number;
  text: string;
  /** The year the sentence speaks about: resultsYear in part RESULTS, year elsewhere. */
  year: number;
  part: ReportPart;
}

export interface ParsedReport {
  meta: ReportMeta;
  text: string;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export type EntityKind =
  'Township' | 'Village' | 'Platform' | 'Industry' | 'Enterprise' | 'Project' | 'Indicator' | 'Metric';

/** One place where the report names an entity: `text.slice(start, end) === quote`. */
export interface Mention extends Span {
  sentenceId: string;
  quote: string;
}

export interface ProjectMilestone {
  year: number;
  /** Status as the report words it: 建成通车, 开工建设, 加快推进, 前期, 谋划 … */
  status: string;
  sentenceId: string;
}

export type IndicatorKind = 'TARGET' | 'RESULT';
export type Comparator = 'AT_LEAST' | 'ABOUT' | 'EXACTLY' | 'AT_MOST';

interface EntityBase {
  /** Stable id derived from kind and canonical name (see ids.ts). */
  id: string;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export interface TownshipEntity extends EntityBase {
  kind: 'Township';
  shortName: string;
  /** 其他: a township-level unit that is none of the three (容东片区, a development zone, a farm). */
  townshipKind: '街道' | '镇' | '乡' | '其他';
  /** The 9-digit division code (331122101); absent for a place only the lexicon knows. */
  code?: string;
}
export interface VillageEntity extends EntityBase {
  kind: 'Village';
  /** The 12-digit division code, when the name is one village of the county (or its township says which). */
  code?: string;
}
export interface PlatformEntity extends EntityBase {
  kind: 'Platform';
  platformKind: string;
}
export interface IndustryEntity extends EntityBase {
  kind: 'Industry';
}
export interface EnterpriseEntity extends EntityBase {
  kind: 'Enterprise';
}
export interface ProjectEntity extends EntityBase {
  kind: 'Project';
  category: string;
  milestones: ProjectMilestone[];
}
export interface MetricEntity extends EntityBase {
  kind: 'Metric';
  unit: string | null;
}
export interface IndicatorEntity extends EntityBase {
  kind: 'Indicator';
  indicatorKind: IndicatorKind;
  year: number;
  value: number;
  unit: string | null;
  comparator: Comparator;
  /** True for a 力争 (stretch) value stated beside a 确保 floor. */
  stretch: boolean;
  metricId: string;
  sentenceId: string;
  /** The words of the quantitative statement, e.g. 地区生产总值增长7%以上. */
  statement: string;
}

export type Entity =
  | TownshipEntity
  | VillageEntity
  | PlatformEntity
  | IndustryEntity
  | EnterpriseEntity
  | ProjectEntity
  | MetricEntity
  | IndicatorEntity;

export type RelationType =
  | 'IN_TOWNSHIP' // Village → Township
  | 'LOCATED_IN' // Project | Platform | Enterprise → Township
  | 'PART_OF' // Project → Platform
  | 'IN_INDUSTRY' // Project | Enterprise | Platform → Industry
  | 'SUBSECTOR_OF' // Industry → Industry
  | 'BUILT_BY' // Project → Enterprise
  | 'MEASURES' // Indicator → Metric
  | 'ABOUT'; // Indicator → Township | Industry | Platform | Project | Enterprise

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  /** The sentence that states the link, when one sentence does. */
  sentenceId?: string;
}

export interface ExtractedGraph {
  entities: Entity[];
  relations: Relation[];
}
