/**
 * Opaque cursors over a stable order: the position after which the next page starts.
 * The graph changes only on re-ingest, so an offset is exact between two ingests.
 */
const PREFIX = 'cursor:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for, or null when the string is not a cursor of ours. */
export function decodeCursor(cursor: string): number | null {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) return null;
  const offset = Number(decoded.slice(PREFIX.length));
  return Number.isInteger(offset) && offset >= 0 ? offset : null;
}
