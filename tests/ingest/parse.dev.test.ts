import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/ingest/parse';
import type { NonBodyKind, ParsedReport, ReportMeta, ReportPart } from '../../src/ingest/types';

/**
 * Every development report parses, with the outline established by reading each one:
 * its top-level parts (number, part, the years a five-year part covers, how many
 * sub-sections it has), the self-building part, the lead lines, where the speech starts
 * and ends, and what lies outside it.
 */

const dir = path.join(__dirname, '../../data/reports/dev');

interface Expected {
  /** [number, part, sub-sections, five-year period] for each top-level part, in order. */
  parts: [string, ReportPart, number, string?][];
  /** The number of the part on the government's own conduct (政府自身建设), if it has one. */
  selfBuilding?: string;
  /** Lead phrases of the results part, in order (all of them where the part has them). */
  resultsTopics?: string[];
  firstSentence: string;
  /** How the last sentence of the speech (its closing call) ends. */
  lastSentenceEnds: string;
  nonBody: NonBodyKind[];
}

const EXPECTED: Record<string, Expected> = {
  'laiyuan-2021': {
    parts: [
      ['一', 'RESULTS', 0, '2016-2020'],
      ['二', 'GOALS', 6, '2021-2025'],
      ['三', 'TASKS', 8],
    ],
    resultsTopics: [
      '这是县域综合实力稳步提升的五年',
      '这是贫困群众民生福祉更加殷实的五年',
      '这是产业加速转型实现绿色发展的五年',
      '这是旅游城市建设发生深刻变化的五年',
      '这是生态治理成效明显改善的五年',
      '这是创新治理方式社会大局持续稳定的五年',
    ],
    firstSentence: '2021年2月5日在县十六届人民代表大会第五次会议上',
    lastSentenceEnds: '以优异成绩庆祝建党100周年！',
    nonBody: ['PAGE', 'EXCERPT', 'PAGE'],
  },
  'laiyuan-2022': {
    parts: [
      ['一', 'RESULTS', 0],
      ['二', 'GOALS', 8],
      ['三', 'TASKS', 0],
    ],
    selfBuilding: '三',
    resultsTopics: [
      '县域综合实力迈上新台阶',
      '巩固脱贫成果取得新进展',
      '项目开发区建设实现新突破',
      '城市面貌展现新形象',
      '生态环境治理得到新改善',
      '社会大局稳定展现新气象',
      '民生事业发展取得新成效',
    ],
    firstSentence: '政府工作报告',
    lastSentenceEnds: '以优异成绩迎接党的二十大胜利召开！',
    nonBody: ['PAGE', 'EXCERPT', 'PAGE'],
  },
  'rongcheng-2019': {
    parts: [
      ['一', 'RESULTS', 0],
      ['二', 'GOALS', 0],
      ['三', 'TASKS', 7],
      ['四', 'TASKS', 0],
    ],
    selfBuilding: '四',
    resultsTopics: [
      '管控政策有力有效落实',
      '生态环境持续改善',
      '产业转型升级持续推进',
      '城乡容貌持续提升',
      '教育三年提升工作亮点纷呈',
      '民生事业进一步发展',
    ],
    firstSentence: '2018年，是具有重大历史意义的一年，',
    lastSentenceEnds: '而努力奋斗！',
    nonBody: ['PAGE'],
  },
  'rongcheng-2020': {
    parts: [
      ['一', 'RESULTS', 0],
      ['二', 'GOALS', 0],
      ['三', 'TASKS', 7],
      ['四', 'TASKS', 0],
    ],
    selfBuilding: '四',
    resultsTopics: [
      '征迁安置开局有力，征迁群众服务保障全面落实',
      '生态治理取得新成效，环境质量进一步好转',
      '城乡容貌持续改善，人居环境进一步提升',
      '“双创双服”活动持续深化，创新创业服务更加优质高效',
      '着力推进民生事业发展，人民群众获得感进一步增强',
      '社会秩序保持安全稳定，人民群众安全感进一步增强',
    ],
    firstSentence: '2019 年，是雄安新区从以规划为中心向以建设为中心的转换之年，',
    lastSentenceEnds: '高质量发展雄安新区作出新的更大贡献！',
    nonBody: ['GLOSSARY'],
  },
  'xushui-2011': {
    parts: [
      ['一', 'RESULTS', 0, '2006-2010'],
      ['二', 'TASKS', 6, '2011-2015'],
      ['三', 'TASKS', 8],
    ],
    firstSentence: '政府工作报告2011年1月20日在徐水县第十四届人民代表大会',
    lastSentenceEnds: '谱写新的篇章!',
    nonBody: [],
  },
  'xushui-2012': {
    parts: [
      ['一', 'RESULTS', 0, '2007-2011'],
      ['二', 'TASKS', 4, '2012-2016'],
      ['三', 'TASKS', 8],
      ['四', 'TASKS', 4],
    ],
    selfBuilding: '四',
    firstSentence: '2012年2月16日在徐水县第十五届人民代表大会第一次会议上',
    lastSentenceEnds: '而努力奋斗！',
    nonBody: [],
  },
  'xushui-2013': {
    parts: [
      ['一', 'RESULTS', 0],
      ['二', 'TASKS', 10],
    ],
    resultsTopics: [
      '经济运行稳中有升，总体实力持续增长',
      '项目建设成果丰硕，发展后劲不断增强',
      '园区建设加快推进，承载能力显著提高',
      '农业基础日益稳固，农村经济稳步发展',
      '工业经济平稳增长，主导产业优势彰显',
      '第三产业发展快速，带动能力明显增强',
      '基础设施日趋完善，人居环境不断优化',
      '社会事业全面进步，稳定局面更加巩固',
      '自身建设得到加强，行政效能显著提升',
    ],
    firstSentence: '2013年3月10日在徐水县十五届人民代表大会第二次会议上',
    lastSentenceEnds: '而努力奋斗！',
    nonBody: [],
  },
  'yixian-2018': {
    parts: [
      ['一', 'RESULTS', 7],
      ['二', 'TASKS', 5],
      ['三', 'TASKS', 4],
    ],
    selfBuilding: '三',
    firstSentence: '各位代表：',
    lastSentenceEnds: '而努力奋斗！',
    nonBody: [],
  },
  'yixian-2019': {
    parts: [
      ['一', 'RESULTS', 7],
      ['二', 'TASKS', 5],
      ['三', 'TASKS', 4],
    ],
    selfBuilding: '三',
    firstSentence: '各位代表：',
    lastSentenceEnds: '成立70周年！',
    nonBody: [],
  },
};

function load(id: string): ParsedReport {
  const text = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
  const meta = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as ReportMeta;
  return parseReport(text, meta);
}

describe.each(Object.keys(EXPECTED))('parseReport on %s', (id) => {
  const expected = EXPECTED[id];
  const report = load(id);
  const top = report.sections.filter((s) => s.level === 1 && s.part !== 'PREAMBLE');

  it('finds the results part, the plans and their sub-sections', () => {
    expect(
      top.map((s) => {
        const subs = report.sections.filter((c) => c.parentId === s.id).length;
        const row: [string, ReportPart, number, string?] = [s.number ?? '', s.part, subs];
        if (s.period) row.push(`${s.period.from}-${s.period.to}`);
        return row;
      }),
    ).toEqual(expected.parts);
    for (const sub of report.sections.filter((s) => s.level === 2)) {
      expect(sub.title.length).toBeGreaterThan(2);
      expect(sub.title).not.toMatch(/^[（(]|。$/);
    }
  });

  it('finds the part on the government’s own conduct', () => {
    const found = top.filter((s) => s.rules?.includes('part:self-building')).map((s) => s.number);
    expect(found).toEqual(expected.selfBuilding ? [expected.selfBuilding] : []);
  });

  it('finds the lead phrases of the results part', () => {
    if (!expected.resultsTopics) return;
    const results = new Set(report.sections.filter((s) => s.part === 'RESULTS').map((s) => s.id));
    const topics = report.paragraphs.filter((p) => results.has(p.sectionId) && p.topic).map((p) => p.topic!.text);
    expect(topics).toEqual(expected.resultsTopics);
  });

  it('starts at the speech header or greeting and ends at the closing call', () => {
    expect(report.sentences[0].text.startsWith(expected.firstSentence)).toBe(true);
    expect(report.sentences.at(-1)!.text.endsWith(expected.lastSentenceEnds)).toBe(true);
    expect(report.body!.end).toBe(report.sentences.at(-1)!.end);
  });

  it('keeps page boilerplate, excerpts and glossaries outside the sentences', () => {
    expect(report.nonBody!.map((n) => n.kind)).toEqual(expected.nonBody);
    for (const s of report.sentences) {
      expect(report.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.start).toBeGreaterThanOrEqual(report.body!.start);
      expect(s.end).toBeLessThanOrEqual(report.body!.end);
      for (const n of report.nonBody!) expect(s.end <= n.start || s.start >= n.end).toBe(true);
      expect(s.text).not.toMatch(
        /分享到|上一篇|相关文章|内容摘要|名词解释|\.\.\.\.\.\.|百度搜索|^[（(][一二三四五六七八九十]+[）)]|^——|^-{2,}/,
      );
    }
  });

  it('gives each sentence the year of its part', () => {
    for (const s of report.sentences) {
      expect(s.year).toBe(s.part === 'RESULTS' ? report.meta.resultsYear : report.meta.year);
    }
  });
});

describe('what lies outside the body', () => {
  it('is the web page’s header, excerpt and navigation around laiyuan-2021', () => {
    const report = load('laiyuan-2021');
    const [header, excerpt, navigation] = report.nonBody!.map((n) => report.text.slice(n.start, n.end));
    expect(header).toMatch(/^工作报告\n2021年涞源县政府工作报告\n时间：2023-01-24[\s\S]*评论：\n0$/);
    expect(excerpt).toMatch(/^内容摘要：\n2021年2月5日[\s\S]*\.\.\.\.\.\.$/);
    expect(navigation).toMatch(/^分享到：\nQQ空间[\s\S]*相关文章[\s\S]*本栏最新[\s\S]*政府信息公开$/);
    expect(report.text.slice(report.nonBody![2].end).trim()).toBe('');
  });

  it('is the glossary of rongcheng-2020, all seven entries', () => {
    const report = load('rongcheng-2020');
    const [glossary] = report.nonBody!;
    const words = report.text.slice(glossary.start, glossary.end);
    expect(words.startsWith('【名词解释】\n[1]“三深化三提升”活动')).toBe(true);
    expect(words.match(/^\[\d\]/gm)).toHaveLength(7);
    expect(report.sentences.some((s) => s.text.includes('[7]“二三三三”工作任务'))).toBe(false);
  });

  it('is the site mark after the closing call of rongcheng-2019', () => {
    const report = load('rongcheng-2019');
    const [mark] = report.nonBody!;
    expect(report.text.slice(mark.start, mark.end)).toBe('百度搜索马 克 数 据 网');
  });
});
