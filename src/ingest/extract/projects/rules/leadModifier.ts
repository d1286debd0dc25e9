import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * 覆盖16个小区的集中供热二、三次管线改造, 占地700余亩的…: a measure closed by 的 before a name
 * describes it; the name starts after the 的. (Only a measure: 推进协同发展的主战场 and
 * 体制机制灵活的特色小镇 are descriptions, not names.)
 */
const MODIFIER = /^[^、的]{0,12}\d[^、的]{0,8}的(?=[\u4e00-\u9fa5A-Za-z\d]{3})/;

export const leadModifier: Rule<TrimInput, number> = {
  name: 'leadModifier',
  description: 'a measure closed by 的 before the name (覆盖16个小区的…)',
  apply: ({ text }) => {
    const m = MODIFIER.exec(text);
    return m ? m[0].length : null;
  },
};
