import type { Quantity } from '../../quantities';
import { cleanMetricName } from '../metricCleaning';
import type { Rule } from '../rule';

/**
 * What the metric-naming rules share: the items of a sentence, the readings made
 * so far, the words of the genre they look for, and small helpers. The rules
 * themselves are in lists.ts, described.ts, carried.ts and own.ts; their order in
 * ../metricNaming.ts.
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
export const ACTION_VERB = new RegExp(`^(?:${ACTION_VERBS})`);
export const TRAILING_ACTION_VERB = new RegExp(`(?:${ACTION_VERBS})$`);
/** Words ending a list of places (or 等): the values are per place, the noun after is the measure. */
export const PLACES = /(?:区块|片区|园区|开发区|高新区|区|县|镇|乡|村|街道|社区|等)$/;
/** Classifiers that count things; measures (公里, 亩, 吨) name a noun after them only with no words before. */
export const COUNT_CLASSIFIER =
  /^(?:个|家|套|户|名|项|件|张|笔|条|所|座|宗|处|台|辆|艘|架|批|支|只|头|棵|株|组|眼|起|例|篇|部|册|本|盏|根|栋|幢|间|孔|份|类|种|人)$/;
/** Words that name an attribute of a subject named elsewhere: 金额 after 在保666笔. */
export const ATTRIBUTE =
  /^(?:金额|余额|总投资|投资|总额|标准|规模|总规模|产值|总产值|销售收入|营业收入|面积|总面积|增加值|资金)$/;
/** Attributes written before 的 and the thing they describe: 总投资5.9亿元的沙河大街管廊. */
export const ATTRIBUTE_BEFORE_DE = /(总投资|投资|规模|面积|产值|总面积|长度|总长|全长|容量|总规模)$/;
/** A change with no subject of its own: 增长, 同比下降, 增速 (cleaned). */
export const BARE_CHANGE = /^(?:增长|下降|增加|减少|提高|降低|年均增长|提升)$/;
export const CHANGE_SUFFIX = /(?:年均)?(?:增长|下降|增加|减少|提高|降低|提升)$/;
/** Where the subjects opening a clause end and what is said of them begins. */
export const PREDICATE_START = /确保|力争|比|较|年均|同比|实现|达到|分别|均|翻/;
/** A multiple of a base year's value: 是2006年的2.2倍. */
export const MULTIPLE_OF_YEAR = /^(?:是|为|相当于)((?:19|20)\d\d)年的?$/;
/** Where a described thing's name ends and what is said of it begins. */
export const STATUS_START =
  /(?:即将|建成|投产|投用|开工|竣工|完工|落地|取得|顺利|正式|正在|已经|已|全面|实现|加快|力争|年内|确保|完成)/;
/** Heads of measures; a part of a 、-list that ends with one needs no head from its neighbour. */
export const MEASURE_HEAD =
  /(?:率|额|数|量|值|入|出|指数|浓度|面积|产值|规模|比重|价格|支出|收入|总额|人次|资金|投资)$/;

export const tidy = (words: string) => words.replace(/[“”"'‘’《》\s]/g, '').replace(/^[、,;:。]+|[、,;:。]+$/g, '');
export const own = (item: Item) => cleanMetricName(tidy(item.before), item.quantity.unit);
export const leadingVerb = (words: string) => ACTION_VERB.exec(words)?.[0] ?? null;
export const withoutVerb = (words: string) => words.replace(new RegExp(`^(?:${ACTION_VERBS})+`), '') || words;
export const ATTRIBUTE_SUFFIX = /(?:金额|余额|总投资|投资|总额)$/;
/** The subject of a metric: without its change word (地区生产总值增长 → 地区生产总值). */
export const subjectOf = (wording: string) => cleanMetricName(wording).replace(CHANGE_SUFFIX, '') || wording;
/** A share of a whole read before: 占公共财政预算支出的85% names a share, not a subject. */
export const isShare = (wording: string) => /^占|占.+(?:比重|完成率)$/.test(wording);

export function previousIndex(c: NamingContext, skipShares = false, skipRates = false): number {
  for (let k = c.index - 1; k >= 0; k -= 1) {
    const reading = c.readings[k];
    if (!reading) continue;
    if (skipShares && isShare(cleanMetricName(reading.wording))) continue;
    if (skipRates && c.items[k].quantity.unit === '%') continue;
    return k;
  }
  return -1;
}

export function previousReading(c: NamingContext, skipShares = false): Reading | null {
  return c.readings[previousIndex(c, skipShares)] ?? null;
}

/** Indices of the `count` readings before the current item. */
export function earlierIndices(c: NamingContext, count: number): number[] {
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
export const SELECTION = /(?:通过|入选|上榜|进入|荣获|获评|评为|列入|办结)/;
export const ADVERBS = /(?:全部|均|已经|已|如期|顺利|全面|基本)+$/;

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
export function describedThing(phrase: string): string {
  // The next investment in the same phrase is another thing: 雷达产业园和总投资5亿元的民爆产业园.
  const words = tidy(phrase).replace(/(?:和|及|与)?(?:总投资|投资)\d.*$/, '');
  const status = STATUS_START.exec(words.slice(2));
  const thing = status ? words.slice(0, status.index + 2) : words;
  return thing.replace(/(?:项目建设|建设|等)$/, (m) => (m === '项目建设' ? '项目' : ''));
}

/** What a unit measures, coarsely: money, people, households, share, or other. */
export function dimension(unit: string): string {
  if (/^(?:万亿|千万|百万|亿|万)$/.test(unit)) return 'any';
  if (/元$/.test(unit)) return 'money';
  if (/(?:人次|人|名)$/.test(unit)) return 'people';
  if (/户$/.test(unit)) return 'households';
  if (/%$/.test(unit)) return 'share';
  return unit.replace(/^(?:万亿|千万|百万|亿|万)/, '');
}

export const DIMENSION_NOUN: Record<string, string> = { money: '金额', people: '人数', households: '户数' };
export const REACH_NOUN: Record<string, string> = { people: '人口', households: '户数' };
