import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * 百兴路等重点道路, 博视长远终端研发等: 等 closes a list; what follows it names the kind, not the
 * item. 等级 is a word (容城至易县高等级公路).
 */
const TAIL_ETC = /等(?!级)(?:[\d一二三四五六七八九十两]+(?:个|项|条|所|座|家|处))?[\u4e00-\u9fa5]{0,8}$/;

export const tailEtc: Rule<TrimInput, number> = {
  name: 'tailEtc',
  description: 'a list closer and its head after the name (百兴路等重点道路)',
  apply: ({ text }) => {
    const m = TAIL_ETC.exec(text);
    return m && m.index >= 2 ? m[0].length : null;
  },
};
