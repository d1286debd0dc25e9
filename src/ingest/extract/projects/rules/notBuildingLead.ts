import type { Rule } from '../../rules';
import type { FrameVerdict, PieceFrame } from '../frames';

/**
 * 加强县职教中心建设, 加强乡镇卫生院和村级卫生室建设, 对标新区政务服务中心建设: after a verb of
 * strengthening or of taking as a model, 建设 is building up an institution, not a construction.
 */
const NOT_BUILDING = /^(?:进一步|持续|不断|切实)?(?:加强|强化|加大|健全|完善|对标|借鉴|学习)/;

export const notBuildingLead: Rule<PieceFrame, FrameVerdict> = {
  name: 'notBuildingLead',
  description: '加强…建设, 对标…建设: 建设 is not a construction',
  apply: ({ raw }) => (NOT_BUILDING.test(raw) ? 'notBuilt' : null),
};
