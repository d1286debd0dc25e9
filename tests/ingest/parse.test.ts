import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '../../src/ingest/parse';
import type { ReportMeta } from '../../src/ingest/types';

const root = path.join(__dirname, '../..');
const text = readFileSync(path.join(root, 'data/reports/jinyun-2023.txt'), 'utf8');
const { topics } = JSON.parse(readFileSync(path.join(root, 'data/lexicon/topics.json'), 'utf8')) as {
  topics: string[];
};
const meta = JSON.parse(readFileSync(path.join(root, 'data/reports/jinyun-2023.json'), 'utf8')) as ReportMeta;

describe('parseReport on the Jinyun report', () => {
  const report = parseReport(text, meta, { knownTopics: topics });

  it('recovers the three parts and the seven numbered task sections, also where the source lost "(一"', () => {
    const top = report.sections.filter((s) => s.level === 1 && s.number);
    expect(top.map((s) => s.number)).toEqual(['一', '二', '三']);
    const tasks = report.sections.filter((s) => s.parentId === top[2].id);
    expect(tasks.map((s) => s.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)', '(七)']);
    expect(tasks[0].title.startsWith('系统打造工业生态')).toBe(true);
    const goals = report.sections.filter((s) => s.parentId === top[1].id);
    expect(goals.map((s) => s.number)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)']);
  });

  it('groups the results part under its 一年来,我们聚力… sub-headings', () => {
    const results = report.sections.filter((s) => s.part === 'RESULTS' && s.level === 2);
    expect(results).toHaveLength(7);
    expect(results[0].title).toBe('聚力两园驱动,工业经济克难前行');
  });

  it('finds lead phrases, also where the closing full stop was lost', () => {
    const topics = report.paragraphs.map((p) => p.topic?.text).filter(Boolean);
    expect(topics).toEqual(
      expect.arrayContaining([
        '创新活力更加充沛',
        '突出创新第一动力',
        '魅力老城颜值更高',
        '聚力四城一体',
        '疫情防控措施精准落实',
      ]),
    );
    for (const p of report.paragraphs) if (p.topic) expect(text.slice(p.topic.start, p.topic.end)).toBe(p.topic.text);
  });

  it('gives every sentence exact offsets and the year it speaks about', () => {
    expect(report.sentences.length).toBeGreaterThan(250);
    for (const s of report.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    const gdp = report.sentences.find((s) => s.text.includes('达到301.5亿元'));
    expect(gdp?.year).toBe(2022);
    const task = report.sentences.find((s) => s.part === 'TASKS');
    expect(task?.year).toBe(2023);
  });
});

describe('parseReport keeps the Jinyun outline it had before reading other counties', () => {
  const report = parseReport(text, meta, { knownTopics: topics });
  const before = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/jinyun-2023-outline.json'), 'utf8')) as {
    sections: unknown[][];
    paragraphs: unknown[][];
    sentences: unknown[][];
  };

  it('has the same sections, paragraphs with their lead phrases, and sentences at the same offsets', () => {
    expect(
      report.sections.map((s) => [s.id, s.number, s.title, s.level, s.order, s.parentId, s.part, s.start, s.end]),
    ).toEqual(before.sections);
    expect(
      report.paragraphs.map((p) => [
        p.id,
        p.sectionId,
        p.index,
        p.start,
        p.end,
        p.topic ? [p.topic.text, p.topic.start, p.topic.end] : null,
      ]),
    ).toEqual(before.paragraphs);
    expect(
      report.sentences.map((s) => [s.id, s.paragraphId, s.sectionId, s.index, s.start, s.end, s.year, s.part]),
    ).toEqual(before.sentences);
  });

  it('takes sentence years from the metadata, not from constants', () => {
    const sample = '一、2030年工作回顾\n全年完成投资5亿元。\n二、2031年主要任务\n（一）抓项目。\n开工建设甲乙大桥。\n';
    const parsed = parseReport(sample, { ...meta, id: 'sample', year: 2031, resultsYear: 2030 });
    expect(parsed.sentences.map((s) => [s.text, s.part, s.year])).toEqual([
      ['全年完成投资5亿元。', 'RESULTS', 2030],
      ['开工建设甲乙大桥。', 'TASKS', 2031],
    ]);
  });

  it('marks the whole text as the body: its header is the speech header, and nothing follows the closing call but 附件', () => {
    expect(report.body).toEqual({ start: 0, end: text.trimEnd().length });
    expect(report.nonBody).toEqual([]);
  });
});

describe('parseReport on made-up reports of the genre', () => {
  const made = (sample: string) => parseReport(sample, { ...meta, id: 'sample', year: 2031, resultsYear: 2030 });

  it('finds parts that are not numbered by their wording', () => {
    const report = made(
      '各位代表：\n过去一年工作回顾\n全年完成投资5亿元。\n2031年工作安排\n（一）抓项目。\n开工建设甲乙大桥。\n政府自身建设\n依法行政。\n各位代表，让我们努力奋斗！\n',
    );
    expect(report.sections.filter((s) => s.level === 1).map((s) => [s.title, s.part])).toEqual([
      ['报告开篇', 'PREAMBLE'],
      ['过去一年工作回顾', 'RESULTS'],
      ['2031年工作安排', 'TASKS'],
      ['政府自身建设', 'TASKS'],
    ]);
    expect(report.sections.filter((s) => s.level === 2).map((s) => s.title)).toEqual(['抓项目']);
  });

  it('refuses a text without a results part and a plans part, saying what it found', () => {
    expect(() => made('一、2031年主要任务\n开工建设甲乙大桥。\n')).toThrow(
      /no outline found: expected a part reviewing past work .*found only "一、2031年主要任务" \(TASKS\)/,
    );
  });
});
