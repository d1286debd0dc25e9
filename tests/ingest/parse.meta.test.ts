import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  COUNTY_RULES,
  DATE_RULES,
  ISSUER_RULES,
  type MetaText,
  TITLE_RULES,
  YEAR_RULES,
  countySlug,
  inferReportMeta,
} from '../../src/ingest/meta';
import { ruleNamed } from '../../src/ingest/outline/rules';
import { ReportInputError } from '../../src/ingest/source';
import type { ReportMeta } from '../../src/ingest/types';
import { divisions } from '../../src/places/divisions';

const root = path.join(__dirname, '../..');
const reports = [
  'data/reports/jinyun-2023',
  ...[
    'laiyuan-2021',
    'laiyuan-2022',
    'rongcheng-2019',
    'rongcheng-2020',
    'xushui-2011',
    'xushui-2012',
    'xushui-2013',
    'yixian-2018',
    'yixian-2019',
  ].map((id) => `data/reports/dev/${id}`),
];

/**
 * Fields the text does not give: the titles of the 徐水 copies are the spreadsheet's (保定市徐水2011年…,
 * 2012年徐水区…), not words of the report; the inferred title is composed (徐水县2011年政府工作报告).
 */
const NOT_IN_TEXT: Record<string, (keyof ReportMeta)[]> = {
  'xushui-2011': ['title'],
  'xushui-2012': ['title'],
  'xushui-2013': ['title'],
};

describe.each(reports)('inferReportMeta on %s', (file) => {
  const text = readFileSync(path.join(root, `${file}.txt`), 'utf8');
  const json = JSON.parse(readFileSync(path.join(root, `${file}.json`), 'utf8')) as ReportMeta &
    Record<string, unknown>;
  const { meta, inferred } = inferReportMeta(text, {}, { sourceName: `${file}.txt` });

  it('reads from the bare text the metadata of the JSON file beside it', () => {
    const fields = (Object.keys(json) as (keyof ReportMeta)[]).filter(
      // source and lexicon say where the text and the county knowledge come from, not what the text says.
      (k) => !['source', 'textFile', 'lexicon'].includes(k) && !(NOT_IN_TEXT[json.id] ?? []).includes(k),
    );
    expect(Object.fromEntries(fields.map((k) => [k, meta[k]]))).toEqual(
      Object.fromEntries(fields.map((k) => [k, json[k]])),
    );
    // Nothing the JSON file lacks is made up (rongcheng and yixian give no date).
    if (json.publishedAt === undefined) expect(meta.publishedAt).toBeUndefined();
  });

  it('says what it inferred and from which words of the report', () => {
    for (const field of ['id', 'title', 'county', 'countyCode', 'year', 'resultsYear', 'issuedBy'] as const) {
      expect(inferred.filter((i) => i.field === field)).toHaveLength(1);
    }
    for (const i of inferred) {
      if (!i.words || i.rule === 'most-named') continue;
      expect(text.replace(/\n/g, '')).toContain(i.words.replace(/\n/g, ''));
    }
  });
});

describe('inferReportMeta with given fields', () => {
  const text = readFileSync(path.join(root, 'data/reports/dev/laiyuan-2022.txt'), 'utf8');

  it('lets given fields win and infers only the others', () => {
    const { meta, inferred } = inferReportMeta(text, { id: 'my-report', title: '我的标题', year: 2022 });
    expect([meta.id, meta.title, meta.year, meta.county]).toEqual(['my-report', '我的标题', 2022, '涞源县']);
    expect(inferred.map((i) => i.field).filter((f) => ['id', 'title', 'year'].includes(f))).toEqual([]);
    expect(inferred.map((i) => i.field)).toContain('county');
  });

  it('takes the county from a given code', () => {
    const { meta } = inferReportMeta(text, { countyCode: '130630' });
    expect([meta.county, meta.prefecture, meta.province]).toEqual(['涞源县', '保定市', '河北省']);
  });

  it('refuses a given county that does not exist, saying what to check', () => {
    expect(() => inferReportMeta(text, { county: '不存在县' })).toThrow(/不存在县 is no county of the division data/);
    expect(() => inferReportMeta(text, { countyCode: '999999' })).toThrow(ReportInputError);
  });
});

describe('inferReportMeta on text that cannot tell', () => {
  it('asks for a metadata file when no year is given anywhere', () => {
    const text = '各位代表：\n一、工作回顾\n完成了很多工作。\n二、工作安排\n继续努力。\n';
    expect(() => inferReportMeta(text)).toThrow(ReportInputError);
    expect(() => inferReportMeta(text)).toThrow(
      /could not tell the report's year: .*pass --meta with a JSON file like data\/reports\/jinyun-2023\.json/,
    );
  });

  it('asks for a metadata file when no county is named', () => {
    const text = '各位代表：\n一、2022年工作回顾\n完成了很多工作。\n二、2023年工作安排\n继续努力。\n';
    expect(() => inferReportMeta(text)).toThrow(/could not tell the report's county: .*pass --meta/);
  });

  it('tells counties of one name apart by the prefecture the text names, and otherwise asks', () => {
    const opening = '二、2023年工作安排\n继续努力。\n';
    const beijing = `各位代表：\n现在，我代表朝阳区人民政府向大会报告工作。\n一、2022年工作回顾\n北京市委领导下完成了工作。\n${opening}`;
    expect(inferReportMeta(beijing).meta.countyCode).toBe('110105');
    const bare = `各位代表：\n现在，我代表朝阳区人民政府向大会报告工作。\n一、2022年工作回顾\n完成了工作。\n${opening}`;
    expect(() => inferReportMeta(bare)).toThrow(/several are named 朝阳区 \(朝阳区 110105.*giving countyCode/);
  });
});

describe('metadata rules, each on its own', () => {
  const mt = (header: string[], headings: { title: string; years: number[] }[] = [], body = ''): MetaText => ({
    text: [...header, body].join('\n'),
    header,
    body,
    headings,
  });
  const data = divisions();

  it('year: session-date, title, plans-heading, review-heading', () => {
    const session = ruleNamed(YEAR_RULES, 'session-date');
    expect(session.apply(mt(['2011年1月20日在徐水县第十四届人民代表大会', '第五次会议上']))?.value).toBe(2011);
    expect(session.apply(mt(['202338日在缙云县第十八届人民代表大会第次会议上']))).toBeNull();
    expect(ruleNamed(YEAR_RULES, 'title').apply(mt(['2023年政府工作报告']))?.value).toBe(2023);
    expect(ruleNamed(YEAR_RULES, 'title').apply(mt(['政府工作报告']))).toBeNull();
    const headings = [
      { title: '2018年工作回顾', years: [2018] },
      { title: '2019年工作总体要求', years: [2019] },
    ];
    expect(ruleNamed(YEAR_RULES, 'plans-heading').apply(mt([], headings))?.value).toBe(2019);
    expect(ruleNamed(YEAR_RULES, 'review-heading').apply(mt([], headings.slice(0, 1)))?.value).toBe(2019);
  });

  it('county: government-name, session-place, title, most-named', () => {
    const county = (rule: string, m: MetaText) => ruleNamed(COUNTY_RULES, rule).apply({ ...m, divisions: data });
    expect(county('government-name', mt(['涞源县人民政府县长 周 峰']))?.counties[0].code).toBe('130630');
    expect(county('government-name', mt(['现在，我代表县人民政府向大会报告工作']))).toBeNull();
    const xushui = county('session-place', mt(['2011年1月20日在徐水县第十四届人民代表大会']));
    expect([xushui?.name, xushui?.counties[0].code]).toEqual(['徐水县', '130609']);
    expect(county('title', mt(['2021年涞源县政府工作报告']))?.counties[0].code).toBe('130630');
    const body = '容城县教育。容城发展。来到容城。支持容城。雄安新区建设。';
    expect(county('most-named', mt([], [], body))?.name).toBe('容城县');
    // 安新 inside 雄安新区 four times, but 安新县 never: not a candidate.
    expect(county('most-named', mt([], [], '雄安新区。雄安新区。雄安新区。雄安新区。'))).toBeNull();
  });

  it('issuer: publication-field, speaker, greeting', () => {
    const issuer = (rule: string, header: string[]) =>
      ruleNamed(ISSUER_RULES, rule).apply({ ...mt(header), county: '缙云县' })?.value;
    expect(issuer('publication-field', ['索引号: 1  发布机构: 缙云县人民政府办公室  发布时间:2023-03-14'])).toBe(
      '缙云县人民政府办公室',
    );
    expect(issuer('speaker', ['缙云县人民政府县长'])).toBe('缙云县人民政府');
    expect(issuer('greeting', ['现在，我代表缙云县人民政府向大会报告工作'])).toBe('缙云县人民政府');
    expect(issuer('greeting', ['现在，我代表县人民政府向大会报告工作'])).toBeUndefined();
  });

  it('title: a title line that names a year or a place, not a bare 政府工作报告', () => {
    const title = ruleNamed(TITLE_RULES, 'title-line');
    expect(title.apply(mt(['工作报告', '2022年涞源县政府工作报告', '政府工作报告']))?.value).toBe(
      '2022年涞源县政府工作报告',
    );
    expect(title.apply(mt(['政府工作报告2011年1月20日在徐水县第十四届人民代表大会']))).toBeNull();
  });

  it('date: publication-date before session-date', () => {
    expect(ruleNamed(DATE_RULES, 'publication-date').apply(mt(['发布时间:2023-03-14 11:35:15']))?.value).toBe(
      '2023-03-14',
    );
    expect(ruleNamed(DATE_RULES, 'session-date').apply(mt(['—— 2022年1月27日在县十七届人民代表大会']))?.value).toBe(
      '2022-01-27',
    );
  });
});

describe('countySlug', () => {
  const data = divisions();
  const slug = (code: string) => countySlug(data.county(code)!, data);

  it('spells a county in pinyin when no character of its name has two readings', () => {
    expect(slug('130630')?.slug).toBe('laiyuan');
    expect(slug('130633')?.slug).toBe('yixian');
    expect(slug('130609')?.slug).toBe('xushui');
  });

  it('names the counties that share the pinyin, and gives up on names with several readings', () => {
    expect(slug('130629')?.sharedWith.map((c) => c.name)).toEqual(['荣成市', '榕城区']);
    // 大城 (dacheng) would be read daicheng: the id falls back to the county code.
    const dacheng = data.findCounties('大城县')[0];
    expect(countySlug(dacheng, data)).toBeNull();
    const { meta } = inferReportMeta(
      '各位代表：\n我代表大城县人民政府报告工作。\n一、2022年工作回顾\n二、2023年工作安排\n',
    );
    expect(meta.id).toBe(`${dacheng.code}-2023`);
  });
});
