import { convert } from './units';

/**
 * Did a year's result meet the year's target? The rules, applied in this order:
 *
 * 1. No target: NO_TARGET_SET. No result comparable with the target (none reported, or only in
 *    a unit of another dimension, e.g. a level in 亿元 against a growth target in %):
 *    NO_RESULT_REPORTED.
 * 2. The result is converted to the target's unit (亿元 ↔ 万元, 万亩 ↔ 亩, 公顷 ↔ 亩 …). Growth is
 *    compared with growth and levels with levels: they are different metrics, and their units differ.
 * 3. The target's comparator decides: AT_LEAST and EXACTLY are met by a result ≥ the target (a
 *    target of 100 is met by 104); AT_MOST by a result ≤ the target; ABOUT by a result ≥ 95 % of it.
 *    A target to bring a level down to a value (贫困发生率降到0.5%) is met at or below it.
 *    A decrease (能耗下降3%) is stated as its size, so a larger decrease meets it the same way.
 * 4. With a stretch value (力争) beside the floor (确保): MET when the result reaches the stretch,
 *    MET_FLOOR_ONLY when it reaches only the floor, MISSED otherwise.
 * 5. A result stated with its own comparator (突破300亿元) is compared by its value.
 *
 * Among several results for the year, an exact figure is preferred to an estimate (预计, 左右),
 * and an estimate to a bound (突破, 以上); among several targets, the first floor and the first
 * stretch in reading order.
 */

export type Comparator = 'AT_LEAST' | 'ABOUT' | 'EXACTLY' | 'AT_MOST';
export type Assessment = 'MET' | 'MISSED' | 'MET_FLOOR_ONLY' | 'NO_RESULT_REPORTED' | 'NO_TARGET_SET';

export interface Statement {
  value: number;
  unit: string | null;
  comparator: Comparator;
  stretch: boolean;
  /** The words of the statement, when known: a target to bring a level down (降到0.5%) is met at or below it. */
  statement?: string;
}

/** Words that set a target to bring a level down to a value: reaching it means ending at or below it. */
const DOWN_TO = /(?:降到|降至|下降到|下降至|减少到|减少至|压减到|压减至|压降到|压降至|控制到)/;

/** The comparison a target asks for: as stated, except that "down to" an exact value is at most it. */
function askedComparator(target: Statement): Comparator {
  return target.comparator === 'EXACTLY' && target.statement && DOWN_TO.test(target.statement)
    ? 'AT_MOST'
    : target.comparator;
}

export interface Assessed<T extends Statement> {
  assessment: Assessment;
  /** The comparison made, in words. */
  reason: string;
  /** The target compared against (the floor, when a stretch was set). */
  target: T | null;
  stretch: T | null;
  /** The result compared. */
  result: T | null;
}

/** An ABOUT target is met by a result at least this share of it. */
export const ABOUT_TOLERANCE = 0.95;

const RESULT_PREFERENCE: Comparator[] = ['EXACTLY', 'ABOUT', 'AT_LEAST', 'AT_MOST'];

const WORDS: Record<Comparator, string> = { AT_LEAST: '以上', AT_MOST: '以内', ABOUT: '左右', EXACTLY: '' };

function meets(result: number, target: number, comparator: Comparator): boolean {
  const slack = Math.abs(target) * 1e-9;
  switch (comparator) {
    case 'AT_MOST':
      return result <= target + slack;
    case 'ABOUT':
      return result >= target * ABOUT_TOLERANCE - slack;
    default:
      return result >= target - slack;
  }
}

function show(value: number, unit: string | null): string {
  return `${Number(value.toPrecision(12))}${unit ?? ''}`;
}

function stated(s: Statement): string {
  return `${show(s.value, s.unit)}${WORDS[s.comparator]}`;
}

export function assess<T extends Statement>(targets: readonly T[], results: readonly T[]): Assessed<T> {
  const floor = targets.find((t) => !t.stretch) ?? targets[0] ?? null;
  const stretch = targets.find((t) => t.stretch && t !== floor) ?? null;
  const none = { target: floor, stretch, result: null };
  if (!floor) {
    const result = results[0] ?? null;
    return {
      assessment: 'NO_TARGET_SET',
      reason: result ? `结果 ${stated(result)}，未设目标` : '未设目标',
      target: null,
      stretch: null,
      result,
    };
  }
  const comparable = results
    .map((r) => ({ r, value: convert(r.value, r.unit, floor.unit) }))
    .filter((c): c is { r: T; value: number } => c.value !== null)
    .sort((a, b) => RESULT_PREFERENCE.indexOf(a.r.comparator) - RESULT_PREFERENCE.indexOf(b.r.comparator));
  if (!comparable.length) {
    const reason = results.length
      ? `结果 ${stated(results[0])} 与目标 ${stated(floor)} 不可比（单位不同）`
      : `目标 ${stated(floor)}，未见结果`;
    return { assessment: 'NO_RESULT_REPORTED', reason, ...none };
  }
  const { r: result, value } = comparable[0];
  const converted =
    result.unit !== floor.unit ? `（${show(result.value, result.unit)} 折合 ${show(value, floor.unit)}）` : '';
  const against = (t: T) => `${meets(value, t.value, askedComparator(t)) ? '达到' : '未达到'}目标 ${stated(t)}`;
  const seen = `结果 ${show(value, floor.unit)}${converted}`;
  if (stretch) {
    const stretchValue = convert(stretch.value, stretch.unit, floor.unit) ?? stretch.value;
    if (meets(value, stretchValue, askedComparator(stretch))) {
      return { assessment: 'MET', reason: `${seen} 达到力争目标 ${stated(stretch)}`, target: floor, stretch, result };
    }
    const reachedFloor = meets(value, floor.value, askedComparator(floor));
    return {
      assessment: reachedFloor ? 'MET_FLOOR_ONLY' : 'MISSED',
      reason: `${seen} ${against(floor)}，未达到力争目标 ${stated(stretch)}`,
      target: floor,
      stretch,
      result,
    };
  }
  const met = meets(value, floor.value, askedComparator(floor));
  return { assessment: met ? 'MET' : 'MISSED', reason: `${seen} ${against(floor)}`, target: floor, stretch, result };
}
