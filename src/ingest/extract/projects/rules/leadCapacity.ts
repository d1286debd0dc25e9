import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 年产10万吨有机肥厂, 年出栏20万只肉羊养殖项目: the capacity is not part of the name. */
const LEAD_CAPACITY =
  /^年(?:产|出栏|处理|加工|生产|屠宰)(?:能力)?[\d.]+(?:万|千|亿)?(?:吨|只|头|件|片|台|套|辆|平方米|立方米|千瓦时|度)/;

export const leadCapacity: Rule<TrimInput, number> = {
  name: 'leadCapacity',
  description: 'a yearly capacity before the name (年产10万吨有机肥厂)',
  apply: ({ text }) => LEAD_CAPACITY.exec(text)?.[0].length ?? null,
};
