import type { Rule } from '../../rules';
import type { FrameVerdict, PieceFrame } from '../frames';
import { looksLikeName } from '../names';

/**
 * 提升荆轲公园、易泰公园、易水公园等建设水平, 发挥容城体育馆、壹号秀场等文化体育场馆功能: two or
 * more names, every one ending like a work, closed by 等: named works, whatever the verb.
 */
/** What 等 closes when the items are not works: activities, measures, fields … (环境容貌整治、交通秩序整治等活动). */
const NOT_WORKS_AFTER_ETC =
  /等(?:[\u4e00-\u9fa5]{0,4})(?:活动|工作|行动|措施|政策|领域|行业|方面|问题|产业|企业|品牌|服务|机制|制度|模式|业态|任务|景点|景区|群体|人员)/;

export const namedListEtc: Rule<PieceFrame, FrameVerdict> = {
  name: 'namedListEtc',
  description: 'names that all end like works, closed by 等 (荆轲公园、易泰公园、易水公园等)',
  apply: ({ words, items, hasStatus }) => {
    if (hasStatus || items.length < 2 || !/、[^、]*等/.test(words) || NOT_WORKS_AFTER_ETC.test(words)) return null;
    return items.every((item) => looksLikeName(item)) ? 'namedList' : null;
  },
};
