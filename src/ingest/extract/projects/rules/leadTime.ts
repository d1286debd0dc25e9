import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 年内, 今年, 7月底, 2022年底前: when, not what. */
const LEAD_TIME =
  /^(?:(?:\d{4}|今|明|当)年(?:底|内|初)?(?:前)?|年内|年底(?:前)?|上半年|下半年|\d{1,2}月(?:底|初|份)?(?:前)?)/;

export const leadTime: Rule<TrimInput, number> = {
  name: 'leadTime',
  description: 'a time before a name (年内, 7月底)',
  apply: ({ text }) => LEAD_TIME.exec(text)?.[0].length ?? null,
};
