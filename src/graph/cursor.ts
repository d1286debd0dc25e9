/**
 * Opaque cursors over a stable order: the position after which the next page starts.
 * The graph changes only on re-ingest, so an offset is exact between two ingests.
 */
const PREFIX = 'cursor:';

/** Far beyond any list; keeps a forged offset (cursor:1e20) from reaching Neo4j, whose integers are 64-bit. */
export const MAX_CURSOR_OFFSET = 1_000_000_000;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/**
 * The offset a cursor stands for, or null when the string is not a cursor this API issues:
 * exactly the encoding encodeCursor gives of a decimal offset from 0 to MAX_CURSOR_OFFSET.
 */
export function decodeCursor(cursor: string): number | null {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const digits = /^cursor:(0|[1-9]\d{0,9})$/.exec(decoded)?.[1];
  if (digits === undefined) return null;
  const offset = Number(digits);
  if (offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) return null;
  return offset;
}
