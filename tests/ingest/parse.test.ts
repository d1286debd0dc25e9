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
