import { ENTITY_KIND_LABELS } from '../graph/explore';
import type { TownshipRecord } from '../graph/records';
import type { EntityKind, TownshipKind } from '../generated/graphql';

/** The schema's TownshipKind and the stored 街道/镇/乡, both ways. */
export const TOWNSHIP_KIND_LABELS: Record<TownshipKind, TownshipRecord['townshipKind']> = {
  SUBDISTRICT: '街道',
  TOWN: '镇',
  TOWNSHIP: '乡',
  OTHER: '其他',
};

export const TOWNSHIP_KINDS = Object.fromEntries(
  Object.entries(TOWNSHIP_KIND_LABELS).map(([kind, label]) => [label, kind]),
) as Record<TownshipRecord['townshipKind'], TownshipKind>;

const LABEL_KINDS = Object.fromEntries(
  Object.entries(ENTITY_KIND_LABELS).map(([kind, label]) => [label, kind]),
) as Record<string, EntityKind>;

/** The schema's EntityKind of a stored label. */
export function kindOfLabel(label: string): EntityKind {
  const kind = LABEL_KINDS[label];
  if (!kind) throw new Error(`no EntityKind for label ${label}`);
  return kind;
}
