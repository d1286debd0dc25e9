import type { EntityKind } from './types';

/**
 * Stable ids: the same kind and canonical name always give the same id, so
 * re-ingesting a report yields the identical graph and links stay shareable.
 * Readable on purpose (`project:330国道西移工程`): clients treat ids as opaque.
 */
export function entityId(kind: EntityKind, canonicalName: string): string {
  return `${kind.toLowerCase()}:${canonicalName}`;
}

/** The kind an id was made for, or null when the id is not one of ours. */
export function kindOfId(id: string): string | null {
  const colon = id.indexOf(':');
  return colon > 0 ? id.slice(0, colon) : null;
}
