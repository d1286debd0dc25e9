import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 投资100亿元的抽水蓄能电站项目, 总投资5.9亿元的沙河大街管廊: the sum is not part of the name. */
const LEAD_INVESTMENT = /^(?:计划)?(?:总)?投资(?:约|近|超)?[\d.０-９]+(?:多|余)?(?:万|亿)?元(?:的)?/;

export const leadInvestment: Rule<TrimInput, number> = {
  name: 'leadInvestment',
  description: 'the investment before a name (投资100亿元的抽水蓄能电站项目)',
  apply: ({ text }) => LEAD_INVESTMENT.exec(text)?.[0].length ?? null,
};
