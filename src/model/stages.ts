/**
 * A project's stage from the words a report uses for it (建成通车 → COMPLETED). The first rule
 * whose words occur in the status wins, so completion is read before the start it implies
 * (开工建成 is COMPLETED) and construction before planning (加快前期 is PLANNING: no building yet).
 */

export type ProjectStage = 'PLANNING' | 'SIGNED' | 'STARTED' | 'BUILDING' | 'COMPLETED' | 'OTHER';

export const STAGE_RULES: readonly { stage: ProjectStage; words: RegExp }[] = [
  {
    stage: 'COMPLETED',
    words: /建成|竣工|完工|完成|通车|贯通|投用|投运|投产|运营|开业|开园|落成|并网|通水|通气|交付|启用|达产/,
  },
  { stage: 'STARTED', words: /开工|动工|启动|开建|新建|开启/ },
  { stage: 'BUILDING', words: /建设|推进|续建|在建|实施|加快|提升|改造|扩建|攻坚/ },
  { stage: 'SIGNED', words: /签约|落地|引进|招引|入驻|落户|引入/ },
  { stage: 'PLANNING', words: /谋划|策划|储备|前期|规划|论证|立项|设计|筹建|争取|申报/ },
];

export function stageOf(status: string): ProjectStage {
  return STAGE_RULES.find((rule) => rule.words.test(status))?.stage ?? 'OTHER';
}
