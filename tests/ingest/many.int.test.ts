import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { collectGarbage } from '../../src/graph/builds';
import { createDriver } from '../../src/graph/driver';
import { removeReport, writeReportBuild } from '../../src/graph/writer';
import { discoverReports } from '../../src/ingest/load';
import { buildReportGraph } from '../../src/ingest/pipeline';
import { sameMeasure } from '../../src/model/measures';
import { activeBuild, reportState, type ReportState } from '../support/graphState';
import { loadExtraReports, removeExtraReports } from '../support/devReports';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Many reports in one database: the nine development reports of four counties loaded beside
 * Jinyun, in an order unlike their names', then re-ingested and removed one at a time. What
 * each report states must not depend on what else is loaded. The suite removes what it loaded,
 * so the other suites see Jinyun alone.
 */

const ROOT = path.join(__dirname, '../..');
const DEV_FILES = discoverReports([path.join(ROOT, 'data/reports/dev')]);
const JINYUN = 'jinyun-2023';
const idOf = (file: string) => path.basename(file, '.txt');
/** A fixed shuffle: counties interleaved, later years before earlier ones. */
const LOAD_ORDER = [...DEV_FILES].sort((a, b) => {
  const [x, y] = [idOf(a), idOf(b)];
  return x.slice(-1).localeCompare(y.slice(-1)) || y.localeCompare(x);
});

describe('many reports in one graph', () => {
  let driver: Driver;
  let jinyunAlone: ReportState;

  beforeAll(async () => {
    driver = createDriver(loadConfig());
    jinyunAlone = await reportState(driver, JINYUN);
    await loadExtraReports(driver, LOAD_ORDER);
  });

  afterAll(async () => {
    await removeExtraReports(driver, DEV_FILES.map(idOf));
    await driver.close();
  });

  describe('through the API', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(async () => {
      await server?.stop();
    });

    async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { body } = await server.graphql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    }

    it('lists the reports newest first, and the counties by code', async () => {
      const { reports, counties } = await data<{
        reports: { totalCount: number; nodes: { id: string; year: number; county: { code: string } }[] };
        counties: { nodes: { code: string; name: string; aliases: string[]; reports: { id: string }[] }[] };
      }>(`{ reports(first: 20) { totalCount nodes { id year county { code } } }
            counties { nodes { code name aliases reports { id } } } }`);
      expect(reports.totalCount).toBe(10);
      const years = reports.nodes.map((r) => r.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(counties.nodes.map((c) => c.code)).toEqual(['130609', '130629', '130630', '130633', '331122']);
      const xushui = counties.nodes[0];
      expect(xushui).toMatchObject({ name: '徐水区', aliases: ['徐水县'] });
      expect(xushui.reports.map((r) => r.id)).toEqual(['xushui-2011', 'xushui-2012', 'xushui-2013']);
    });

    it('finds a county by code, name, short name or former name', async () => {
      const found = await data<Record<string, { code: string } | null>>(
        `{ a: county(code: "130609") { code } b: county(name: "徐水区") { code } c: county(name: "徐水") { code }
           d: county(name: "徐水县") { code } e: county(name: "不存在县") { code } }`,
      );
      expect(found).toEqual({
        a: { code: '130609' },
        b: { code: '130609' },
        c: { code: '130609' },
        d: { code: '130609' },
        e: null,
      });
    });

    it("keeps one report's lists to that report and one county's to that county", async () => {
      const lists = await data<Record<string, { totalCount: number }>>(
        `{ jinyunProjects: projects(filter: { report: "jinyun-2023" }) { totalCount }
           jinyunTownships: townships(filter: { county: "缙云县" }) { totalCount }
           byReport: townships(filter: { report: "jinyun-2023" }) { totalCount }
           allTownships: townships(first: 0) { totalCount } }`,
      );
      expect(lists.jinyunProjects.totalCount).toBe(161);
      expect(lists.jinyunTownships.totalCount).toBe(18);
      expect(lists.byReport.totalCount).toBe(18);
      expect(lists.allTownships.totalCount).toBeGreaterThan(18);
      const laiyuan = await data<{ indicators: { nodes: { report: { id: string } }[] } }>(
        '{ indicators(filter: { report: "laiyuan-2022" }, first: 100) { nodes { report { id } } } }',
      );
      expect(new Set(laiyuan.indicators.nodes.map((i) => i.report.id))).toEqual(new Set(['laiyuan-2022']));
    });

    it('says which report or county a filter names does not exist', async () => {
      const { body } = await server.graphql('{ projects(filter: { report: "nowhere-2020" }) { totalCount } }');
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'report' });
    });

    it('shows, for a shared node, the evidence of each report that names it', async () => {
      const { township } = await data<{
        township: {
          reports: { id: string }[];
          mentions: { report: { id: string }; sentence: { report: { id: string } } }[];
        };
      }>(`{ township(name: "安肃镇") { reports { id } mentions { report { id } sentence { report { id } } } } }`);
      expect(township.reports.length).toBeGreaterThan(1);
      const cited = [...new Set(township.mentions.map((m) => m.report.id))];
      expect(cited).toEqual(township.reports.map((r) => r.id));
      for (const m of township.mentions) expect(m.sentence.report.id).toBe(m.report.id);
    });

    it('gives a scorecard: the targets a year set, with outcome and evidence of both years', async () => {
      const { scorecard } = await data<{
        scorecard: {
          targetReport: { id: string };
          resultReport: { id: string } | null;
          counts: { assessment: string; count: number }[];
          items: { assessment: string; targets: { report: { id: string } }[]; results: { report: { id: string } }[] }[];
        };
      }>(`{ scorecard(county: "易县", year: 2018) { targetReport { id } resultReport { id } counts { assessment count }
             items { assessment targets { report { id } } results { report { id } } } } }`);
      expect(scorecard.targetReport.id).toBe('yixian-2018');
      expect(scorecard.resultReport?.id).toBe('yixian-2019');
      expect(scorecard.counts.reduce((sum, c) => sum + c.count, 0)).toBe(scorecard.items.length);
      for (const item of scorecard.items) {
        expect(item.targets.every((t) => t.report.id === 'yixian-2018')).toBe(true);
        expect(item.results.every((r) => r.report.id === 'yixian-2019')).toBe(true);
      }
      const none = await data<{ scorecard: null }>('{ scorecard(county: "易县", year: 2030) { year } }');
      expect(none.scorecard).toBeNull();
    });
  });

  describe('against the reviewed scorecard (data/review/scorecard.tsv, written from reading both reports)', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(async () => {
      await server?.stop();
    });

    interface Row {
      pair: string;
      metric: string;
      target_quote: string;
      target_value: string;
      assessment: string;
      note: string;
    }
    const rows: Row[] = (() => {
      const [header, ...lines] = readFileSync(path.join(ROOT, 'data/review/scorecard.tsv'), 'utf8').trim().split('\n');
      const keys = header.split('\t');
      return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])) as unknown as Row);
    })();

    interface Found {
      indicators: {
        nodes: {
          value: number;
          year: number;
          kind: string;
          mentions: { start: number; end: number }[];
          metric: { name: string; series: { year: number; assessment: string; reason: string }[] };
        }[];
      };
    }

    /** Each report's targets with their metrics' series, asked once. */
    const targetsOf = new Map<string, Promise<Found['indicators']['nodes']>>();
    function targets(report: string): Promise<Found['indicators']['nodes']> {
      let found = targetsOf.get(report);
      if (!found) {
        found = server
          .graphql<Found>(
            `query($report: ID!) { indicators(filter: { report: $report, kind: TARGET }, first: 100) {
               nodes { value year kind mentions(first: 5) { start end } metric { name series { year assessment reason } } } } }`,
            { report },
          )
          .then(({ body }) => {
            expect(body.errors).toBeUndefined();
            return body.data!.indicators.nodes;
          });
        targetsOf.set(report, found);
      }
      return found;
    }

    /** What the API assesses for the target a reviewed row quotes: the series entry of its metric and year. */
    async function assessed(row: Row): Promise<string> {
      const report = row.pair.split('>')[0];
      const text = readFileSync(path.join(ROOT, `data/reports/dev/${report}.txt`), 'utf8');
      const start = text.indexOf(row.target_quote);
      const end = start + row.target_quote.length;
      // A quote can hold several values (分别 lists, 均 for two measures): the target is the one with
      // the reviewed value, and of two such, the one whose metric is the reviewed measure.
      const candidates = (await targets(report)).filter(
        (i) => i.value === Number(row.target_value) && i.mentions.some((m) => m.start < end && m.end > start),
      );
      const target = [...candidates].sort(
        (a, b) => sameMeasure(row.metric, b.metric.name) - sameMeasure(row.metric, a.metric.name),
      )[0];
      if (!target) return 'TARGET NOT FOUND';
      return target.metric.series.find((y) => y.year === target.year)?.assessment ?? 'NO SERIES ENTRY';
    }

    it('assesses the reviewed targets as the reviewer did: 95 % of them, of every outcome and every pair', async () => {
      expect(rows.length).toBeGreaterThanOrEqual(15);
      const outcomes: { row: Row; got: string }[] = [];
      for (const row of rows) outcomes.push({ row, got: await assessed(row) });
      const agreed = outcomes.filter((o) => o.got === o.row.assessment);
      const disagreements = outcomes
        .filter((o) => o.got !== o.row.assessment)
        .map((o) => `${o.row.pair} ${o.row.metric}: reviewed ${o.row.assessment}, got ${o.got}`);
      // Printed so a reader sees what the rules still miss (a subject the extractor lost, a wording no rule links).
      if (disagreements.length) process.stdout.write(`scorecard disagreements:\n  ${disagreements.join('\n  ')}\n`);
      expect(agreed.length / rows.length).toBeGreaterThanOrEqual(0.95);
      for (const assessment of ['MET', 'MISSED', 'NO_RESULT_REPORTED']) {
        expect(agreed.filter((o) => o.row.assessment === assessment).length).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(agreed.map((o) => o.row.pair)).size).toBe(new Set(rows.map((r) => r.pair)).size);
      // Wording changes the rules link: the reviewer's note says the wording changed, and the assessment agrees.
      expect(agreed.filter((o) => /wording/.test(o.row.note)).length).toBeGreaterThanOrEqual(3);
    });
  });

  async function allStates(): Promise<Map<string, ReportState>> {
    const ids = [JINYUN, ...DEV_FILES.map(idOf)];
    return new Map(await Promise.all(ids.map(async (id) => [id, await reportState(driver, id)] as const)));
  }

  it('loads the nine development reports beside Jinyun, and Jinyun states exactly what it stated alone', async () => {
    expect(DEV_FILES.map(idOf)).toHaveLength(9);
    expect(await reportState(driver, JINYUN)).toEqual(jinyunAlone);
  });

  it('stores for each report exactly what its own extraction holds', async () => {
    for (const file of DEV_FILES) {
      const built = buildReportGraph({ reportFile: file });
      const { report, graph } = built;
      const state = await reportState(driver, idOf(file));
      const own = 1 + report.sections.length + report.paragraphs.length + report.sentences.length;
      const indicators = graph.entities.filter((e) => e.kind === 'Indicator').length;
      expect([idOf(file), state.nodes.length]).toEqual([idOf(file), own + indicators]);
      const named = graph.entities.filter(
        (e) => e.kind !== 'Indicator' && (e.kind !== 'Township' || e.mentions.length),
      );
      expect([idOf(file), state.named]).toEqual([idOf(file), named.map((e) => e.id).sort()]);
      const mentions = graph.entities.reduce((sum, e) => sum + e.mentions.length, 0);
      expect(state.relationships.filter((r) => r.split(' ')[1] === 'MENTIONED_IN')).toHaveLength(mentions);
    }
  });

  it('re-ingesting or removing one report leaves what every other report stated unchanged', async () => {
    const before = await allStates();
    const others = (except: string) => [...before.keys()].filter((id) => id !== except);

    const again = DEV_FILES.find((f) => idOf(f) === 'laiyuan-2022')!;
    const previous = await activeBuild(driver, 'laiyuan-2022');
    const written = await writeReportBuild(driver, buildReportGraph({ reportFile: again }), { graceMs: 0 });
    expect(written.replaced).toEqual([previous]);
    let after = await allStates();
    for (const id of [...before.keys()]) expect([id, after.get(id)]).toEqual([id, before.get(id)]);

    await removeReport(driver, 'yixian-2018', { graceMs: 0 });
    after = await allStates();
    expect(after.get('yixian-2018')).toEqual({ nodes: [], relationships: [], named: [] });
    for (const id of others('yixian-2018')) expect([id, after.get(id)]).toEqual([id, before.get(id)]);

    await writeReportBuild(driver, buildReportGraph({ reportFile: DEV_FILES.find((f) => idOf(f) === 'yixian-2018')! }));
    expect((await allStates()).get('yixian-2018')).toEqual(before.get('yixian-2018'));
  });

  it('keeps a shared node while any report names it, and drops it when none does', async () => {
    const named = async (id: string) => (await reportState(driver, id)).named;
    const [first, second] = await Promise.all([named('xushui-2011'), named('xushui-2012')]);
    const onlyFirst = first.find((id) => !second.includes(id) && !id.startsWith('township:'))!;
    const both = first.find((id) => second.includes(id) && !id.startsWith('township:'))!;
    expect(onlyFirst).toBeDefined();
    expect(both).toBeDefined();

    await removeReport(driver, 'xushui-2011', { graceMs: 0 });
    await collectGarbage(driver, 0);
    const exists = async (id: string) =>
      (await driver.executeQuery('MATCH (n:Node {id: $id}) RETURN count(n) AS n', { id })).records[0].get(
        'n',
      ) as number;
    expect(await exists(onlyFirst)).toBe(0);
    expect(await exists(both)).toBe(1);
    expect(await named('xushui-2012')).toEqual(second);

    await writeReportBuild(driver, buildReportGraph({ reportFile: DEV_FILES.find((f) => idOf(f) === 'xushui-2011')! }));
    expect(await exists(onlyFirst)).toBe(1);
  });

  it('keeps ids apart across counties: townships by code, other shared nodes by county code', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (n:Node) WHERE n.build IS NULL AND NOT n:County
       RETURN n.id AS id, n.countyCode AS county, labels(n) AS labels`,
    );
    for (const r of records) {
      const id = r.get('id') as string;
      const county = r.get('county') as string;
      if ((r.get('labels') as string[]).includes('Township'))
        expect(id).toMatch(new RegExp(`^township:${county}\\d{3}$`));
      else if (!/^village:\d{12}$/.test(id)) expect(id).toContain(`:${county}:`);
    }
    const counties = await driver.executeQuery('MATCH (c:County) RETURN c.code AS code ORDER BY code');
    expect(counties.records.map((r) => r.get('code'))).toEqual(['130609', '130629', '130630', '130633', '331122']);
  });
});
