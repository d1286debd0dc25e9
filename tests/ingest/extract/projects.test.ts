import { detectProjects } from '../../../src/ingest/extract/projects';
import type { Lexicon } from '../../../src/ingest/lexicon';
import { parseReport } from '../../../src/ingest/parse';
import { lexicon, report, reviewedList, text } from './fixture';

const projects = detectProjects(report, lexicon);
const byName = new Map(projects.map((p) => [p.name, p]));
const sentenceYear = new Map(report.sentences.map((s) => [s.id, s.year]));

function milestones(name: string): string[] {
  return (byName.get(name)?.milestones ?? []).map((m) => `${m.year}:${m.status}`);
}

describe('detectProjects on the Jinyun report', () => {
  const reviewed = reviewedList('projects.txt');

  it('finds every project of the reviewed list (data/review/projects.txt)', () => {
    expect(reviewed.length).toBeGreaterThan(150);
    expect(reviewed.filter((name) => !byName.has(name))).toEqual([]);
  });

  it('finds nothing beyond the reviewed list', () => {
    expect(projects.map((p) => p.name).filter((name) => !reviewed.includes(name))).toEqual([]);
  });

  it("keeps one node per project across sentences and years (no name is another project's alias)", () => {
    expect(new Set(projects.map((p) => p.name)).size).toBe(projects.length);
    const owner = new Map<string, string>();
    for (const p of projects) {
      for (const form of [p.name, ...p.aliases]) {
        expect([undefined, p.name]).toContain(owner.get(form));
        owner.set(form, p.name);
      }
    }
    expect(milestones('棠溪水库')).toEqual(['2022:前期全面启动', '2023:开工']);
  });

  it('reads status words as the report words them, with the year of the sentence', () => {
    expect(milestones('330国道西移工程')).toEqual(['2022:建成通车']);
    expect(milestones('潜明水库引水工程')).toEqual(['2022:提前一年实现通水']);
    expect(milestones('新碧至壶镇天然气高压管道工程')).toEqual(['2022:建成通气']);
    expect(milestones('抽水蓄能电站')).toEqual(['2022:完成填筑', '2023:加快建设']);
    expect(milestones('壶镇四星级酒店')).toEqual(['2022:即将建成', '2023:建成']);
    expect(milestones('杭丽铁路义乌至缙云段')).toEqual(['2022:完成规划方案深化研究评审', '2023:完成可研审查']);
    expect(milestones('缙江高速')).toEqual(['2023:加快前期']);
    expect(milestones('问渔东路')).toEqual(['2022:建成通车']);
    for (const p of projects) for (const m of p.milestones) expect(m.year).toBe(sentenceYear.get(m.sentenceId));
  });

  it('splits lists on 、 and 等, and runs where the copy lost the 、', () => {
    for (const name of ['肖特玻管', '嘉宏运动二期', '企鹅科技']) expect(milestones(name)).toEqual(['2022:投产达效']);
    for (const name of ['普崎数码二期', '欧凯车业二期', '奇磨智能'])
      expect(milestones(name)).toEqual(['2022:加快推进']);
    // 誉鑫实业扩建肖特玻管二期肖特药包二期、欢腾动力等一大批制造业项目
    for (const name of ['誉鑫实业扩建', '肖特玻管二期', '肖特药包二期', '欢腾动力'])
      expect(byName.has(name)).toBe(true);
    // 溪东南路改建民安桥、老街改造 …; 大桥西路改造十字街外立面改造城市绿道四期
    for (const name of ['溪东南路改建', '民安桥', '大桥西路改造', '十字街外立面改造', '城市绿道四期'])
      expect(byName.has(name)).toBe(true);
  });

  it('gives a shared head to bare places and keeps names with 、 inside parentheses', () => {
    expect(byName.get('大源城市书房')?.milestones.map((m) => m.status)).toEqual(['加快建设']);
    expect(byName.has('双溪口城市书房')).toBe(true);
    expect(byName.has('壶镇敬老院') && byName.has('新建敬老院')).toBe(true);
    expect(byName.has('青少年(妇儿、老年、工会)活动中心')).toBe(true);
  });

  it('quotes the report exactly and only with the name or an alias', () => {
    for (const p of projects) {
      expect(p.mentions.length).toBeGreaterThan(0);
      for (const m of p.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.quote);
        expect([p.name, ...p.aliases]).toContain(m.quote);
      }
    }
  });

  it('puts each project in one category by generic rules, overridden by the lexicon', () => {
    const categories = new Set([
      '交通',
      '水利',
      '能源',
      '产业',
      '科创',
      '城建',
      '文旅',
      '农业',
      '教育',
      '医疗卫生',
      '社会民生',
      '生态环保',
    ]);
    for (const p of projects) expect(categories).toContain(p.category);
    expect(byName.get('330国道西移工程')?.category).toBe('交通');
    expect(byName.get('棠溪水库')?.category).toBe('水利');
    expect(byName.get('舒宁医院迁建')?.category).toBe('医疗卫生');
    expect(byName.get('嘉宏运动二期')?.category).toBe('产业');
  });

  it('works from rules: without lexicon corrections most reviewed projects are still found', () => {
    const bare: Lexicon = { ...lexicon, projects: { projects: [], exclusions: [], phrases: [] } };
    const found = new Set(detectProjects(report, bare).map((p) => p.name));
    expect(reviewed.filter((name) => found.has(name)).length).toBeGreaterThan(reviewed.length * 0.75);
  });

  it('reads a made-up report by the same rules', () => {
    const sample =
      '一、2022年政府主要工作\n一年来,我们聚力测试。\n甲乙大桥建成通车,丙丁水库、戊己公路等项目开工建设。\n三、2023年政府主要工作\n开工庚辛医院迁建项目。\n';
    const parsed = parseReport(sample, { ...report.meta, id: 'sample' });
    const found = detectProjects(parsed, { ...lexicon, projects: { projects: [], exclusions: [], phrases: [] } });
    expect(found.map((p) => [p.name, p.milestones.map((m) => `${m.year}:${m.status}`)])).toEqual([
      ['甲乙大桥', ['2022:建成通车']],
      ['丙丁水库', ['2022:开工建设']],
      ['戊己公路', ['2022:开工建设']],
      ['庚辛医院迁建', ['2023:开工']],
    ]);
  });
});
