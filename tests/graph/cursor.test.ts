import { decodeCursor, encodeCursor } from '../../src/graph/cursor';

describe('cursors', () => {
  it('round-trip an offset', () => {
    for (const offset of [0, 1, 19, 12345]) expect(decodeCursor(encodeCursor(offset))).toBe(offset);
  });

  it('refuse strings that are not our cursors', () => {
    expect(decodeCursor('abc')).toBeNull();
    expect(decodeCursor(Buffer.from('cursor:-1').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('cursor:1.5').toString('base64url'))).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });
});
