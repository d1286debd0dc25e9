import { fitsInJson, jsonSize } from '../../src/server/responseSize';

describe('jsonSize', () => {
  it.each([
    ['a small object', { data: { a: 1, b: [true, null, 'x'] } }],
    ['Chinese text', { text: '缙云县2023年政府工作报告' }],
    ['text that needs escaping', { quote: 'a "b" \\ c\n\u0001' }],
    ['nested lists', [[1, 2], [], [{ k: 'v' }]]],
    ['an empty object', {}],
    ['undefined fields, as JSON.stringify leaves them out', { a: undefined, b: 1, c: undefined }],
    ['two-byte and four-byte characters', { s: 'é ß \u{1F600} 壶镇' }],
    ['a lone surrogate, which JSON writes escaped', { s: 'x\ud800y' }],
    ['numbers', { n: [0, -1.5, 1e21, 123456789] }],
  ])('counts %s as JSON.stringify does, in UTF-8 bytes', (_, value) => {
    expect(jsonSize(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
  });

  it('stops counting past the limit', () => {
    const big = { items: Array.from({ length: 100_000 }, () => 'x'.repeat(100)) };
    const size = jsonSize(big, 1_000);
    expect(size).toBeGreaterThan(1_000);
    expect(size).toBeLessThan(Buffer.byteLength(JSON.stringify(big)));
  });
});

describe('fitsInJson', () => {
  const answer = {
    data: { sentences: Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, text: '壶镇镇工业园区建设'.repeat(5) })) },
  };
  const size = Buffer.byteLength(JSON.stringify(answer));

  it('says whether the answer fits, exactly at the boundary too (the bound settles it, or the exact count)', () => {
    expect(fitsInJson(answer, size * 10)).toBe(true);
    expect(fitsInJson(answer, size)).toBe(true);
    expect(fitsInJson(answer, size - 1)).toBe(false);
  });

  it('counts escapes the bound allows for: control characters and lone surrogates', () => {
    const odd = { s: '\u0001\u0002\ud800'.repeat(100) };
    const oddSize = Buffer.byteLength(JSON.stringify(odd));
    expect(fitsInJson(odd, oddSize)).toBe(true);
    expect(fitsInJson(odd, oddSize - 1)).toBe(false);
  });
});
