import { REPORT_TEXT } from '../support/report';
import { startTestServer, type TestServer } from '../support/server';

interface Mention {
  quote: string;
  start: number;
  end: number;
  sentence: { id: string; text: string; start: number; end: number; section: { title: string } };
}

const MENTION_FIELDS = 'mentions { quote start end sentence { id text start end section { title } } }';

describe('lookups, nested fields and provenance', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('finds a township by id, canonical name or short name, with its projects and evidence', async () => {
    const { body } = await server.graphql<
      Record<
        string,
        {
          id: string;
          name: string;
          shortName: string;
          kind: string;
          kindLabel: string;
          projects: { name: string }[];
        } | null
      >
    >(`{
      byShort: township(name: "壶镇") { id name shortName kind kindLabel projects { name } }
      byName: township(name: "壶镇镇") { id name shortName kind kindLabel projects { name } }
    }`);
    expect(body.errors).toBeUndefined();
    const township = body.data!.byShort!;
    expect(township).toMatchObject({ name: '壶镇镇', shortName: '壶镇', kind: 'TOWN', kindLabel: '镇' });
    expect(body.data!.byName).toEqual(township);
    expect(township.projects.length).toBeGreaterThan(0);
    const byId = await server.graphql<{ township: { name: string } }>(`{ township(id: "${township.id}") { name } }`);
    expect(byId.body.data!.township.name).toBe('壶镇镇');
  });

  it('shows a project with milestones, links and mentions that cut its name out of the report', async () => {
    const { body: found } = await server.graphql<{ projects: { nodes: { id: string }[] } }>(
      '{ projects(filter: { nameContains: "330国道西移工程" }) { nodes { id } } }',
    );
    const id = found.data!.projects.nodes[0].id;
    const { body } = await server.graphql<{
      project: {
        name: string;
        year: number;
        status: string;
        category: string;
        milestones: { year: number; status: string; statement: string; sentence: { text: string } }[];
        mentions: Mention[];
      };
      node: { __typename: string; id: string };
    }>(
      `query($id: ID!) {
        project(id: $id) { name year status category milestones { year status statement sentence { text } } ${MENTION_FIELDS} }
        node(id: $id) { __typename id }
      }`,
      { id },
    );
    expect(body.errors).toBeUndefined();
    const project = body.data!.project;
    expect(project.name).toBe('330国道西移工程');
    expect(project.category).toBe('交通');
    expect(project.milestones).toEqual(
      expect.arrayContaining([expect.objectContaining({ year: 2022, status: '建成通车' })]),
    );
    for (const m of project.milestones) expect(m.statement).toBe(m.sentence.text);
    expect(body.data!.node).toEqual({ __typename: 'Project', id });
    expect(project.mentions.length).toBeGreaterThan(0);
    for (const m of project.mentions) {
      expect(REPORT_TEXT.slice(m.start, m.end)).toBe(m.quote);
      expect(REPORT_TEXT.slice(m.sentence.start, m.sentence.end)).toBe(m.sentence.text);
      expect(m.start).toBeGreaterThanOrEqual(m.sentence.start);
      expect(m.end).toBeLessThanOrEqual(m.sentence.end);
    }
  });

  it('gives every entity of every kind mentions whose offsets cut the quote out of the report', async () => {
    const fields = ['projects', 'townships', 'industries', 'enterprises', 'platforms', 'villages'];
    const query = `{ ${fields.map((f) => `${f}(first: 100) { nodes { name ${MENTION_FIELDS} } }`).join(' ')} indicators(first: 100) { nodes { statement ${MENTION_FIELDS} } } }`;
    const { body } = await server.graphql<Record<string, { nodes: { mentions: Mention[] }[] }>>(query);
    expect(body.errors).toBeUndefined();
    let checked = 0;
    for (const field of [...fields, 'indicators']) {
      for (const node of body.data![field].nodes) {
        for (const m of node.mentions) {
          expect(REPORT_TEXT.slice(m.start, m.end)).toBe(m.quote);
          expect(m.sentence.text).toContain(m.quote);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('answers an indicator with its metric, sentence and the metric across years', async () => {
    const { body } = await server.graphql<{
      metric: {
        name: string;
        indicators: { kind: string; year: number; value: number; unit: string; comparator: string }[];
      };
    }>('{ metric(name: "规上工业增加值增长") { name indicators { kind year value unit comparator } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.metric.indicators).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'RESULT', year: 2022, value: 6.1, unit: '%' }),
        expect.objectContaining({ kind: 'TARGET', year: 2023 }),
      ]),
    );
  });

  it('links industries to subsectors and to what concerns them', async () => {
    const { body } = await server.graphql<{
      industries: {
        nodes: {
          name: string;
          parent: { name: string } | null;
          subsectors: { name: string }[];
          projects: { name: string }[];
          enterprises: { name: string }[];
          indicators: { statement: string }[];
        }[];
      };
    }>(
      '{ industries(first: 100) { nodes { name parent { name } subsectors { name } projects { name } enterprises { name } indicators { statement } } } }',
    );
    expect(body.errors).toBeUndefined();
    const industries = body.data!.industries.nodes;
    const withParent = industries.filter((i) => i.parent);
    expect(withParent.length).toBeGreaterThan(0);
    for (const child of withParent) {
      const parent = industries.find((i) => i.name === child.parent!.name);
      expect(parent?.subsectors.map((s) => s.name)).toContain(child.name);
    }
    expect(industries.some((i) => i.enterprises.length > 0)).toBe(true);
  });

  it('reads the report outline: parts, sections, paragraphs and sentences', async () => {
    const { body } = await server.graphql<{
      report: {
        title: string;
        county: string;
        year: number;
        resultsYear: number;
        contentHash: string;
        text: string;
        sections: {
          number: string | null;
          part: string;
          children: {
            number: string;
            title: string;
            paragraphs: { topic: string | null; sentences: { text: string; year: number }[] }[];
          }[];
        }[];
      };
    }>(
      `{ report(id: "jinyun-2023") { title countyName county { code name prefecture province } year resultsYear contentHash text sections { number part children { number title paragraphs { topic sentences { text year } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const report = body.data!.report;
    expect(report).toMatchObject({
      title: '2023年政府工作报告',
      countyName: '缙云县',
      county: { code: '331122', name: '缙云县', prefecture: '丽水市', province: '浙江省' },
      year: 2023,
      resultsYear: 2022,
    });
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.text).toBe(REPORT_TEXT);
    expect(report.sections.map((s) => s.part)).toEqual(['PREAMBLE', 'RESULTS', 'GOALS', 'TASKS']);
    const tasks = report.sections[3];
    expect(tasks.children.map((c) => c.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)']);
    const results = report.sections[1];
    const topics = results.children.flatMap((c) => c.paragraphs.map((p) => p.topic));
    expect(topics).toContain('创新活力更加充沛');
    for (const c of results.children)
      for (const p of c.paragraphs) for (const s of p.sentences) expect(s.year).toBe(2022);
  });

  it('lists the entities a sentence names', async () => {
    const { body: found } = await server.graphql<{ search: { node: { id: string } }[] }>(
      '{ search(text: "330国道西移工程建成通车", kinds: [SENTENCE], first: 1) { node { id } } }',
    );
    const id = found.data!.search[0].node.id;
    const { body } = await server.graphql<{
      sentence: { text: string; entities: { kind: string; name: string; quote: string; node: { id: string } }[] };
    }>(`{ sentence(id: "${id}") { text entities { kind name quote node { id } } } }`);
    expect(body.data!.sentence.text).toContain('330国道西移工程建成通车');
    expect(body.data!.sentence.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'PROJECT', name: '330国道西移工程' })]),
    );
  });

  it('looks up every kind by the id its list gives, with its links', async () => {
    const { body: lists } = await server.graphql<Record<string, { nodes: { id: string }[] }>>(`{
      platforms(filter: { nameContains: "缙云机床小镇" }) { nodes { id } }
      villages(first: 1) { nodes { id } }
      enterprises(filter: { nameContains: "天喜厨电" }) { nodes { id } }
      indicators(filter: { metric: "地区生产总值增长", kind: TARGET }) { nodes { id } }
    }`);
    const id = (field: string) => lists.data![field].nodes[0].id;
    const { body } = await server.graphql<{
      platform: { name: string; platformKind: string; townships: { name: string }[]; industries: { name: string }[] };
      village: { name: string; township: { name: string } | null; mentionCount: number };
      enterprise: { name: string; industries: { name: string }[]; mentions: { quote: string }[] };
      indicator: {
        kind: string;
        year: number;
        metric: { name: string };
        sentence: { text: string };
        statement: string;
      };
    }>(
      `query($platform: ID!, $village: ID!, $enterprise: ID!, $indicator: ID!) {
        platform(id: $platform) { name platformKind townships { name } industries { name } }
        village(id: $village) { name township { name } mentionCount }
        enterprise(id: $enterprise) { name industries { name } mentions { quote } }
        indicator(id: $indicator) { kind year metric { name } sentence { text } statement }
      }`,
      {
        platform: id('platforms'),
        village: id('villages'),
        enterprise: id('enterprises'),
        indicator: id('indicators'),
      },
    );
    expect(body.errors).toBeUndefined();
    const { platform, village, enterprise, indicator } = body.data!;
    expect(platform).toMatchObject({ name: '缙云机床小镇', townships: [{ name: '壶镇镇' }] });
    expect(platform.industries.length).toBeGreaterThan(0);
    expect(village.mentionCount).toBeGreaterThan(0);
    expect(enterprise).toEqual({ name: '天喜厨电', industries: [{ name: '智能家电' }], mentions: expect.any(Array) });
    expect(enterprise.mentions.every((m) => m.quote === '天喜厨电')).toBe(true);
    expect(indicator).toMatchObject({ kind: 'TARGET', year: 2023, metric: { name: '地区生产总值增长' } });
    expect(indicator.sentence.text).toContain(indicator.statement);
  });

  it('answers null, without an error, for ids that name nothing or name another kind', async () => {
    const { body: t } = await server.graphql<{ townships: { nodes: { id: string }[] } }>(
      '{ townships(first: 1) { nodes { id } } }',
    );
    const townshipId = t.data!.townships.nodes[0].id;
    const { body } = await server.graphql(`{
      project(id: "project:不存在") { id }
      asProject: project(id: "${townshipId}") { id }
      node(id: "nothing") { id }
      enterprise(id: "") { id }
      township(name: "不存在镇") { id }
      nodes(ids: ["nothing", "${townshipId}"]) { id }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      project: null,
      asProject: null,
      node: null,
      enterprise: null,
      township: null,
      nodes: [null, { id: townshipId }],
    });
  });
});
