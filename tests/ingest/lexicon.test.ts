import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LexiconError, loadLexicon } from '../../src/ingest/lexicon';

const lexiconDir = path.join(__dirname, '../../data/lexicon');

/** A copy of the real lexicon in a temp dir, with one file replaced. */
function withFile(file: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
  cpSync(lexiconDir, dir, { recursive: true });
  writeFileSync(path.join(dir, file), content);
  return dir;
}

function errorOf(dir: string): Error {
  try {
    loadLexicon(dir);
  } catch (error) {
    return error as Error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected loadLexicon to throw');
}

describe('loadLexicon', () => {
  const lexicon = loadLexicon(lexiconDir);

  it('has the 18 township-level divisions of Jinyun: 3 街道, 7 镇, 8 乡', () => {
    expect(lexicon.townships).toHaveLength(18);
    const byKind = (kind: string) => lexicon.townships.filter((t) => t.kind === kind).map((t) => t.name);
    expect(byKind('街道').sort()).toEqual(['五云街道', '仙都街道', '新碧街道'].sort());
    expect(byKind('镇')).toHaveLength(7);
    expect(byKind('乡')).toHaveLength(8);
    expect(lexicon.townships.find((t) => t.name === '壶镇镇')?.shortName).toBe('壶镇');
    expect(
      lexicon.townships
        .filter((t) => t.ambiguousShortName)
        .map((t) => t.shortName)
        .sort(),
    ).toEqual(['仙都', '新建'].sort());
  });

  it('exposes topics.json unchanged and ignores files it does not know (metrics.json)', () => {
    const topics = JSON.parse(readFileSync(path.join(lexiconDir, 'topics.json'), 'utf8')) as { topics: string[] };
    expect(lexicon.topics).toEqual(topics.topics);
    const dir = withFile('metrics.json', '{"anything": [1, 2, 3]}');
    try {
      expect(loadLexicon(dir).townships).toHaveLength(18);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads every kind of entry the extractor needs', () => {
    expect(lexicon.industries.find((i) => i.name === '锯床')?.parent).toBe('机械装备');
    expect(lexicon.platforms.platforms.find((p) => p.name === '丽水高新区')?.aliases).toContain('缙云经济开发区');
    expect(lexicon.enterprises.map((e) => e.name)).toEqual(expect.arrayContaining(['涛涛车业', '锯力煌', '肖特玻管']));
    expect(lexicon.villages.find((v) => v.name === '前路村')?.township).toBe('前路乡');
    expect(lexicon.projects.exclusions).toContain('融资畅通工程');
  });

  it.each([
    ['townships.json', '{ "townships": [ { "name": "壶镇镇", "shortName": "壶镇" ', /townships\.json: invalid JSON/],
    [
      'townships.json',
      '{ "townships": [ { "name": "壶镇镇", "shortName": "壶镇", "kind": "县" } ] }',
      /townships\.json: townships\[0\] \(壶镇镇\): "kind" must be one of 街道, 镇, 乡/,
    ],
    [
      'villages.json',
      '{ "villages": [ { "name": "岩下村", "township": "岩下镇" } ] }',
      /villages\.json: unknown township "岩下镇"/,
    ],
    ['industries.json', '{ "industries": "智能家电" }', /industries\.json: expected an array "industries"/],
    [
      'enterprises.json',
      '{ "enterprises": [ { "name": "" } ] }',
      /enterprises\.json: enterprises\[0\]: "name" must be a non-empty string/,
    ],
    [
      'projects.json',
      '{ "projects": [], "exclusions": [], "phrases": [ { "text": "甲、乙工程", "parts": [ { "form": "丙", "name": "丙工程" } ] } ] }',
      /projects\.json: phrase "甲、乙工程" parts\[0\]: form "丙" does not occur/,
    ],
    ['platforms.json', '[]', /platforms\.json: expected a JSON object/],
  ])('names the file and the problem when %s is corrupt', (file, content, message) => {
    const error = errorOf(withFile(file, content));
    expect(error).toBeInstanceOf(LexiconError);
    expect(error.message).toMatch(message);
  });

  it('says which file is missing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
    expect(errorOf(dir).message).toMatch(/townships\.json: file not found/);
  });
});
