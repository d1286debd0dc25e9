import { cleanMetricName } from '../metricCleaning';
import { CLASSIFIERS } from '../units';
import {
  ACTION_VERBS,
  ATTRIBUTE_BEFORE_DE,
  COUNT_CLASSIFIER,
  PLACES,
  REACH_NOUN,
  TRAILING_ACTION_VERB,
  tidy,
  own,
  predicateFirst,
  describedThing,
  dimension,
  type NamingRule,
} from './context';

/**
 * Rules where the words after the number name what it measures: the thing an investment or a size
 * describes (…的沙河大街管廊), the counted noun after a classifier (500套人才公寓).
 */

export const attributeBeforeDe: NamingRule = {
  name: 'attributeBeforeDe',
  doc: 'an attribute before 的 belongs to the thing after it: 启动总投资5.9亿元的沙河大街管廊 → 沙河大街管廊总投资',
  apply: (c) => {
    const item = c.items[c.index];
    if (!item.after.startsWith('的')) return null;
    const attribute = ATTRIBUTE_BEFORE_DE.exec(own(item))?.[1];
    const thing = describedThing(item.phrase.slice(1));
    if (!attribute || thing === '') return null;
    const another = /(?:和|及|与)?(?:总投资|投资)\d/.exec(item.phrase);
    const end = another ? item.quantity.end + another.index : item.phraseEnd;
    return [{ wording: thing + attribute, start: item.start, end }];
  },
};

export const reachOfThing: NamingRule = {
  name: 'reachOfThing',
  doc: 'how many people or households a thing reaches, written before 的: 完成涉及10万人的乡镇区划调整 → 乡镇区划调整涉及人口',
  apply: (c) => {
    const item = c.items[c.index];
    const verb = /(涉及|覆盖|惠及|服务|带动|受益)$/.exec(own(item))?.[1];
    if (!verb || !item.after.startsWith('的')) return null;
    const thing = describedThing(item.phrase.slice(1));
    if (thing === '') return null;
    const noun = REACH_NOUN[dimension(item.quantity.unit ?? '')] ?? '';
    return [{ wording: thing + verb + noun, start: item.start, end: item.phraseEnd }];
  },
};

export const investmentForAction: NamingRule = {
  name: 'investmentForAction',
  doc: 'an investment followed by what it does: 投资1.5亿元实施农村人居环境整治 → 农村人居环境整治投资',
  apply: (c) => {
    const item = c.items[c.index];
    const attribute = /(总投资|投资)$/.exec(own(item))?.[1];
    const action = /^(?:实施|用于|建设|新建|改造|推进|开展)(.+)$/.exec(tidy(item.after));
    if (!attribute || !action) return null;
    return [{ wording: describedThing(action[1]) + attribute, start: item.start, end: item.afterEnd }];
  },
};

export const countedNoun: NamingRule = {
  name: 'countedNoun',
  doc: 'numeral, classifier, noun: the counted noun follows the number: 新建500套人才公寓, 2家企业上榜…, 完成14所学校维修改造',
  apply: (c) => {
    const item = c.items[c.index];
    const q = item.quantity;
    let noun = cleanMetricName(tidy(item.after));
    // 突破2万件大关, 实现8100万只目标: a mark or a goal, not a counted noun.
    if (noun === '' || item.after.startsWith('的') || /^(?:大关|关口|台阶|水平|规模|目标|任务$)/.test(noun))
      return null;
    // Bounded by the next item, the noun stops where that item's verb begins: 11家大企业签订总投资….
    const next = c.items[c.index + 1];
    if (next && next.clause === item.clause && next.start <= item.afterEnd) {
      const verb = new RegExp(`(?:${ACTION_VERBS})`).exec(noun.slice(1));
      if (verb) noun = cleanMetricName(noun.slice(0, verb.index + 1));
    }
    const words = own(item);
    // The verb right before the number belongs to the name; a subject does not (…等10个美丽乡村).
    const verb = TRAILING_ACTION_VERB.exec(words)?.[0] ?? '';
    const subject = words.slice(0, words.length - verb.length);
    const base = q.unit?.replace(/^(?:万|亿)(?=.)/, '') ?? null;
    const counts = base !== null && COUNT_CLASSIFIER.test(base);
    // A measure names the noun after it when nothing names it before, or only places do: 洋山区块387亩…工业用地空间拓展.
    const measures =
      base !== null && (CLASSIFIERS.has(base) || CLASSIFIERS.has(q.unit!)) && (subject === '' || PLACES.test(subject));
    const bare = (q.unit === null || q.unit === '万' || q.unit === '亿') && words === '';
    if (!counts && !measures && !bare) return null;
    const verbAt = c.text.lastIndexOf(verb, q.start);
    const start = verb !== '' && verbAt >= item.start ? verbAt : q.start;
    return [{ wording: verb + predicateFirst(noun), start, end: item.afterEnd }];
  },
};
