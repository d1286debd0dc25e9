import { jsonSize } from '../../src/server/responseSize';

describe('jsonSize', () => {
  it.each([
    ['a small object', { data: { a: 1, b: [true, null, 'x'] } }],
    ['Chinese text', { text: '缙云县2023年政府工作报告' }],
    ['text that needs escaping', { quote: 'a "b" \\ c\n\u0001' }],
    ['nested lists', [[1, 2], [], [{ k: 'v' }]]],
    ['an empty object', {}],
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
