import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** …周转学校建设和北城小学: the status of the previous name and the 和 that joins, not this name. */
const STATUS_AND = /^(?:建设|改造|实施|推进|提升|扩建|迁建)(?:和|及|与)/;

export const leadStatusAnd: Rule<TrimInput, number> = {
  name: 'leadStatusAnd',
  description: 'the previous name’s status and a joining 和 (建设和北城小学)',
  apply: ({ text }) => STATUS_AND.exec(text)?.[0].length ?? null,
};
