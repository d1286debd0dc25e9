import { matchProjects, scoreProjects, withoutGenericTail } from './score';

describe('scoreProjects (the helper the reviewed-report tests use)', () => {
  const p = (name: string, aliases: string[] = []) => ({ name, aliases });

  it('matches a project by its name or an alias against any form of a reviewed line', () => {
    const score = scoreProjects(
      [p('沙河大街综合管廊'), p('第三水厂', ['第三水厂项目']), p('某某工程')],
      [['沙河大街综合管廊', '沙河大街管廊'], ['第三水厂项目'], ['拒马河大桥拓宽工程']],
    );
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
  });

  it('tells a name cut or extended (boundary) from a project missed or made up', () => {
    const score = scoreProjects([p('大桥拓宽工程'), p('凭空工程')], [['拒马河大桥拓宽工程'], ['第三水厂']]);
    expect(score.errors).toEqual([
      { kind: 'boundary', name: '拒马河大桥拓宽工程' },
      { kind: 'missed', name: '第三水厂' },
      { kind: 'extra', name: '凭空工程' },
    ]);
    expect(score.commonError).toMatch(/^(boundary|missed|extra) ×1/);
  });

  it('takes a name with or without a generic tail (项目, 工程) as the same name, on either side', () => {
    const score = scoreProjects(
      [p('桃木疙瘩屠宰加工'), p('阳元街北延工程'), p('北易水综合治理')],
      [['桃木疙瘩屠宰加工项目'], ['阳元街北延'], ['北易水综合治理工程']],
    );
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
  });

  it('does not take an action word or a bare generic word for a generic tail', () => {
    expect(withoutGenericTail('朝阳路一中段改造')).toBe('朝阳路一中段改造');
    expect(withoutGenericTail('项目')).toBe('项目');
    const score = scoreProjects(
      [p('朝阳路一中段'), p('泉坊镇卫生院新改扩建')],
      [['朝阳路一中段改造'], ['泉坊镇卫生院']],
    );
    expect(score.recall).toBe(0);
    expect(score.errors.map((e) => e.kind)).toEqual(['boundary', 'boundary']);
  });

  it('pairs one to one: one node does not recall two reviewed projects, two nodes of one project are one extra', () => {
    // 纬一路安置区 was written 纬一路 in a list (an alias); the road 纬一路 is another reviewed project.
    const shared = scoreProjects([p('纬一路安置区', ['纬一路'])], [['纬一路'], ['纬一路安置区']]);
    expect(shared.recall).toBe(0.5);
    expect(shared.precision).toBe(1);
    const twice = scoreProjects(
      [p('沟西小学'), p('沟西小学整体改造提升工程')],
      [['沟西小学整体改造提升工程', '沟西小学']],
    );
    expect(twice.recall).toBe(1);
    expect(twice.precision).toBe(0.5);
  });

  it('pairs by the strongest rule first, whatever the order of the lists', () => {
    const projects = [p('纬一路安置区', ['纬一路']), p('纬一路')];
    const lines = [['纬一路安置区'], ['纬一路']];
    expect([...matchProjects(projects, lines)].sort()).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect([...matchProjects(projects, [lines[1], lines[0]])].sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
