import { cleanMetricName } from '../metricCleaning';
import { CLASSIFIERS } from '../units';
import {
  ATTRIBUTE,
  BARE_CHANGE,
  MEASURE_HEAD,
  PREDICATE_START,
  tidy,
  own,
  withoutVerb,
  subjectOf,
  earlierIndices,
  listRun,
  distributeSubjects,
  type NamingRule,
} from './context';

/**
 * Rules for lists: 分别 and 均 lists, a list sharing its counted noun, a list of bare values after a list
 * of values.
 */

export const respectively: NamingRule = {
  name: 'respectively',
  doc: '分别 maps values to subjects in order: 城乡居民收入分别增长6%和7% → 城镇居民收入增长, 农村居民收入增长; with no subject, the values read just before: …,分别增长64.2%、63.4%',
  apply: (c) => {
    const item = c.items[c.index];
    const match = /^(.*?)分别(.*)$/.exec(tidy(item.before));
    if (!match) return null;
    const [, last] = listRun(c.items, c.index);
    const run = c.items.slice(c.index, last + 1);
    // 同比 at the end of the subject belongs to the predicate: …浓度同比分别下降.
    const base = /(同比|比上年|较上年|比去年|较去年)$/.exec(match[1])?.[0] ?? '';
    const subject = cleanMetricName(match[1].slice(0, match[1].length - base.length));
    const predicate = base + match[2];
    let subjects = subject === '' ? null : distributeSubjects(subject, run.length, c.distributive);
    // No subject here: a list the value before names (X和Y年均递增27.7%,分别达到…), read as one or as several.
    const before = earlierIndices(c, 1);
    if (!subjects && subject === '' && before.length === 1 && earlierIndices(c, run.length).length === 0) {
      const previous = c.readings[before[0]]!;
      const all = [previous.wording, ...(previous.alsoFor ?? [])].map(subjectOf);
      subjects = all.length === run.length ? all : distributeSubjects(all[0], run.length, c.distributive);
    }
    // No subject and nothing read before: the subjects open the clause before (X和Y确保…翻两番,分别达到…).
    if (!subjects && subject === '' && before.length === 0) {
      const clauses = c.text.slice(0, item.start).split(/[,;:。!?]/);
      const opening = cleanMetricName(clauses[clauses.length - 2] ?? '').split(PREDICATE_START)[0];
      subjects = opening === '' ? null : distributeSubjects(opening, run.length, c.distributive);
    }
    const earlier = subjects ? [] : earlierIndices(c, run.length);
    if (!subjects && earlier.length > 0) {
      // 余额分别达…: an attribute of the things just counted.
      subjects = earlier.map((k) => {
        const wording = c.readings[k]!.wording;
        return ATTRIBUTE.test(subject) ? withoutVerb(subjectOf(wording)) + subject : subjectOf(wording);
      });
    }
    if (!subjects) return null;
    return run.map((member, k) => ({
      wording: subjects[k] + predicate,
      start: k === 0 ? item.start : member.quantity.start,
      end: member.quantity.end,
      ...(earlier.length > 0 ? { from: earlier[k] } : {}),
    }));
  },
};

export const jointly: NamingRule = {
  name: 'jointly',
  doc: 'one value for a list of subjects (均为, 均达到): 参保率、资助率均为100% → 参保率 100%, 资助率 100%',
  apply: (c) => {
    const item = c.items[c.index];
    const words = tidy(item.before);
    // 均为 after a list; or a list of whole measures sharing one change: 全部财政收入和一般预算收入增长17%.
    const match =
      /^(.+?)(?:均|都)(增长|下降|提高|达到|达|为|实现)?$/.exec(words) ??
      /^(.+?[和、].+?)((?:年均)?(?:递增|增长|下降))$/.exec(words);
    if (!match) return null;
    const parts = match[1].split(/、|和|及|与/).filter((p) => p !== '');
    const whole = parts.length > 1 && parts.every((p) => MEASURE_HEAD.test(p) && p.length >= 4);
    if (!/均|都/.test(words.slice(match[1].length, match[1].length + 1)) && !whole) return null;
    const subjects = parts.length > 1 ? distributeSubjects(match[1], parts.length, c.distributive) : null;
    if (!subjects) return null;
    const [first, ...others] = subjects.map((s) => cleanMetricName(s + (match[2] ?? ''), item.quantity.unit));
    return [{ wording: first, start: item.start, end: item.quantity.end, alsoFor: others }];
  },
};

export const sharesCountedNoun: NamingRule = {
  name: 'sharesCountedNoun',
  doc: 'a list whose last item names its counted noun lends it to the others: 洋山区块387亩、三都区块450亩、高铁区块700亩工业用地空间拓展',
  apply: (c) => {
    const item = c.items[c.index];
    if (tidy(item.after) !== '') return null;
    const [, last] = listRun(c.items, c.index);
    const end = c.items[last];
    if (last === c.index || end.quantity.unit === null || !CLASSIFIERS.has(end.quantity.unit)) return null;
    const noun = cleanMetricName(tidy(end.after));
    if (noun === '' || end.after.startsWith('的')) return null;
    return [{ wording: noun, start: item.start, end: item.quantity.end }];
  },
};

export const parallelList: NamingRule = {
  name: 'parallelList',
  doc: 'a list of bare values or changes after a list of values maps to their subjects in order: 城乡居民人均可支配收入分别完成32296元、11516元,同比增长10.2%、13.9%; …分别达到439亿元、36亿元,力争达到700亿元、60亿元',
  apply: (c) => {
    const item = c.items[c.index];
    const [, last] = listRun(c.items, c.index);
    const words = own(item);
    if (last === c.index || !(words === '' || BARE_CHANGE.test(words))) return null;
    const run = c.items.slice(c.index, last + 1);
    if (run.slice(1).some((member) => own(member) !== '')) return null;
    const earlier = earlierIndices(c, run.length);
    if (earlier.length === 0) return null;
    return run.map((member, k) => ({
      wording: subjectOf(c.readings[earlier[k]]!.wording) + words,
      start: k === 0 ? item.start : member.quantity.start,
      end: member.quantity.end,
      from: earlier[k],
    }));
  },
};
