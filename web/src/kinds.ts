/** Node kinds as the API names them (EntityKind), with the colours and names the pages show. */
export const ENTITY_KINDS = [
  'TOWNSHIP',
  'VILLAGE',
  'PLATFORM',
  'INDUSTRY',
  'ENTERPRISE',
  'PROJECT',
  'INDICATOR',
  'METRIC',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number] | 'SENTENCE';

export interface KindStyle {
  /** The GraphQL type name, also the Neo4j label graphStats counts. */
  typename: string;
  zh: string;
  en: string;
  color: string;
}

export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  PROJECT: { typename: 'Project', zh: '项目', en: 'Project', color: '#e4572e' },
  TOWNSHIP: { typename: 'Township', zh: '乡镇街道', en: 'Township', color: '#2f6fb5' },
  INDUSTRY: { typename: 'Industry', zh: '产业', en: 'Industry', color: '#8a4fbf' },
  ENTERPRISE: { typename: 'Enterprise', zh: '企业', en: 'Enterprise', color: '#d99a00' },
  PLATFORM: { typename: 'Platform', zh: '平台', en: 'Platform', color: '#2e9d5b' },
  INDICATOR: { typename: 'Indicator', zh: '指标', en: 'Indicator', color: '#d6336c' },
  METRIC: { typename: 'Metric', zh: '度量', en: 'Metric', color: '#6b7785' },
  VILLAGE: { typename: 'Village', zh: '村', en: 'Village', color: '#1aa5b8' },
  SENTENCE: { typename: 'Sentence', zh: '报告句子', en: 'Sentence', color: '#a0a8b0' },
};

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind as EntityKind] ?? { typename: kind, zh: kind, en: kind, color: '#888888' };
}

/** The font stack every page uses: local fonts only (Noto Sans CJK on Linux), never web fonts. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';
