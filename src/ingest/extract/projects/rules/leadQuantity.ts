import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** A count glued to the front of a name: 500套人才公寓, 12.5公里排水管道, 三家公立医院, 1.2万 … */
const LEAD_QUANTITY = /^[\d.]+(?:万|千)?(?:套|个|座|所|条|家|处|项|户|台|公里|千米|米|平方米|平方公里|亩|吨)|^\d+\.\d+/;

export const leadQuantity: Rule<TrimInput, number> = {
  name: 'leadQuantity',
  description: 'a count glued to the front of a name (500套人才公寓)',
  apply: ({ text }) => LEAD_QUANTITY.exec(text)?.[0].length ?? null,
};
