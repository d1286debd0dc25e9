import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * A quoted name (涞源“雄源服装智慧新城”项目, “容和服装产业园”): the words before the opening
 * mark and the marks themselves are not part of it.
 */
export const leadBeforeQuote: Rule<TrimInput, number> = {
  name: 'leadBeforeQuote',
  description: 'words before a quoted name, and the opening mark (涞源“雄源服装智慧新城”)',
  apply: ({ text }) => {
    // Applied once the closing mark is off: the last opening mark has no closing one after it.
    const open = text.lastIndexOf('“');
    return open >= 0 && !text.includes('”', open) ? open + 1 : null;
  },
};

export const tailQuote: Rule<TrimInput, number> = {
  name: 'tailQuote',
  description: 'the closing mark of a quoted name',
  apply: ({ text }) => (text.endsWith('”') ? 1 : null),
};
