import type { Comparator } from '../../types';
import type { Item } from './metricNaming';
import type { Rule } from './rule';

/**
 * Comparators a statement takes from words around its quantity, when the
 * quantity itself reads EXACTLY (rules/comparators.ts reads the words written
 * with the number): an ordered table, first match wins.
 */

export interface StatementComparatorContext {
  /** Folded sentence text. */
  text: string;
  item: Item;
  /** The first item of the item's 、-list. */
  listFirst: Item;
  /** The item whose subject the statement took (a bare 增长 after a level), with its list's first item. */
  source: { item: Item; listFirst: Item } | null;
  /** The next item in the sentence. */
  next: Item | null;
}

type StatementComparatorRule = Rule<StatementComparatorContext, Comparator>;

const FLOOR = /至少|不少于|不低于/;
const ESTIMATE = /预计/;
/** A sentence opened by 预计, after an optional year or scope: 预计全县生产总值完成122.4亿元;… */
const OPENING_ESTIMATE = /^(?:(?:19|20)\d\d年[,，]?)?(?:全年|全县|全区|我县)?预计/;

export const STATEMENT_COMPARATORS: readonly StatementComparatorRule[] = [
  {
    name: 'floorInList',
    doc: 'a floor word before the item or its list covers it: 至少完成2个品类…、10宗交易',
    apply: ({ item, listFirst }) => (FLOOR.test(item.before) || FLOOR.test(listFirst.before) ? 'AT_LEAST' : null),
  },
  {
    name: 'estimateInClause',
    doc: '预计 before the item or its list makes it an estimate: 城乡居民收入预计分别完成26996元、17613元',
    apply: ({ item, listFirst }) => (ESTIMATE.test(item.before) || ESTIMATE.test(listFirst.before) ? 'ABOUT' : null),
  },
  {
    name: 'estimateOfSource',
    doc: 'a change of an estimated value is an estimate too: 社会消费品零售总额预计完成52亿元,同比增长5.2%',
    apply: ({ source }) =>
      source && (ESTIMATE.test(source.item.before) || ESTIMATE.test(source.listFirst.before)) ? 'ABOUT' : null,
  },
  {
    name: 'estimateOpensSentence',
    doc: 'a sentence opened by 预计 is an estimate throughout: 预计全县生产总值完成122.4亿元;规模以上工业增加值完成12亿元',
    apply: ({ text }) => (OPENING_ESTIMATE.test(text) ? 'ABOUT' : null),
  },
  {
    name: 'boundSharedBy且',
    doc: 'a bound after the second of two values joined by 且 covers both: 总收入20万元且经营性收入10万元以上',
    apply: ({ text, item, next }) =>
      text[item.quantity.end] === '且' && next && next.quantity.comparator !== 'EXACTLY'
        ? next.quantity.comparator
        : null,
  },
];
