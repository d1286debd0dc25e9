import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyLexicon, LexiconError, loadLexicon } from '../../src/ingest/lexicon';

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

  it('needs no townships.json: townships come from the division data', () => {
    expect(lexicon.townships).toEqual([]);
  });

  it('reads an empty directory as an empty lexicon (a new county with no knowledge yet)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-'));
    try {
      expect(loadLexicon(dir)).toEqual(emptyLexicon());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads township corrections with short form and kind optional', () => {
    const dir = withFile(
      'townships.json',
      '{ "townships": [ { "name": "壶镇镇", "aliases": ["壶镇镇区"] }, { "name": "新建镇", "ambiguousShortName": true } ] }',
    );
    try {
      expect(loadLexicon(dir).townships).toEqual([
        { name: '壶镇镇', shortName: null, kind: null, aliases: ['壶镇镇区'], ambiguousShortName: false },
        { name: '新建镇', shortName: null, kind: null, aliases: [], ambiguousShortName: true },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exposes topics.json unchanged and ignores files it does not know (metrics.json)', () => {
    const topics = JSON.parse(readFileSync(path.join(lexiconDir, 'topics.json'), 'utf8')) as { topics: string[] };
    expect(lexicon.topics).toEqual(topics.topics);
    const dir = withFile('metrics.json', '{"anything": [1, 2, 3]}');
    try {
      expect(loadLexicon(dir).topics).toEqual(topics.topics);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads every kind of entry the extractor needs', () => {
    expect(lexicon.industries.find((i) => i.name === '锯床')?.parent).toBe('机械装备');
    expect(lexicon.platforms.platforms.find((p) => p.name === '丽水高新区')?.aliases).toContain('缙云经济开发区');
    expect(lexicon.enterprises.map((e) => e.name)).toEqual(expect.arrayContaining(['涛涛车业', '锯力煌', '肖特玻管']));
    expect(lexicon.villages.find((v) => v.name === '壶镇贤母社区')?.township).toBe('壶镇镇');
    expect(lexicon.projects.exclusions).toContain('口袋公园');
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
      '{ "villages": [ { "name": "岩下村", "aliases": "岩下" } ] }',
      /villages\.json: villages\[0\] \(岩下村\): "aliases" must be an array of non-empty strings/,
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

  it('says when the directory itself is missing, and how to fix it', () => {
    const dir = path.join(os.tmpdir(), 'no-such-lexicon-dir');
    expect(() => loadLexicon(dir)).toThrow(
      /no-such-lexicon-dir not found: create it \(it may be empty\) or set LEXICON_DIR/,
    );
  });
});
