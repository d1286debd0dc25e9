import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';

/** 推进太行山农业创新驿站建设, where the report also writes 建成太行山农业创新驿站两家: a kind. */
export const countedKind: Rule<NameCandidate, false> = {
  name: 'countedKind',
  description: 'a name the report writes with a count elsewhere (太行山农业创新驿站两家)',
  apply: ({ name, written, vocab }) => (vocab.kinds.has(name) || vocab.kinds.has(written) ? false : null),
};
