import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** Verbs that govern a name without reporting its progress (抢抓…, 加强…, 做好…, 围绕…, 发挥…, 提升…). */
const GOVERNING_VERB =
  /^(?:抢抓|落实|引进|开通|打通|加强|完善|做好|做强|抓实|抓紧|围绕|依托|支持|争取|开展|启动实施|全力推进|加速推进|重点推进|突出|狠抓|强化|新上|新开工|续建|谋划储备|充分发挥|发挥|提升)(?=[\u4e00-\u9fa5A-Za-z\d])/;

export const leadGoverningVerb: Rule<TrimInput, number> = {
  name: 'leadGoverningVerb',
  description: 'a verb that governs the name (抢抓…, 加强…, 做好…)',
  apply: ({ text }) => GOVERNING_VERB.exec(text)?.[0].length ?? null,
};
