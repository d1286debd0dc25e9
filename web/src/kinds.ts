/**
 * Node kinds as the pages show them. The kinds themselves, their labels and their names come
 * from src/model/kinds.ts, the one module that defines them; the pages add a colour and a
 * canvas shape to each.
 */
import { ENTITY_KINDS as MODEL_ENTITY_KINDS, OTHER_KINDS, type EntityKindName } from '../../src/model/kinds';

/** The entity kinds as the API names them (EntityKind), in the model's order. */
export const ENTITY_KINDS: readonly EntityKindName[] = MODEL_ENTITY_KINDS.map((k) => k.kind);
export type EntityKind = EntityKindName | 'SENTENCE';

/**
 * Cytoscape node shapes: two nodes of one name and different kinds look different, not only by
 * colour. Only shapes whose hit test covers their centre (cytoscape 3.35 misses the exact centre of
 * 'diamond', 'star' and 'vee', and points inside some 'round-*' polygons).
 */
export type NodeShape = 'ellipse' | 'round-rectangle' | 'round-diamond' | 'hexagon' | 'triangle' | 'tag' | 'pentagon';

export interface KindStyle {
  /** The GraphQL type name, also the Neo4j label graphStats counts. */
  typename: string;
  zh: string;
  en: string;
  color: string;
  shape: NodeShape;
}

/** What the pages add to the model's kinds: colour and shape. */
const LOOK: Record<EntityKind, { color: string; shape: NodeShape }> = {
  PROJECT: { color: '#e4572e', shape: 'round-diamond' },
  TOWNSHIP: { color: '#2f6fb5', shape: 'ellipse' },
  INDUSTRY: { color: '#8a4fbf', shape: 'hexagon' },
  ENTERPRISE: { color: '#d99a00', shape: 'tag' },
  PLATFORM: { color: '#2e9d5b', shape: 'round-rectangle' },
  INDICATOR: { color: '#d6336c', shape: 'triangle' },
  METRIC: { color: '#6b7785', shape: 'pentagon' },
  VILLAGE: { color: '#1aa5b8', shape: 'ellipse' },
  SENTENCE: { color: '#a0a8b0', shape: 'round-rectangle' },
};

const SHOWN_KINDS = [...MODEL_ENTITY_KINDS, ...OTHER_KINDS.filter((k) => k.kind === 'SENTENCE')];

export const KIND_STYLES = Object.fromEntries(
  SHOWN_KINDS.map((k) => [k.kind, { typename: k.label, zh: k.zh, en: k.en, ...LOOK[k.kind] }]),
) as Record<EntityKind, KindStyle>;

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind as EntityKind] ?? { typename: kind, zh: kind, en: kind, color: '#888888', shape: 'ellipse' };
}

/** The font stack every page uses: local fonts only (Noto Sans CJK on Linux), never web fonts. */
export const FONT_STACK =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';
