import type { Rule } from '../../rules';
import type { FrameVerdict, PieceFrame } from '../frames';
import { COUNT_LEAD } from '../vocabulary';

/**
 * 启动一批道路、市政设施、老旧城区改造提升工程: a count before a list counts kinds of works; none
 * of its items is a named project. An explicit list of projects (…等项目) is read as such.
 */
export const countedList: Rule<PieceFrame, FrameVerdict> = {
  name: 'countedList',
  description: 'a count before a list (一批道路、市政设施…), so its items are kinds',
  apply: ({ words, listed }) => (!listed && COUNT_LEAD.test(words) ? 'kinds' : null),
};
