import type { Rule } from '../../rules';
import type { ShortFormUse } from '../inputs';

/** 涞源 is 涞源镇's short form and the county's: the report means the county far more often. */
export const namesTheCounty: Rule<ShortFormUse, true> = {
  name: 'namesTheCounty',
  description: 'the short form is also the name of the county or prefecture (涞源镇 → 涞源)',
  apply: ({ form, countyForms }) => (countyForms.has(form) ? true : null),
};
