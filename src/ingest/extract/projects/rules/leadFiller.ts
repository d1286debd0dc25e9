import type { Rule } from '../../rules';
import { wordBoundaries } from '../../words';
import type { TrimInput } from '../trims';

/** Words before a name that are not part of it: 全市首个, 省级, 力争, 重点, 并, 将 … */
const LEAD_FILLER =
  /^(?:[一二三四五六七八九十]是|(?:全省|全国|全市)?首(?:部|个|批)|[省市县]级|国家级|高标准|高质量|高水平|实现|同步|力争|确保|进一步|深入|深化|推动|大力|着力|重点|积极|突出抓好|抓好|持续|不断|继续|所有|全部|各类|各|是|并|将|以|对|把|的|及|和|与)/;

export const leadFiller: Rule<TrimInput, number> = {
  name: 'leadFiller',
  description: 'filler before a name (二是, 全市首个, 重点, 所有, 是, 并, 将)',
  // One filler at a time (the trim table is applied again), and only a whole word: 对 is filler
  // in 对白石山景观大道, not in 对接合作.
  apply: ({ text }) => {
    const length = LEAD_FILLER.exec(text)?.[0].length;
    return length && wordBoundaries(text).has(length) ? length : null;
  },
};
