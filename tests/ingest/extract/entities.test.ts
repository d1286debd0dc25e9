import { extractEntities, summarizeEntities } from '../../../src/ingest/extract/entities';
import type { Entity, ProjectEntity, TownshipEntity } from '../../../src/ingest/types';
import { lexicon, report, text } from './fixture';

const graph = extractEntities(report, lexicon);
const byId = new Map(graph.entities.map((e) => [e.id, e]));
const named = (kind: Entity['kind'], name: string) => graph.entities.find((e) => e.kind === kind && e.name === name);
const targets = (type: string, fromId: string) =>
  graph.relations.filter((r) => r.type === type && r.from === fromId).map((r) => byId.get(r.to)?.name);
const sources = (type: string, toId: string) =>
  graph.relations.filter((r) => r.type === type && r.to === toId).map((r) => byId.get(r.from)?.name);

describe('extractEntities on the Jinyun report', () => {
  it('has exactly 18 townships: 3 街道, 7 镇, 8 乡, each whether mentioned or not', () => {
    const townships = graph.entities.filter((e): e is TownshipEntity => e.kind === 'Township');
    expect(townships).toHaveLength(18);
    const kinds = townships.reduce<Record<string, number>>(
      (n, t) => ({ ...n, [t.townshipKind]: (n[t.townshipKind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ 街道: 3, 镇: 7, 乡: 8 });
  });

  it('gives every entity an id from its kind and name, and no id twice', () => {
    expect(new Set(graph.entities.map((e) => e.id)).size).toBe(graph.entities.length);
    expect(named('Project', '330国道西移工程')?.id).toBe('project:330国道西移工程');
  });

  it('cuts every mention exactly out of the report, quoting the name or an alias', () => {
    for (const e of graph.entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.quote);
        expect([e.name, ...e.aliases]).toContain(m.quote);
        const sentence = report.sentences.find((s) => s.id === m.sentenceId)!;
        expect(m.start >= sentence.start && m.end <= sentence.end).toBe(true);
      }
    }
  });

  it('never lets two mentions of the same kind overlap', () => {
    for (const kind of ['Township', 'Village', 'Platform', 'Industry', 'Enterprise', 'Project']) {
      const spans = graph.entities
        .filter((e) => e.kind === kind)
        .flatMap((e) => e.mentions)
        .sort((a, b) => a.start - b.start);
      spans.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThanOrEqual(spans[i].end));
    }
  });

  it('gives every lexicon entity other than townships at least one mention', () => {
    expect(graph.entities.filter((e) => e.kind !== 'Township' && e.mentions.length === 0).map((e) => e.name)).toEqual(
      [],
    );
  });

  it('reads ambiguous short forms by context: 新建 is the town only next to other townships', () => {
    const xinjian = named('Township', '新建镇')!;
    const around = xinjian.mentions.map((m) => text.slice(m.start, m.end + 2));
    expect(around).toEqual(expect.arrayContaining(['新建、大', '新建镇落地', '新建产城', '新建敬老']));
    for (const word of ['新建溪', '新建城乡', '新建500', '新建高标准'])
      expect(around.some((a) => a.startsWith(word))).toBe(false);
    const xiandu = named('Township', '仙都街道')!;
    expect(xiandu.mentions.map((m) => text.slice(m.start, m.end + 1))).not.toContain('仙都景');
    // 前路村 is a village, not a mention of 前路乡
    expect(named('Township', '前路乡')!.mentions.some((m) => text.slice(m.start, m.end + 1) === '前路村')).toBe(false);
  });

  it('has 330国道西移工程 as a Project with a 2022 milestone 建成通车', () => {
    const project = named('Project', '330国道西移工程') as ProjectEntity;
    expect(project.milestones).toEqual([expect.objectContaining({ year: 2022, status: '建成通车' })]);
  });

  it('locates projects in townships from their names, the lexicon and the clause', () => {
    const huzhen = named('Township', '壶镇镇')!.id;
    expect(sources('LOCATED_IN', huzhen)).toEqual(
      expect.arrayContaining(['壶镇四星级酒店', '壶镇前路一级公路', '新碧至壶镇天然气高压管道工程']),
    );
    expect(targets('LOCATED_IN', named('Project', '仙都至壶镇绿道')!.id).sort()).toEqual(['仙都街道', '壶镇镇'].sort());
    expect(targets('LOCATED_IN', named('Project', '竹林碳汇项目')!.id)).toEqual(['新建镇']);
    expect(targets('LOCATED_IN', named('Project', '新建体育馆')!.id)).toEqual(['新建镇']);
  });

  it('links projects to platforms, companies and industries, and industries to their parents', () => {
    expect(targets('PART_OF', named('Project', '丽缙高新区科创中心')!.id)).toEqual(['丽缙高新区']);
    expect(targets('PART_OF', named('Project', '洋山区块组团配套工程')!.id)).toEqual(['丽水高新区洋山区块']);
    expect(targets('BUILT_BY', named('Project', '嘉宏运动二期')!.id)).toEqual(['嘉宏运动']);
    expect(targets('BUILT_BY', named('Project', '肖特玻管')!.id)).toEqual(['肖特玻管']);
    expect(targets('IN_INDUSTRY', named('Project', '数字经济共富产业中心')!.id)).toEqual(['数字经济']);
    expect(targets('SUBSECTOR_OF', named('Industry', '锯床')!.id)).toEqual(['机械装备']);
    expect(targets('IN_TOWNSHIP', named('Village', '前路村')!.id)).toEqual(['前路乡']);
    expect(targets('IN_INDUSTRY', named('Enterprise', '晨龙锯床')!.id)).toEqual(['锯床']);
  });

  it('only relates entities that exist, with the kinds each relation allows', () => {
    const allowed: Record<string, [string[], string[]]> = {
      IN_TOWNSHIP: [['Village'], ['Township']],
      LOCATED_IN: [['Project', 'Platform', 'Enterprise'], ['Township']],
      PART_OF: [['Project'], ['Platform']],
      IN_INDUSTRY: [['Project', 'Enterprise', 'Platform'], ['Industry']],
      SUBSECTOR_OF: [['Industry'], ['Industry']],
      BUILT_BY: [['Project'], ['Enterprise']],
    };
    for (const r of graph.relations) {
      const [fromKinds, toKinds] = allowed[r.type];
      expect(fromKinds).toContain(byId.get(r.from)?.kind);
      expect(toKinds).toContain(byId.get(r.to)?.kind);
    }
  });

  it('summarizes counts without a database', () => {
    const summary = summarizeEntities(graph);
    expect(summary.entities.Township).toBe(18);
    expect(summary.entities.Project).toBeGreaterThan(150);
    expect(summary.mentions).toBe(graph.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(Object.keys(summary.relations).sort()).toEqual([
      'BUILT_BY',
      'IN_INDUSTRY',
      'IN_TOWNSHIP',
      'LOCATED_IN',
      'PART_OF',
      'SUBSECTOR_OF',
    ]);
  });
});
