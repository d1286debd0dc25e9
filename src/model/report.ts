import type { EntityLabel } from './kinds';

/**
 * The contract between the ingest stages, parse (text → outline and sentences) and
 * extract (sentences → entities, indicators, relations), and the graph writer (→ Neo4j).
 *
 * Offsets are indices into the report text as a JavaScript string (UTF-16 code
 * units, `text.slice(start, end)`). The shipped report has no characters outside
 * the Basic Multilingual Plane, so they equal Unicode code point offsets.
 */

export interface ReportMeta {
  /** Readable and stable: county and year, e.g. jinyun-2023. */
  id: string;
  title: string;
  /** The county's name as the report writes it (徐水县, since renamed 徐水区). */
  county: string;
  /** The county's 6-digit statistical division code (GB/T 2260), e.g. 331122. */
  countyCode?: string;
  prefecture?: string;
  province?: string;
  /** The year whose goals and tasks the report sets (2023). */
  year: number;
  /** The year whose results the report gives (2022). */
  resultsYear: number;
  issuedBy: string;
  /** The county knowledge (data/lexicon/) to read the report with: a folder, relative to the metadata file. */
  lexicon?: string;
  /** ISO date (2023-03-14), when the text or the metadata gives it. */
  publishedAt?: string | null;
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
  /** The years a part speaks about when they are several (回顾“十三五” → 2016–2020; 今后五年). */
  period?: { from: number; to: number };
  /** The outline rules that recognised the heading and chose its part (e.g. numbered-part, part:self-building). */
  rules?: string[];
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

/** Text around or after the speech that is not the report: no sentence, entity or indicator comes from it. */
export type NonBodyKind =
  | 'PAGE' // a web page's header, navigation and tag lists, a site's mark
  | 'EXCERPT' // a web page's 内容摘要, a truncated copy of the opening
  | 'GLOSSARY' // 【名词解释】 after the closing call
  | 'NOTES'; // footnotes after the closing call

export interface NonBodySpan extends Span {
  kind: NonBodyKind;
  /** The rule that recognised it. */
  rule: string;
}

export interface ParsedReport {
  meta: ReportMeta;
  text: string;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Where the speech starts (its header or greeting) and ends (its closing call, or what follows it unrecognised). */
  body?: Span;
  /** Marked spans outside the body, in text order. */
  nonBody?: NonBodySpan[];
}

/** An entity's kind, named by its label (src/model/kinds.ts). */
export type EntityKind = EntityLabel;

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
  /**
   * Stable id derived from kind and canonical name. Extractors key entities within one
   * report (src/ingest/ids.ts); the pipeline scopes them to the county (src/model/ids.ts).
   */
  id: string;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export interface TownshipEntity extends EntityBase {
  kind: 'Township';
  shortName: string;
  townshipKind: '街道' | '镇' | '乡' | '其他';
  /** The 9-digit statistical division code, when known. */
  code?: string;
}
export interface VillageEntity extends EntityBase {
  kind: 'Village';
  /** The 12-digit statistical division code, when the village is in the division data. */
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
  /**
   * The metric key (src/ingest/extract/metricKey.ts): equal for wordings of one measure across
   * years of a county (规模以上工业增加值 / 规上工业增加值). One Metric per key per county.
   */
  key?: string;
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

/** The county a report belongs to, from the national division data. */
export interface CountyInfo {
  code: string;
  /** Current name (徐水区). */
  name: string;
  prefecture: string | null;
  province: string;
}

/** One township-level division of the county, from the national division data. */
export interface TownshipInfo {
  id: string;
  code: string;
  name: string;
  shortName: string;
  townshipKind: TownshipEntity['townshipKind'];
  /** 街道, 镇, 乡, or the division's own suffix (片区 …). */
  kindLabel: string;
}

/**
 * Everything the graph writer stores for one report: the parsed report, what was extracted
 * from it with ids scoped to its county (src/model/ids.ts), and the county's reference data.
 */
export interface ReportBuild {
  report: ParsedReport;
  graph: ExtractedGraph;
  county: CountyInfo;
  /** Every township-level division of the county, mentioned or not. */
  townships: TownshipInfo[];
  /** SHA-256 of the inputs the graph was built from (text, metadata, lexicon, pipeline version). */
  contentHash: string;
}
