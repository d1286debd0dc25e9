import type { Rule } from '../../rules';
import type { ShortFormUse } from '../inputs';

/** Measure words that follow a count (套, 个 …) and the multipliers 万/亿/千. */
const MEASURE = '(?:个|批|座|所|条|处|家|项|套|片|间|栋|户|亩|公里|千米|米|平方米|万|亿|千|百)';
/**
 * A count right after the form: a verb and its object (新建500套人才公寓, 新建一批). A rating
 * (狼牙山5A) or a code is not a count.
 */
const COUNT = new RegExp(`^(?:[\\d０-９]+(?:[.．][\\d０-９]+)?${MEASURE}|[一两二三四五六七八九十几多数]+${MEASURE})`);

/** The report uses the form as a verb somewhere: 新建500套 ("newly build 500 flats"). */
export const countedObjectFollows: Rule<ShortFormUse, true> = {
  name: 'countedObjectFollows',
  description: 'somewhere in the report a count follows the form, as an object follows a verb (新建500套人才公寓)',
  apply: ({ followers }) => (followers.some((f) => COUNT.test(f)) ? true : null),
};
