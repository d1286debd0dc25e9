import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * The size of one work glued to the front of its name: 500套人才公寓 (500 flats, one estate).
 * A count of separate things is not trimmed, so the words stay prose: 14所学校维修改造,
 * 2个核酸检测基地 and 36.9公里排水管道 are so many works of a kind, not one named work.
 */
const LEAD_QUANTITY = /^[\d.]+(?:万|千)?套/;

export const leadQuantity: Rule<TrimInput, number> = {
  name: 'leadQuantity',
  description: 'the size of one work before its name (500套人才公寓), not a count of works (14所学校)',
  apply: ({ text }) => LEAD_QUANTITY.exec(text)?.[0].length ?? null,
};
