import { cleanMetricName } from '../metricCleaning';
import {
  ATTRIBUTE,
  ATTRIBUTE_SUFFIX,
  BARE_CHANGE,
  CHANGE_SUFFIX,
  DIMENSION_NOUN,
  MULTIPLE_OF_YEAR,
  tidy,
  own,
  withoutVerb,
  subjectOf,
  previousIndex,
  previousReading,
  dimension,
  type NamingRule,
} from './context';

/**
 * Rules where a value takes its subject from the value before it: a bare 增长, 金额, share, multiple, or
 * no words at all.
 */

export const shareUsedFor: NamingRule = {
  name: 'shareUsedFor',
  doc: 'a share of a whole and what it goes to: 一般公共预算收入的82%用于民生 → 一般公共预算收入用于民生',
  apply: (c) => {
    const item = c.items[c.index];
    if (item.quantity.unit !== '%' || !/的$/.test(tidy(item.before))) return null;
    const use = /^(?:用于|投向|来自)[^,;:。、]+/.exec(tidy(item.after))?.[0];
    if (!use) return null;
    return [{ wording: own(item) + use, start: item.start, end: item.afterEnd }];
  },
};

export const shareOfWhole: NamingRule = {
  name: 'shareOfWhole',
  doc: 'a share of a whole takes the subject of the value before it: 财政民生支出22.1亿元,占公共财政预算支出的85% → 财政民生支出占公共财政预算支出比重; of a plan or task it is a completion rate: 完成投资36.93亿元,占年度任务的116.5% → …年度任务完成率',
  apply: (c) => {
    const item = c.items[c.index];
    const share = /^占(.+?)的?$/.exec(tidy(item.before));
    const previous = c.readings[previousIndex(c, true, true)];
    if (item.quantity.unit !== '%' || !share || !previous) return null;
    const whole = cleanMetricName(share[1]);
    const subject = subjectOf(previous.wording);
    const wording = /(?:计划|任务|目标)$/.test(whole) ? `${subject}${whole}完成率` : `${subject}占${whole}比重`;
    return [{ wording, start: item.start, end: item.quantity.end }];
  },
};

export const multipleOfBaseYear: NamingRule = {
  name: 'multipleOfBaseYear',
  doc: "a multiple of a base year's value takes the subject of the value before it: 完成全部财政收入10.1亿元,…是2006年的2.7倍 → 全部财政收入为2006年的倍数",
  apply: (c) => {
    const item = c.items[c.index];
    const match = MULTIPLE_OF_YEAR.exec(tidy(item.before));
    const from = previousIndex(c, true);
    if (!match || from < 0) return null;
    const wording = `${subjectOf(c.readings[from]!.wording)}为${match[1]}年的倍数`;
    return [{ wording, start: item.start, end: item.quantity.end, from }];
  },
};

export const levelAfterChange: NamingRule = {
  name: 'levelAfterChange',
  doc: "a level reached, after the value it grew from, takes that value's subject: 地区生产总值从2015年的45.58亿元增长到70.11亿元 → 地区生产总值",
  apply: (c) => {
    const item = c.items[c.index];
    const from = previousIndex(c, true);
    if (!/^(?:增长|提高|提升|增加|上升|扩大|下降|降低|减少)(?:到|至)$/.test(tidy(item.before)) || from < 0) return null;
    return [{ wording: subjectOf(c.readings[from]!.wording), start: item.start, end: item.quantity.end }];
  },
};

export const changeCarriesSubject: NamingRule = {
  name: 'changeCarriesSubject',
  doc: 'a bare change takes the subject of the value before it: 地区生产总值完成70.11亿元,同比增长4.9% → 地区生产总值增长',
  apply: (c) => {
    const item = c.items[c.index];
    const words = own(item);
    const from = previousIndex(c, true);
    if (!BARE_CHANGE.test(words) || from < 0) return null;
    const wording = subjectOf(c.readings[from]!.wording) + words;
    return [{ wording, start: item.start, end: item.quantity.end, from }];
  },
};

export const attributeCarriesSubject: NamingRule = {
  name: 'attributeCarriesSubject',
  doc: 'a bare attribute takes the subject of the value before it: 融资担保项目在保666笔、金额5.2亿 → 融资担保项目在保金额',
  apply: (c) => {
    const item = c.items[c.index];
    const words = own(item);
    const previous = c.readings[previousIndex(c, false, true)];
    if (!ATTRIBUTE.test(words) || !previous) return null;
    // 列入省市重点项目19项,总投资834.59亿元,…完成投资50.03亿元 → 省市重点项目投资: the things, not how they were counted.
    const subject = withoutVerb(subjectOf(previous.wording));
    const base = (subject.endsWith(words) ? subject.slice(0, -words.length) : subject).replace(ATTRIBUTE_SUFFIX, '');
    return [{ wording: base + words, start: item.start, end: item.quantity.end }];
  },
};

export const repeatsPrevious: NamingRule = {
  name: 'repeatsPrevious',
  doc: 'an item with no words of its own repeats the one before: 1200亩以上、力争1500亩以上; with another kind of unit it names the same thing counted otherwise: 资助补贴29361人次1817.58万元 → 资助补贴金额',
  apply: (c) => {
    const item = c.items[c.index];
    const previous = previousReading(c);
    if (own(item) !== '' || !previous) return null;
    const earlier = c.items[c.readings.lastIndexOf(previous)]?.quantity.unit ?? null;
    const unit = item.quantity.unit;
    let wording = previous.wording;
    const [d1, d2] = [unit, earlier].map((u) => (u === null ? 'any' : dimension(u)));
    // After a growth rate, a value is the level it grew to: 年均递增12%,达30263元.
    if (CHANGE_SUFFIX.test(cleanMetricName(previous.wording)) && d1 !== 'share') {
      wording = subjectOf(previous.wording);
    } else if (d1 !== 'any' && d2 !== 'any' && d1 !== d2) {
      wording = subjectOf(previous.wording) + (DIMENSION_NOUN[d1] ?? '');
    }
    return [{ wording, start: item.start, end: item.quantity.end }];
  },
};
