import { decodeCursor, encodeCursor, MAX_CURSOR_OFFSET } from '../../src/graph/cursor';

const forge = (text: string) => Buffer.from(text).toString('base64url');

describe('cursors', () => {
  it('round-trip an offset', () => {
    for (const offset of [0, 1, 19, 12345, MAX_CURSOR_OFFSET]) expect(decodeCursor(encodeCursor(offset))).toBe(offset);
  });

  it('refuse strings that are not our cursors', () => {
    expect(decodeCursor('abc')).toBeNull();
    expect(decodeCursor(forge('cursor:-1'))).toBeNull();
    expect(decodeCursor(forge('cursor:1.5'))).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it('refuse forged offsets that are numbers but not positions: exponents, hex, padding, huge values', () => {
    expect(decodeCursor('Y3Vyc29yOjFlMjA')).toBeNull(); // cursor:1e20
    for (const text of ['cursor:1e3', 'cursor:0x10', 'cursor:007', 'cursor: 5', 'cursor:5 ', 'cursor:', 'cursor:+5'])
      expect(decodeCursor(forge(text))).toBeNull();
    expect(decodeCursor(forge(`cursor:${MAX_CURSOR_OFFSET + 1}`))).toBeNull();
    expect(decodeCursor(forge('cursor:99999999999999999999'))).toBeNull();
  });

  it('refuse other spellings of a valid cursor (padding, standard base64)', () => {
    const cursor = encodeCursor(4);
    expect(decodeCursor(`${cursor}=`)).toBeNull();
    expect(decodeCursor(`${cursor}!`)).toBeNull();
  });
});
