/**
 * The kinds of node in the graph, defined once: the GraphQL enum value, the Neo4j label,
 * what a reader calls it, and whether a node of the kind is shared by the reports of a
 * county or belongs to one report. Used by src/ (ingest, graph, resolvers), web/ and bench/.
 */

export interface KindInfo {
  /** The GraphQL `EntityKind` value. */
  kind: string;
  /** The Neo4j label, also the GraphQL type name. */
  label: string;
  zh: string;
  en: string;
  /**
   * SHARED: one node per real thing, whatever report names it (a township per administrative
   * code; a project, metric … per county). REPORT: what one report says (a sentence, an
   * indicator statement); it comes and goes with its report.
   */
  scope: 'SHARED' | 'REPORT';
}

export const ENTITY_KINDS = [
  { kind: 'TOWNSHIP', label: 'Township', zh: '乡镇街道', en: 'Township', scope: 'SHARED' },
  { kind: 'VILLAGE', label: 'Village', zh: '村社区', en: 'Village', scope: 'SHARED' },
  { kind: 'PLATFORM', label: 'Platform', zh: '平台', en: 'Platform', scope: 'SHARED' },
  { kind: 'INDUSTRY', label: 'Industry', zh: '产业', en: 'Industry', scope: 'SHARED' },
  { kind: 'ENTERPRISE', label: 'Enterprise', zh: '企业', en: 'Enterprise', scope: 'SHARED' },
  { kind: 'PROJECT', label: 'Project', zh: '项目', en: 'Project', scope: 'SHARED' },
  { kind: 'INDICATOR', label: 'Indicator', zh: '指标', en: 'Indicator', scope: 'REPORT' },
  { kind: 'METRIC', label: 'Metric', zh: '度量', en: 'Metric', scope: 'SHARED' },
] as const satisfies readonly KindInfo[];

/** Kinds that are not entities but that search and exploration return too. */
export const OTHER_KINDS = [
  { kind: 'SENTENCE', label: 'Sentence', zh: '报告句子', en: 'Sentence', scope: 'REPORT' },
  { kind: 'COUNTY', label: 'County', zh: '县区', en: 'County', scope: 'SHARED' },
  { kind: 'REPORT', label: 'Report', zh: '报告', en: 'Report', scope: 'REPORT' },
] as const satisfies readonly KindInfo[];

export type EntityKindInfo = (typeof ENTITY_KINDS)[number];
/** Township, Village … Metric. */
export type EntityLabel = EntityKindInfo['label'];
/** TOWNSHIP, VILLAGE … METRIC. */
export type EntityKindName = EntityKindInfo['kind'];

export const ENTITY_LABELS: readonly EntityLabel[] = ENTITY_KINDS.map((k) => k.label);

const ALL_KINDS: readonly KindInfo[] = [...ENTITY_KINDS, ...OTHER_KINDS];

/** The kind of a label or of an enum value; undefined when neither. */
export function kindInfo(labelOrKind: string): KindInfo | undefined {
  return ALL_KINDS.find((k) => k.label === labelOrKind || k.kind === labelOrKind);
}
