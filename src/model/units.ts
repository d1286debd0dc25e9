/**
 * Units as reports write them, reduced to a dimension and a factor so that values of the same
 * dimension compare: 1.2亿元 = 12000万元, 3万亩 = 30000亩, 1公顷 = 15亩. General classifiers
 * (个, 项, 家, 座 …) are one count; other counted nouns keep their own dimension (人, 户, 头 …),
 * with 万/亿 prefixes (2万人 = 20000人).
 */

export interface Measure {
  /** What is measured: money, area, length, %, or the counted noun. */
  dimension: string;
  /** How many base units one unit is. */
  factor: number;
}

/** Base units and units defined by another: [unit, dimension, factor]. */
const UNITS: readonly [string, string, number][] = [
  ['元', 'money', 1],
  ['万美元', 'usd', 1e4],
  ['亿美元', 'usd', 1e8],
  ['美元', 'usd', 1],
  ['%', 'percent', 1],
  ['％', 'percent', 1],
  ['个百分点', 'pp', 1],
  ['百分点', 'pp', 1],
  ['亩', 'area', 1],
  ['公顷', 'area', 15],
  ['平方公里', 'area', 1500],
  ['平方千米', 'area', 1500],
  ['平方米', 'area', 0.0015],
  ['米', 'length', 1],
  ['公里', 'length', 1000],
  ['千米', 'length', 1000],
  ['延米', 'length', 1],
  ['吨', 'mass', 1],
  ['公斤', 'mass', 0.001],
  ['千克', 'mass', 0.001],
  ['斤', 'mass', 0.0005],
  ['瓦', 'power', 1],
  ['千瓦', 'power', 1e3],
  ['兆瓦', 'power', 1e6],
  ['立方米', 'volume', 1],
  ['方', 'volume', 1],
  // General classifiers: one count, whichever a report uses (项目19个 one year, 19项 the next).
  ...['个', '项', '件', '处', '座', '所', '条', '家', '宗', '批', '台', '套'].map(
    (classifier): [string, string, number] => [classifier, 'count', 1],
  ),
];

/** Multiplier prefixes a unit may carry (万元, 亿元, 万亩, 万千瓦, 万人次). */
const PREFIXES: readonly [string, number][] = [
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

function base(unit: string): Measure | null {
  const known = UNITS.find(([u]) => u === unit);
  return known ? { dimension: known[1], factor: known[2] } : null;
}

/** The dimension and factor of a unit as written; a bare count noun is its own dimension. */
export function measureOf(unit: string | null): Measure {
  const written = (unit ?? '').trim();
  const exact = base(written);
  if (exact) return exact;
  for (const [prefix, factor] of PREFIXES) {
    if (written.length > prefix.length && written.startsWith(prefix)) {
      const rest = written.slice(prefix.length);
      const known = base(rest);
      return known ? { dimension: known.dimension, factor: known.factor * factor } : { dimension: rest, factor };
    }
  }
  return { dimension: written, factor: 1 };
}

/**
 * `value` in `from` expressed in `to`, or null when the two units measure different things
 * (亿元 and %, 家 and 个).
 */
export function convert(value: number, from: string | null, to: string | null): number | null {
  const a = measureOf(from);
  const b = measureOf(to);
  if (a.dimension !== b.dimension) return null;
  return (value * a.factor) / b.factor;
}
