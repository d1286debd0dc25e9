import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/**
 * 新建菌包厂养菌车间1万平米: the size of the work after its name. After a campaign (违建整治33.2万
 * 平方米) the figure measures what the campaign did, and the words stay prose.
 */
const SIZE = /[\d.]+(?:万|千)?(?:平米|平方米|平方公里|亩|公里|千米|米|千瓦|兆瓦)$/;
const CAMPAIGN_DONE = /(?:治理|整治|改造|拆除|修复|利用|绿化|硬化|造林|清理)$/;

export const tailSize: Rule<TrimInput, number> = {
  name: 'tailSize',
  description: 'the size of the work after its name (…养菌车间1万平米)',
  apply: ({ text }) => {
    const m = SIZE.exec(text);
    return m && m.index >= 2 && !CAMPAIGN_DONE.test(text.slice(0, m.index)) ? m[0].length : null;
  },
};
