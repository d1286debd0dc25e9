import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReportMeta, readReportText, ReportInputError } from '../../src/ingest/source';

const dir = mkdtempSync(path.join(tmpdir(), 'report-source-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

describe('readReportText refuses what is not a report', () => {
  it.each([
    ['a missing file', path.join(dir, 'missing.txt'), /not found/],
    ['an empty file', file('empty.txt', ''), /empty/],
    ['a binary file', file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /binary/],
    [
      'GBK-encoded text',
      file('gbk.txt', Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7])),
      /not valid UTF-8/,
    ],
    ['text without Chinese', file('latin.txt', 'just some words'), /no Chinese text/],
  ])('%s', (_, target, message) => {
    expect(() => readReportText(target)).toThrow(ReportInputError);
    expect(() => readReportText(target)).toThrow(message);
  });

  it('reads UTF-8 Chinese text and drops a byte-order mark', () => {
    expect(readReportText(file('ok.txt', '\uFEFF政府工作报告'))).toBe('政府工作报告');
  });
});

describe('readReportMeta', () => {
  it('names the missing fields', () => {
    const target = file('meta.json', JSON.stringify({ id: 'x', title: 't' }));
    expect(() => readReportMeta(target)).toThrow(/lacks: county, year, resultsYear, issuedBy, source/);
  });

  it('refuses invalid JSON with the parser message', () => {
    expect(() => readReportMeta(file('bad.json', '{'))).toThrow(/not valid JSON/);
  });
});
