import { scoreProjects } from './score';

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
});
