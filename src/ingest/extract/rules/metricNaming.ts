import type { Quantity } from '../quantities';
import { cleanMetricName } from './metricCleaning';
import type { Rule } from './rule';
import { CLASSIFIERS } from './units';

/**
 * Naming the metric of each quantity in a sentence: an ordered table of small
 * rules, first match wins. A rule names one item (a quantity with the words
 * around it in its clause), or a run of items at once (分别 lists). Names are
 * raw here; metricCleaning.ts cleans them.
 */

export interface Item {
  quantity: Quantity;
  /** Index of the item's clause in the sentence. */
  clause: number;
  /** View offset where the item's own words begin (after joiners). */
  start: number;
  /** Words between the item start and the number's comparator. */
  before: string;
  /** Words after the quantity, up to the next item, a 、 or the clause end. */
  after: string;
  afterEnd: number;
  /** Words after the quantity up to a 、 or the clause end, across later items. */
  phrase: string;
  phraseEnd: number;
  /** Joined to the previous item in the same clause by 、, 和, 及, 与 or nothing. */
  listed: boolean;
}

export interface Reading {
  wording: string;
  /** View offsets of the statement. */
  start: number;
  end: number;
  /** More subjects sharing the same value (参保率、资助率均为100%): one indicator each. */
  alsoFor?: string[];
  /** Index of the item whose subject this reading took (a bare 增长 after a level). */
  from?: number;
}

export interface NamingContext {
  /** Folded sentence text (with restorations). */
  text: string;
  items: readonly Item[];
  index: number;
  /** Readings of earlier items (null: not named yet). */
  readings: ReadonlyArray<Reading | null>;
  /** Subjects 分别 distributes over, from the lexicon: 城乡居民收入 → 城镇居民收入, 农村居民收入. */
  distributive: Readonly<Record<string, string[]>>;
}

/** Readings for items index, index + 1, … (a 分别 rule names a whole run). */
export type NamingRule = Rule<NamingContext, Reading[]>;

/** Action verbs that open a count's metric and are shared along a list: 新增A 3家、B 2家. */
export const ACTION_VERBS =
  '新增|新引进|新认定|新培育|新建|新改扩建|新招录|引进|引育|建成投用|建成|建设|培育|打造|创成|创建|整治提升|整治优化|整治|腾出|出让|盘活|消化|实施|发放|办结|上榜|开展|组织|选派|化解|兑现|争取|发行|主导制定|组建|改造|修剪|硬化|清理|拆除|淘汰|关停取缔|关停|取缔|栽种|铺设|清运|征集|破获|抓获|打掉|办理|受理|立案查处|植树造林|造林|安装|设置|购置|排查|检测|举办|承办|培训|帮扶|救助|资助|安置|签约|签订|落地|谋划|储备|推广|列入|争列|招录|完成|治理|修复|新开办|开办|认定|建立|启动|推进|安排|整合|筹资|投入|接待|解决|制止';
const ACTION_VERB = new RegExp(`^(?:${ACTION_VERBS})`);
const TRAILING_ACTION_VERB = new RegExp(`(?:${ACTION_VERBS})$`);
/** Words ending a list of places (or 等): the values are per place, the noun after is the measure. */
const PLACES = /(?:区块|片区|园区|开发区|高新区|区|县|镇|乡|村|街道|社区|等)$/;
/** Classifiers that count things; measures (公里, 亩, 吨) name a noun after them only with no words before. */
const COUNT_CLASSIFIER =
  /^(?:个|家|套|户|名|项|件|张|笔|条|所|座|宗|处|台|辆|艘|架|批|支|只|头|棵|株|组|眼|起|例|篇|部|册|本|盏|根|栋|幢|间|孔|份|类|种|人)$/;
/** Words that name an attribute of a subject named elsewhere: 金额 after 在保666笔. */
const ATTRIBUTE =
  /^(?:金额|余额|总投资|投资|总额|标准|规模|总规模|产值|总产值|销售收入|营业收入|面积|总面积|增加值|资金)$/;
/** Attributes written before 的 and the thing they describe: 总投资5.9亿元的沙河大街管廊. */
const ATTRIBUTE_BEFORE_DE = /(总投资|投资|规模|面积|产值|总面积|长度|总长|全长|容量|总规模)$/;
/** A change with no subject of its own: 增长, 同比下降, 增速 (cleaned). */
const BARE_CHANGE = /^(?:增长|下降|增加|减少|提高|降低|年均增长|提升)$/;
const CHANGE_SUFFIX = /(?:年均)?(?:增长|下降|增加|减少|提高|降低|提升)$/;
/** Where the subjects opening a clause end and what is said of them begins. */
const PREDICATE_START = /确保|力争|比|较|年均|同比|实现|达到|分别|均|翻/;
/** A multiple of a base year's value: 是2006年的2.2倍. */
const MULTIPLE_OF_YEAR = /^(?:是|为|相当于)((?:19|20)\d\d)年的?$/;
/** Where a described thing's name ends and what is said of it begins. */
const STATUS_START =
  /(?:即将|建成|投产|投用|开工|竣工|完工|落地|取得|顺利|正式|正在|已经|已|全面|实现|加快|力争|年内|确保|完成)/;
/** Heads of measures; a part of a 、-list that ends with one needs no head from its neighbour. */
const MEASURE_HEAD = /(?:率|额|数|量|值|入|出|指数|浓度|面积|产值|规模|比重|价格|支出|收入|总额|人次|资金|投资)$/;

const tidy = (words: string) => words.replace(/[“”"'‘’《》\s]/g, '').replace(/^[、,;:。]+|[、,;:。]+$/g, '');
const own = (item: Item) => cleanMetricName(tidy(item.before), item.quantity.unit);
const leadingVerb = (words: string) => ACTION_VERB.exec(words)?.[0] ?? null;
const withoutVerb = (words: string) => words.replace(new RegExp(`^(?:${ACTION_VERBS})+`), '') || words;
const ATTRIBUTE_SUFFIX = /(?:金额|余额|总投资|投资|总额)$/;
/** The subject of a metric: without its change word (地区生产总值增长 → 地区生产总值). */
const subjectOf = (wording: string) => cleanMetricName(wording).replace(CHANGE_SUFFIX, '') || wording;
/** A share of a whole read before: 占公共财政预算支出的85% names a share, not a subject. */
const isShare = (wording: string) => /^占|占.+(?:比重|完成率)$/.test(wording);

function previousIndex(c: NamingContext, skipShares = false, skipRates = false): number {
  for (let k = c.index - 1; k >= 0; k -= 1) {
    const reading = c.readings[k];
    if (!reading) continue;
    if (skipShares && isShare(cleanMetricName(reading.wording))) continue;
    if (skipRates && c.items[k].quantity.unit === '%') continue;
    return k;
  }
  return -1;
}

function previousReading(c: NamingContext, skipShares = false): Reading | null {
  return c.readings[previousIndex(c, skipShares)] ?? null;
}

/** Indices of the `count` readings before the current item. */
function earlierIndices(c: NamingContext, count: number): number[] {
  const indices: number[] = [];
  for (let k = c.index - 1; k >= 0 && indices.length < count; k -= 1) if (c.readings[k]) indices.unshift(k);
  return indices.length === count ? indices : [];
}

/** The 、-run of items that `index` belongs to: [first, last]. */
export function listRun(items: readonly Item[], index: number): [number, number] {
  let first = index;
  while (first > 0 && items[first].listed) first -= 1;
  let last = index;
  while (last + 1 < items.length && items[last + 1].listed) last += 1;
  return [first, last];
}

/** Subjects for 分别: from the lexicon, 城乡 → 城镇/农村, or the parts of a 、/和 list sharing a head. */
export function distributeSubjects(
  subject: string,
  count: number,
  distributive: Readonly<Record<string, string[]>>,
): string[] | null {
  const known = distributive[subject];
  if (known?.length === count) return known;
  // A collective head after the list names the group, not each part: …、石油物探装备三大主导产业.
  const listed = subject.replace(/[一二三四五六七八九十两]+[大个类项种][\u4e00-\u9fff]{1,6}$/, '');
  const byComma = listed.split('、').filter((p) => p !== '');
  if (listed !== subject && byComma.length === count) return byComma;
  const parts = (byComma.length === count ? byComma : subject.split(/、|和|及|与/)).filter((p) => p !== '');
  if (parts.length === 2 && count === 2) {
    // 金融机构存、贷款余额: one character set against another, head and tail shared.
    const [first, second] = parts;
    if (!MEASURE_HEAD.test(first) && first.length > second.length && MEASURE_HEAD.test(second)) {
      return [first + second.slice(1), first.slice(0, -1) + second];
    }
  }
  if (parts.length === count && count > 1) {
    const last = parts[parts.length - 1];
    return parts.map((p) => {
      // Only a short part borrows its head: 省、市重点项目, 基本养老和基本医疗参保率.
      if (p === last || MEASURE_HEAD.test(p) || p.length > 4 || p.length > last.length - 2) return p;
      return p + last.slice(p.length);
    });
  }
  const ruralUrban = /^(.*?)城乡(.+)$/.exec(subject);
  if (ruralUrban && count === 2)
    return [`${ruralUrban[1]}城镇${ruralUrban[2]}`, `${ruralUrban[1]}农村${ruralUrban[2]}`];
  return null;
}

/** What is said of a counted noun that names which ones count: 2家企业入选…名单 counts 入选…名单企业. */
const SELECTION = /(?:通过|入选|上榜|进入|荣获|获评|评为|列入|办结)/;
const ADVERBS = /(?:全部|均|已经|已|如期|顺利|全面|基本)+$/;

/**
 * A counted noun with what selects it put first, as a chart axis reads: 高新技术企业通过省级公示 →
 * 通过省级公示高新技术企业. The split is found by this list of verbs, not by a part-of-speech
 * tagger: @node-rs/jieba 2.0.3 was measured on the 50 counted-noun statements of the three
 * reviewed development reports (noun phrase agreeing with the reviewed metric: 26 with jieba's
 * tags, 25 with a verb list, 16 with neither) and mis-tags verbs of the genre (荣获/nr, 屠宰/nr),
 * for a native binary and 250-460 ms of dictionary loading; it was not adopted.
 */
export function predicateFirst(noun: string): string {
  const selection = SELECTION.exec(noun.slice(2));
  if (!selection) return noun;
  const at = selection.index + 2;
  const head = noun.slice(0, at).replace(ADVERBS, '');
  const predicate = noun.slice(at);
  return head === '' ? noun : predicate + head;
}

/** The name of a thing described after 的, without what is said of it: 桃木疙瘩屠宰加工项目建成投产 → …项目. */
function describedThing(phrase: string): string {
  // The next investment in the same phrase is another thing: 雷达产业园和总投资5亿元的民爆产业园.
  const words = tidy(phrase).replace(/(?:和|及|与)?(?:总投资|投资)\d.*$/, '');
  const status = STATUS_START.exec(words.slice(2));
  const thing = status ? words.slice(0, status.index + 2) : words;
  return thing.replace(/(?:项目建设|建设|等)$/, (m) => (m === '项目建设' ? '项目' : ''));
}

export const NAMING_RULES: readonly NamingRule[] = [
  {
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
      // No subject here: a list the value before names (X和Y年均递增27.7%,分别达到…).
      const before = earlierIndices(c, 1);
      if (!subjects && subject === '' && before.length === 1 && earlierIndices(c, run.length).length === 0) {
        subjects = distributeSubjects(subjectOf(c.readings[before[0]]!.wording), run.length, c.distributive);
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
    name: 'investmentForAction',
    doc: 'an investment followed by what it does: 投资1.5亿元实施农村人居环境整治 → 农村人居环境整治投资',
    apply: (c) => {
      const item = c.items[c.index];
      const attribute = /(总投资|投资)$/.exec(own(item))?.[1];
      const action = /^(?:实施|用于|建设|新建|改造|推进|开展)(.+)$/.exec(tidy(item.after));
      if (!attribute || !action) return null;
      return [{ wording: describedThing(action[1]) + attribute, start: item.start, end: item.afterEnd }];
    },
  },
  {
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
        base !== null &&
        (CLASSIFIERS.has(base) || CLASSIFIERS.has(q.unit!)) &&
        (subject === '' || PLACES.test(subject));
      const bare = (q.unit === null || q.unit === '万' || q.unit === '亿') && words === '';
      if (!counts && !measures && !bare) return null;
      const verbAt = c.text.lastIndexOf(verb, q.start);
      const start = verb !== '' && verbAt >= item.start ? verbAt : q.start;
      return [{ wording: verb + predicateFirst(noun), start, end: item.afterEnd }];
    },
  },
  {
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
  },
  {
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
  },
  {
    name: 'shareUsedFor',
    doc: 'a share of a whole and what it goes to: 一般公共预算收入的82%用于民生 → 一般公共预算收入用于民生',
    apply: (c) => {
      const item = c.items[c.index];
      if (item.quantity.unit !== '%' || !/的$/.test(tidy(item.before))) return null;
      const use = /^(?:用于|投向|来自)[^,;:。、]+/.exec(tidy(item.after))?.[0];
      if (!use) return null;
      return [{ wording: own(item) + use, start: item.start, end: item.afterEnd }];
    },
  },
  {
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
  },
  {
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
  },
  {
    name: 'levelAfterChange',
    doc: "a level reached, after the value it grew from, takes that value's subject: 地区生产总值从2015年的45.58亿元增长到70.11亿元 → 地区生产总值",
    apply: (c) => {
      const item = c.items[c.index];
      const from = previousIndex(c, true);
      if (!/^(?:增长|提高|提升|增加|上升|扩大|下降|降低|减少)(?:到|至)$/.test(tidy(item.before)) || from < 0)
        return null;
      return [{ wording: subjectOf(c.readings[from]!.wording), start: item.start, end: item.quantity.end }];
    },
  },
  {
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
  },
  {
    name: 'attributeCarriesSubject',
    doc: 'a bare attribute takes the subject of the value before it: 融资担保项目在保666笔、金额5.2亿 → 融资担保项目在保金额',
    apply: (c) => {
      const item = c.items[c.index];
      const words = own(item);
      const previous = c.readings[previousIndex(c, false, true)];
      if (!ATTRIBUTE.test(words) || !previous) return null;
      // 列入省市重点项目19项,总投资834.59亿元,…完成投资50.03亿元 → 省市重点项目投资: the things, not how they were counted.
      const subject = withoutVerb(subjectOf(previous.wording));
      const base = subject.replace(ATTRIBUTE_SUFFIX, '') || subject;
      return [{ wording: base + words, start: item.start, end: item.quantity.end }];
    },
  },
  {
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
  },
  {
    name: 'ownWords',
    doc: 'the words before the number in its item name it; a list shares its first verb: 改造农村公路41.8公里、危桥1座 → 改造危桥',
    apply: (c) => {
      const item = c.items[c.index];
      let wording = own(item);
      const [first] = listRun(c.items, c.index);
      if (first < c.index && !leadingVerb(wording)) {
        const shared = leadingVerb(own(c.items[first]));
        if (shared) wording = shared + wording;
      }
      return [{ wording, start: item.start, end: item.quantity.end }];
    },
  },
];

/** What a unit measures, coarsely: money, people, households, share, or other. */
function dimension(unit: string): string {
  if (/^(?:万亿|千万|百万|亿|万)$/.test(unit)) return 'any';
  if (/元$/.test(unit)) return 'money';
  if (/(?:人次|人|名)$/.test(unit)) return 'people';
  if (/户$/.test(unit)) return 'households';
  if (/%$/.test(unit)) return 'share';
  return unit.replace(/^(?:万亿|千万|百万|亿|万)/, '');
}

const DIMENSION_NOUN: Record<string, string> = { money: '金额', people: '人数', households: '户数' };
const REACH_NOUN: Record<string, string> = { people: '人口', households: '户数' };

/** The readings of one item by the first rule that applies. */
export function nameItem(context: NamingContext): { rule: string; readings: Reading[] } {
  for (const rule of NAMING_RULES) {
    const readings = rule.apply(context);
    if (readings) return { rule: rule.name, readings };
  }
  // ownWords always applies; this is unreachable.
  throw new Error('no naming rule applied');
}
