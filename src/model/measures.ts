/**
 * Whether a target's metric and a result's metric of the next year's report are the same
 * measure although worded differently. Metrics are already matched by key when the ingest
 * names them (src/ingest/extract/metricKey.ts: 规模以上/规上, 财政收入/全部财政收入 …); this rule
 * is the second chance the scorecard gives a target whose key found no result, for wordings a
 * key cannot foresee: 谋划实施省市重点项目 → 列入省市重点项目, 玖兴肉鸡年出栏 → 玖兴养鸡年出栏.
 *
 * The rule: both growth or both levels; no contrasting pair split between them (城镇/农村,
 * 存栏/出栏 …) and no narrowing word in one only (新增, 人均 …); then, after the words that say what was done rather than what was measured
 * are dropped (谋划, 实施, 列入, 完成, 任务 …) and synonyms folded, the names are equal (the best
 * match), one contains the other, or their character pairs overlap enough (Dice ≥ 0.7).
 */

/** Words about the doing, not the measure. */
const DOING = [
  '谋划实施',
  '谋划',
  '实施',
  '争列',
  '列入',
  '完成',
  '实现',
  '全年',
  '年内',
  '任务',
  '盘子',
  '累计',
  '稳定',
];

/** Wordings of one measure: the first of each group stands for the others. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['投资', '总投资'],
  ['贫困退出', '贫困人口退出', '脱贫'],
];

/** Words that name different measures however alike the rest is. */
const CONTRASTS: readonly (readonly [string, string])[] = [
  ['城镇', '农村'],
  ['存栏', '出栏'],
  ['进口', '出口'],
  ['存款', '贷款'],
  ['一般公共预算', '全部财政'],
  ['新增', '累计'],
  ['第一产业', '第三产业'],
  ['第二产业', '第三产业'],
];

/** Words that narrow a measure: present in one name and not the other, they are different measures (新增规上工业企业 is not 规上工业企业). */
const QUALIFIERS = ['新增', '新建', '新上', '储备', '人均', '增加', '万元以上', '亿元以上'];

/** A subject that stands for several (a 城乡 target is a target for 城镇 and for 农村). */
export const COMPOSITES: Readonly<Record<string, readonly string[]>> = { 城乡: ['城镇', '农村'] };

export const MIN_SIMILARITY = 0.7;
const CONTAINED = 0.9;
/** A name inside another counts only when it says enough by itself (投资 alone names nothing). */
const MIN_CONTAINED_LENGTH = 4;

const isGrowth = (name: string) => /(?:增长|下降|增速)$/.test(name);

export function normalizeMeasure(name: string): string {
  let result = name;
  for (const word of DOING) result = result.split(word).join('');
  for (const [first, ...others] of SYNONYMS) for (const other of others) result = result.split(other).join(first);
  return result;
}

function pairs(text: string): string[] {
  const chars = [...text];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice coefficient of the character pairs. */
export function similarity(a: string, b: string): number {
  const [x, y] = [pairs(a), pairs(b)];
  if (!x.length || !y.length) return a === b ? 1 : 0;
  const remaining = [...y];
  let shared = 0;
  for (const p of x) {
    const at = remaining.indexOf(p);
    if (at >= 0) {
      shared += 1;
      remaining.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * Scores already computed, by pair of names: a scorecard compares the same few hundred names on
 * every request, about 15 µs a pair. A pure function of its two names, so never stale; bounded.
 */
const scores = new Map<string, number>();
const SCORES_KEPT = 100_000;

/** How alike two metric names are as measures: 0 when they cannot be the same measure, else up to 1. */
export function sameMeasure(target: string, result: string): number {
  const key = `${target}\u0000${result}`;
  let score = scores.get(key);
  if (score === undefined) {
    if (scores.size >= SCORES_KEPT) scores.clear();
    score = scoreMeasure(target, result);
    scores.set(key, score);
  }
  return score;
}

function scoreMeasure(target: string, result: string): number {
  if (isGrowth(target) !== isGrowth(result)) return 0;
  for (const [one, other] of CONTRASTS) {
    if ((target.includes(one) && result.includes(other)) || (target.includes(other) && result.includes(one))) return 0;
  }
  if (QUALIFIERS.some((q) => target.includes(q) !== result.includes(q))) return 0;
  const [a, b] = [normalizeMeasure(target), normalizeMeasure(result)];
  if (a === b) return 1;
  // One name inside the other ranks below equal names, so 省市重点项目投资 prefers 省市重点项目总投资
  // to 省市重点项目总投资任务完成率.
  const shorter = a.length < b.length ? a : b;
  if ((a.includes(b) || b.includes(a)) && [...shorter].length >= MIN_CONTAINED_LENGTH) return CONTAINED;
  const score = similarity(a, b);
  return score >= MIN_SIMILARITY ? score * CONTAINED : 0;
}

/** The names a composite subject stands for (城乡居民收入增长 → 城镇居民收入增长, 农村居民收入增长), or none. */
export function partsOf(name: string): string[] {
  for (const [composite, parts] of Object.entries(COMPOSITES)) {
    if (name.includes(composite)) return parts.map((part) => name.replace(composite, part));
  }
  return [];
}
