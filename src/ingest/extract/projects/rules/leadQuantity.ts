import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** A count glued to the front of a name: 500套人才公寓, 1.2万 … */
const LEAD_QUANTITY = /^\d+(?:\.\d+)?(?:套|个|座|所|条|家)|^\d+\.\d+/;

export const leadQuantity: Rule<TrimInput, number> = {
  name: 'leadQuantity',
  description: 'a count glued to the front of a name (500套人才公寓)',
  apply: ({ text }) => LEAD_QUANTITY.exec(text)?.[0].length ?? null,
};
