import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { writeReportBuild } from '../../src/graph/writer';
import { buildReportGraph } from '../../src/ingest/pipeline';
import type { Entity } from '../../src/ingest/types';
import { activeBuild, reportState } from '../support/graphState';
import { REPORT_TEXT } from '../support/report';

const ROOT = path.join(__dirname, '../..');
const config = loadConfig();
const REPORT_FILE = path.join(ROOT, 'data/reports/jinyun-2023.txt');
const sources = { reportFile: REPORT_FILE };
const snapshot = (driver: Driver) => reportState(driver, 'jinyun-2023');

describe('the report graph in Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = createDriver(config);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('ties every MENTIONED_IN to the exact words of the report, inside its sentence', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (e:Node)-[m:MENTIONED_IN {build: $build}]->(s:Sentence)
       RETURN labels(e) AS labels, e.name AS name, e.aliases AS aliases, e.shortName AS shortName, m.quote AS quote, m.start AS start, m.end AS end,
              s.start AS sentenceStart, s.end AS sentenceEnd`,
      { build: await activeBuild(driver, 'jinyun-2023') },
    );
    const built = buildReportGraph(sources);
    expect(records).toHaveLength(built.graph.entities.reduce((sum, e) => sum + e.mentions.length, 0));
    for (const r of records) {
      const quote = r.get('quote') as string;
      expect(REPORT_TEXT.slice(r.get('start') as number, r.get('end') as number)).toBe(quote);
      expect(r.get('start')).toBeGreaterThanOrEqual(r.get('sentenceStart') as number);
      expect(r.get('end')).toBeLessThanOrEqual(r.get('sentenceEnd') as number);
      if (!(r.get('labels') as string[]).includes('Indicator')) {
        // Names are matched as written: the quote is the canonical name, an alias, or a short form.
        const names = [r.get('name'), r.get('shortName'), ...((r.get('aliases') as string[]) ?? [])];
        expect(names).toContain(quote);
      }
    }
  });

  it('holds the 18 townships of 缙云县 from the division data, one node per code, mentioned or not', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (t:Township)-[:IN_COUNTY]->(:County {code: '331122'})
       RETURN t.id AS id, t.code AS code, t.name AS name, t.townshipKind AS kind`,
    );
    expect(records).toHaveLength(18);
    for (const r of records) expect(r.get('id')).toBe(`township:${r.get('code')}`);
    expect(records.map((r) => r.get('name'))).toContain('壶镇镇');
    const kinds = records.map((r) => r.get('kind') as string).sort();
    expect(kinds.filter((k) => k === '街道')).toHaveLength(3);
    expect(kinds.filter((k) => k === '镇')).toHaveLength(7);
    expect(kinds.filter((k) => k === '乡')).toHaveLength(8);
  });

  it('knows 330国道西移工程 opened to traffic in 2022', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (p:Project {name: '330国道西移工程'})-[m:HAS_MILESTONE]->(s:Sentence) RETURN DISTINCT m.year AS year, m.status AS status, s.text AS text`,
    );
    expect(records.map((r) => ({ year: r.get('year'), status: r.get('status') }))).toEqual(
      expect.arrayContaining([{ year: 2022, status: '建成通车' }]),
    );
  });

  it('has GDP growth: 5.2 % in 2022 and a target of at least 7 % for 2023', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (i:Indicator)-[:MEASURES]->(m:Metric {name: '地区生产总值增长', countyCode: '331122'})
       RETURN DISTINCT i.indicatorKind AS kind, i.year AS year, i.value AS value, i.unit AS unit, i.comparator AS comparator`,
    );
    const indicators = records.map((r) => r.toObject());
    expect(indicators).toEqual(
      expect.arrayContaining([
        { kind: 'RESULT', year: 2022, value: 5.2, unit: '%', comparator: 'EXACTLY' },
        { kind: 'TARGET', year: 2023, value: 7, unit: '%', comparator: 'AT_LEAST' },
      ]),
    );
  });

  it('places projects in 壶镇镇', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (p:Project)-[:LOCATED_IN]->(:Township {name: '壶镇镇'}) RETURN p.name AS name`,
    );
    expect(records.length).toBeGreaterThan(3);
  });

  it('re-ingesting the same report changes nothing: same nodes, ids and relationships', async () => {
    const before = await snapshot(driver);
    const buildBefore = await activeBuild(driver, 'jinyun-2023');
    const built = buildReportGraph(sources);
    const written = await writeReportBuild(driver, built);
    expect(written.replaced).toEqual([buildBefore]);
    expect(await activeBuild(driver, 'jinyun-2023')).toBe(written.build);
    expect(await snapshot(driver)).toEqual(before);
  });

  it('a write that fails half-way leaves the previous graph exactly as it was', async () => {
    const before = await snapshot(driver);
    const built = buildReportGraph(sources);
    // A property Neo4j cannot store makes the transaction fail after the old graph was deleted within it.
    const broken = {
      ...built.graph.entities.at(-1)!,
      id: 'project:broken',
      name: { nested: 'map' },
    } as unknown as Entity;
    const graph = { ...built.graph, entities: [...built.graph.entities, broken] };
    const buildBefore = await activeBuild(driver, 'jinyun-2023');
    await expect(writeReportBuild(driver, { ...built, graph, contentHash: 'broken-hash' })).rejects.toThrow();
    expect(await activeBuild(driver, 'jinyun-2023')).toBe(buildBefore);
    expect(await snapshot(driver)).toEqual(before);
    const { records } = await driver.executeQuery('MATCH (r:Report {build: $build}) RETURN r.contentHash AS hash', {
      build: buildBefore,
    });
    expect(records[0].get('hash')).toBe(built.contentHash);
  });

  it('the ingest CLI refuses a corrupt report with a clear message and exit code 1, and the graph survives', async () => {
    const before = await snapshot(driver);
    const dir = mkdtempSync(path.join(tmpdir(), 'corrupt-report-'));
    const corrupt = path.join(dir, 'report.txt');
    writeFileSync(corrupt, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, 'report.json'), readFileSync(REPORT_FILE.replace(/\.txt$/, '.json')));
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/ingest/cli.ts', corrupt],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/jinyun-2023: failed: report file is binary/);
    expect(await snapshot(driver)).toEqual(before);
  });
});
