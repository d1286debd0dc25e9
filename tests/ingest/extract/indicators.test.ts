import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractIndicators } from '../../../src/ingest/extract/indicators';
import { entityId } from '../../../src/ingest/ids';
import { loadMetricLexicon, MetricLexiconError, parseMetricLexicon } from '../../../src/ingest/metricLexicon';
import { parseReport } from '../../../src/ingest/parse';
import type { Entity, IndicatorEntity, MetricEntity, ReportMeta } from '../../../src/ingest/types';
import { readReviewed } from '../../support/indicatorScore';

const root = path.join(__dirname, '../../..');
const text = readFileSync(path.join(root, 'data/reports/jinyun-2023.txt'), 'utf8');
const { topics } = JSON.parse(readFileSync(path.join(root, 'data/lexicon/topics.json'), 'utf8')) as {
  topics: string[];
};
const meta = JSON.parse(readFileSync(path.join(root, 'data/reports/jinyun-2023.json'), 'utf8')) as ReportMeta;
const lexiconFile = path.join(root, 'data/lexicon/metrics.json');
const report = parseReport(text, meta, { knownTopics: topics });
const lexicon = loadMetricLexicon(lexiconFile);

/** A hand-made entity at the first place `quote` occurs after `after`, so ABOUT can be tested without the entity extractor. */
function entityAt(kind: 'Township' | 'Platform' | 'Village', name: string, quote: string, after = ''): Entity {
  const start = text.indexOf(quote, after ? text.indexOf(after) : 0);
  if (start < 0) throw new Error(`${quote} not in report`);
  const sentence = report.sentences.find((s) => s.start <= start && s.end >= start + quote.length)!;
  const base = {
    id: entityId(kind, name),
    name,
    aliases: [],
    mentions: [{ sentenceId: sentence.id, start, end: start + quote.length, quote }],
  };
  if (kind === 'Township') return { ...base, kind, shortName: name.replace(/[镇乡]$/, ''), townshipKind: '镇' };
  if (kind === 'Platform') return { ...base, kind, platformKind: '高新区' };
  return { ...base, kind };
}

const entities: Entity[] = [
  entityAt('Platform', '丽水高新区', '丽水高新区', '大力推进丽水高新区洋山区块'),
  entityAt('Platform', '丽缙高新区', '丽缙高新区', '三都区块450亩、丽缙高新区'),
  entityAt('Township', '新建镇', '新建', '新建、大洋、石笕'),
  entityAt('Township', '东方镇', '东方', '东方、胡源创成'),
  entityAt('Platform', '丽缙高新区', '丽缙高新区', '丽缙高新区1300套'),
  entityAt('Village', '岩下村', '岩下村'),
];

const graph = extractIndicators(report, entities, lexicon);
const indicators = graph.entities.filter((e): e is IndicatorEntity => e.kind === 'Indicator');
const metrics = graph.entities.filter((e): e is MetricEntity => e.kind === 'Metric');
const metricName = (i: IndicatorEntity) => metrics.find((m) => m.id === i.metricId)?.name;
const of = (metric: string) => indicators.filter((i) => metricName(i) === metric);

describe('extractIndicators on the Jinyun report', () => {
  it('finds the headline growth rates as a 2022 result and a 2023 target of one metric', () => {
    const gdpGrowth = of('地区生产总值增长');
    expect(gdpGrowth).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ indicatorKind: 'RESULT', year: 2022, value: 5.2, unit: '%', comparator: 'EXACTLY' }),
        expect.objectContaining({ indicatorKind: 'TARGET', year: 2023, value: 7, unit: '%', comparator: 'AT_LEAST' }),
      ]),
    );
    expect(of('规上工业增加值增长')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ indicatorKind: 'RESULT', year: 2022, value: 6.1, unit: '%' }),
        expect.objectContaining({ indicatorKind: 'TARGET', year: 2023, value: 9, comparator: 'AT_LEAST' }),
      ]),
    );
  });

  it('keeps a level apart from its growth rate', () => {
    expect(of('地区生产总值').map((i) => [i.value, i.unit, i.comparator])).toEqual([
      [300, '亿元', 'AT_LEAST'],
      [301.5, '亿元', 'EXACTLY'],
    ]);
    expect(of('一般公共预算收入').map((i) => i.value)).toEqual([21.35]);
    expect(of('一般公共预算收入增长').map((i) => i.value)).toEqual([6.8, 10]);
  });

  it('maps 分别 lists to their subjects, also where the copy lost 乡 and 、', () => {
    expect(of('城镇居民收入增长').map((i) => [i.year, i.value, i.comparator])).toEqual([
      [2022, 4.1, 'EXACTLY'],
      [2023, 8, 'AT_LEAST'],
    ]);
    expect(of('农村居民收入增长').map((i) => [i.year, i.value])).toEqual([
      [2022, 8.7],
      [2023, 10],
    ]);
    expect(of('制造业贷款余额').map((i) => i.value)).toEqual([127.9]);
    expect(of('普惠型小微企业贷款余额').map((i) => i.value)).toEqual([240.5]);
  });

  it('reads a share of a plan as a completion rate', () => {
    expect(of('省重点项目年度投资计划完成率').map((i) => i.value)).toEqual([126.9]);
    expect(of('市重点项目年度投资计划完成率').map((i) => i.value)).toEqual([128.9]);
  });

  it('gives a 力争 value beside a 确保 floor as a stretch, keeping both', () => {
    expect(of('新增工业用地空间').map((i) => [i.value, i.comparator, i.stretch])).toEqual([
      [1200, 'AT_LEAST', false],
      [1500, 'AT_LEAST', true],
    ]);
    const output = of('规上工业总产值').filter((i) => i.year === 2023);
    expect(output.map((i) => [i.value, i.stretch])).toEqual([
      [450, false],
      [480, true],
    ]);
    // 力争 alone, with no floor beside it, is no stretch.
    expect(of('新增就业').find((i) => i.year === 2023)).toMatchObject({ value: 4500, stretch: false });
  });

  it('counts are indicators; size classes are part of the metric name', () => {
    expect(of('新增亿元以上企业')).toEqual([
      expect.objectContaining({ value: 3, unit: '家', indicatorKind: 'RESULT' }),
    ]);
    expect(of('引进10亿元以上项目').map((i) => [i.year, i.value])).toEqual([
      [2022, 4],
      [2023, 6],
    ]);
    expect(indicators.some((i) => i.value === 50 && i.unit === '亿元')).toBe(false); // 50亿元、100亿元以上项目实现突破
  });

  it('does not read names, dates or ranks as indicators', () => {
    const numbered =
      /山区26县|330国道|1612|20\d\d年|500强|220千伏|120急救|141体系|3\+N|8\+4|PM2\.5|3A级|60岁|13天|20周年/g;
    for (const match of text.matchAll(numbered)) {
      const inside = indicators.filter((i) => i.mentions[0].start <= match.index && i.mentions[0].end > match.index);
      expect({
        name: match[0],
        values: inside.map((i) => i.value).filter((v) => match[0].includes(String(v))),
      }).toEqual({
        name: match[0],
        values: [],
      });
    }
  });

  it('gives every indicator a mention whose offsets cut its statement from the report', () => {
    for (const i of indicators) {
      expect(i.mentions).toHaveLength(1);
      const [m] = i.mentions;
      expect(text.slice(m.start, m.end)).toBe(m.quote);
      expect(m.quote).toBe(i.statement);
      const sentence = report.sentences.find((s) => s.id === i.sentenceId)!;
      expect(m.start >= sentence.start && m.end <= sentence.end).toBe(true);
      expect(m.quote).toMatch(/\d|[一二两三四五六七八九]成/);
    }
  });

  it('links every indicator to a metric that exists, with unique stable ids', () => {
    const metricIds = new Set(metrics.map((m) => m.id));
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of indicators) {
      expect(metricIds.has(i.metricId)).toBe(true);
      expect(graph.relations).toContainEqual({
        type: 'MEASURES',
        from: i.id,
        to: i.metricId,
        sentenceId: i.sentenceId,
      });
    }
    for (const m of metrics) expect(m.id).toBe(entityId('Metric', m.name));
    expect(extractIndicators(report, entities, lexicon)).toEqual(graph);
  });

  it('finds at least 230 indicators, results for 2022 and targets for 2023', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(230);
    expect(new Set(indicators.map((i) => `${i.indicatorKind} ${i.year}`))).toEqual(
      new Set(['RESULT 2022', 'TARGET 2023']),
    );
    const both = metrics.filter((m) => {
      const kinds = new Set(indicators.filter((i) => i.metricId === m.id).map((i) => i.indicatorKind));
      return kinds.size === 2;
    });
    expect(both.length).toBeGreaterThanOrEqual(30);
  });

  it('links each indicator to the entities its own words, or the words before it, name (ABOUT)', () => {
    const about = graph.relations.filter((r) => r.type === 'ABOUT');
    const aboutOf = (i: IndicatorEntity) => about.filter((r) => r.from === i.id).map((r) => r.to);
    // 丽水高新区洋山区块387亩、三都区块450亩、丽缙高新区高铁区块700…: each value is about the zone its own item names;
    // the middle item names none, and does not borrow the zone inside its neighbour.
    const blocks = of('工业用地空间拓展').filter((i) => i.year === 2023);
    expect(blocks.map((i) => i.value)).toEqual([387, 450, 700]);
    expect(blocks.map(aboutOf)).toEqual([
      [entityId('Platform', '丽水高新区')],
      [],
      [entityId('Platform', '丽缙高新区')],
    ]);
    // 确保全年新增工业用地空间1200亩以上 sums all zones: the zones named before it are inside other statements.
    expect(aboutOf(of('新增工业用地空间')[0])).toEqual([]);
    // 丽缙高新区1300套蓝领公寓项目结顶: the name runs across the statement.
    expect(aboutOf(of('蓝领公寓结顶')[0])).toEqual([entityId('Platform', '丽缙高新区')]);
    // 东方、胡源创成…示范乡镇[,]美丽风景线1条: townships named first list achievers; the county's count is not about 东方.
    expect(aboutOf(of('美丽风景线')[0])).toEqual([]);
    // 新建 is named in a sentence without numbers; villages are not ABOUT targets.
    expect(about.some((r) => r.to === entityId('Township', '新建镇') || r.to === entityId('Village', '岩下村'))).toBe(
      false,
    );
    expect(about).toHaveLength(3);
  });
});

describe('the reviewed list data/review/indicators.tsv', () => {
  // Refuses a list whose header is not the reviewed format or whose quote is missing or not unique.
  const rows = readReviewed(path.join(root, 'data/review/indicators.tsv'), text);

  it('quotes the report exactly, each quote once', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect({ quote: row.quote, at: text.slice(row.start, row.end), again: text.indexOf(row.quote, row.end) }).toEqual(
        {
          quote: row.quote,
          at: row.quote,
          again: -1,
        },
      );
    }
  });

  /** An indicator matches a row when its mention overlaps the quote and every field agrees. */
  const matches = (i: IndicatorEntity, row: (typeof rows)[number]) => {
    const [m] = i.mentions;
    return (
      m.start < row.end &&
      m.end > row.start &&
      i.indicatorKind === row.kind &&
      i.year === row.year &&
      metricName(i) === row.metric &&
      i.value === row.value &&
      i.unit === row.unit &&
      i.comparator === row.comparator &&
      i.stretch === row.stretch
    );
  };

  it('is fully covered by the extractor (recall 100%)', () => {
    const missed = rows.filter((row) => !indicators.some((i) => matches(i, row)));
    expect(missed).toEqual([]);
  });

  it('explains everything the extractor finds beyond it (nothing, today)', () => {
    const explainedExtras: string[] = [];
    const extra = indicators.filter((i) => !rows.some((row) => matches(i, row))).map((i) => i.statement);
    expect(extra).toEqual(explainedExtras);
  });
});

describe('loadMetricLexicon', () => {
  it('names the file when the lexicon is malformed', () => {
    expect(() => parseMetricLexicon({ metrics: [{ aliases: [] }] }, 'data/lexicon/bad.json')).toThrow(
      /metric lexicon data\/lexicon\/bad\.json: metrics\[0\]\.name/,
    );
    expect(() => parseMetricLexicon({ metrics: [], restorations: [{ at: 'no gap', insert: '、' }] }, 'x.json')).toThrow(
      MetricLexiconError,
    );
    expect(() => loadMetricLexicon(path.join(root, 'data/lexicon/missing.json'))).toThrow(/missing\.json/);
  });

  it('refuses one wording for two metrics unless their units keep them apart', () => {
    expect(() =>
      parseMetricLexicon(
        {
          metrics: [
            { name: 'A', aliases: ['x'] },
            { name: 'B', aliases: ['x'] },
          ],
        },
        'm.json',
      ),
    ).toThrow(/"x" is listed for both A and B/);
    expect(() =>
      parseMetricLexicon(
        {
          metrics: [
            { name: 'A', aliases: ['x'], onlyUnits: ['家'] },
            { name: 'B', aliases: ['x'], onlyUnits: ['亿元'] },
          ],
        },
        'm.json',
      ),
    ).not.toThrow();
  });

  it('fails, naming the lexicon, when a restoration matches nothing in the report', () => {
    const stale = { ...lexicon, restorations: [...lexicon.restorations, { at: '不存在的|文字', insert: '、' }] };
    expect(() => extractIndicators(report, [], stale)).toThrow(/metrics\.json: restoration "不存在的\|文字"/);
  });
});
