/**
 * Units of measure written after a number, as data. A unit is read as written
 * (亿元, 万亩, 万人次, 个百分点): an optional magnitude (万, 亿 …), a base unit,
 * and optional per-parts (元/年/人). 余 or 多 inside (3万余件, 20余万人, 300多家)
 * mean "more than" and are not part of the unit.
 */

/** Magnitudes that prefix a base unit, or stand alone (40万, 5.2亿). */
const MAGNITUDES = ['万亿', '千万', '百万', '亿', '万'];

/**
 * Base units, matched longest first. Some single characters are units only when
 * not followed by what would make them part of a word (方 in 方面, 方式).
 */
const BASE_UNITS: ReadonlyArray<{ unit: string; notBefore?: RegExp }> = [
  // money
  { unit: '美元' },
  { unit: '元' },
  // area, volume, length
  { unit: '平方公里' },
  { unit: '平方千米' },
  { unit: '平方米' },
  { unit: '平米' },
  { unit: '公顷' },
  { unit: '亩' },
  { unit: '立方米' },
  { unit: '方', notBefore: /^[面式案向针位法便略圆]/ },
  { unit: '公里' },
  { unit: '千米' },
  { unit: '延米' },
  { unit: '米' },
  // mass, energy, power
  { unit: '吨标准煤' },
  { unit: '吨标煤' },
  { unit: '蒸吨' },
  { unit: '吨' },
  { unit: '千克' },
  { unit: '公斤' },
  { unit: '斤' },
  { unit: '千瓦时' },
  { unit: '千瓦' },
  { unit: '兆瓦' },
  { unit: '千伏安' },
  { unit: '微克/立方米' },
  { unit: '毫克/立方米' },
  { unit: '毫克/升' },
  // rates
  { unit: '%' },
  { unit: '‰' },
  { unit: '个百分点' },
  { unit: '百分点' },
  { unit: '倍' },
  // people and counts
  { unit: '人次' },
  { unit: '人' },
  { unit: '名' },
  { unit: '户' },
  { unit: '家次' },
  { unit: '家' },
  { unit: '个' },
  { unit: '件' },
  { unit: '项' },
  { unit: '座' },
  { unit: '所' },
  { unit: '条' },
  { unit: '套' },
  { unit: '处' },
  { unit: '台' },
  { unit: '辆' },
  { unit: '艘' },
  { unit: '架' },
  { unit: '张' },
  { unit: '笔' },
  { unit: '宗' },
  { unit: '场次' },
  { unit: '场' },
  { unit: '次' },
  { unit: '批' },
  { unit: '支' },
  { unit: '只' },
  { unit: '头' },
  { unit: '羽' },
  { unit: '棵' },
  { unit: '株' },
  { unit: '组' },
  { unit: '眼' },
  { unit: '起' },
  { unit: '例' },
  { unit: '篇' },
  { unit: '部' },
  { unit: '册' },
  { unit: '本' },
  { unit: '盏' },
  { unit: '根' },
  { unit: '栋' },
  { unit: '幢' },
  { unit: '间' },
  { unit: '孔' },
  { unit: '份' },
  { unit: '类' },
  { unit: '种' },
  { unit: '棒' },
  { unit: '期', notBefore: /^[间末内限货刊待望盼]/ },
  { unit: '片', notBefore: /^区/ },
  { unit: '袋' },
  { unit: '箱' },
  // townships counted: 由8镇9乡调整为10镇7乡
  { unit: '镇', notBefore: /^[村街]/ },
  { unit: '乡', notBefore: /^[镇村]/ },
  { unit: '天', notBefore: /^[然津地下]/ },
];

const SORTED_BASE = [...BASE_UNITS].sort((a, b) => b.unit.length - a.unit.length);
/** Per-parts after a unit: 元/年/人, 万元/亩. */
const PER_PART = /^\/(?:年|人|月|日|天|亩|户|平方米|立方米|吨|公里|小时)/;
const MORE_THAN = /^[余多]/;

export interface UnitReading {
  /** The unit as written without 余/多, or null when the text gives none. */
  unit: string | null;
  /** Offset after the unit (and any 余/多 read with it). */
  end: number;
  /** 余 or 多 was written with the number: "more than". */
  moreThan: boolean;
}

function baseUnitAt(text: string, at: number): string | null {
  for (const { unit, notBefore } of SORTED_BASE) {
    if (text.startsWith(unit, at) && !(notBefore && notBefore.test(text.slice(at + unit.length)))) return unit;
  }
  return null;
}

/** Reads the unit written at `at` (right after a number). */
export function readUnit(text: string, at: number): UnitReading {
  // A space the copy put between number and unit: 27 家.
  let pos = / [^\s\d]/.test(text.slice(at, at + 2)) && baseUnitAt(text, at + 1) !== null ? at + 1 : at;
  let moreThan = false;
  let unit = '';
  // 余 right after the number; 多 only when a unit follows (300多家, not 多措并举).
  const skipMoreThan = (afterMagnitude: boolean) => {
    if (!MORE_THAN.test(text[pos] ?? '')) return;
    const next = pos + 1;
    // 4万多群众: after a magnitude 多 always means "more than".
    const unitFollows =
      afterMagnitude ||
      baseUnitAt(text, next) !== null ||
      MAGNITUDES.some((m) => text.startsWith(m, next)) ||
      text[pos] === '余';
    if (unitFollows) {
      moreThan = true;
      pos = next;
    }
  };
  skipMoreThan(false);
  const magnitude = MAGNITUDES.find((m) => text.startsWith(m, pos));
  if (magnitude) {
    unit += magnitude;
    pos += magnitude.length;
    skipMoreThan(true);
  }
  const base = baseUnitAt(text, pos);
  // A count of people written as a magnitude and a noun of people: 3.33万贫困人口 → 万人.
  if (!base && magnitude && /^[\u4e00-\u9fff]{0,4}?人口/.test(text.slice(pos))) unit += '人';
  if (base) {
    unit += base;
    pos += base.length;
    for (let per = PER_PART.exec(text.slice(pos)); per; per = PER_PART.exec(text.slice(pos))) {
      unit += per[0];
      pos += per[0].length;
    }
  }
  return { unit: unit === '' ? null : unit, end: pos, moreThan };
}

/** Units that count things and can stand before the counted noun: 2家企业, 500套人才公寓. */
export const CLASSIFIERS: ReadonlySet<string> = new Set(
  '个 家 套 户 名 项 件 张 笔 条 所 座 宗 处 台 辆 艘 架 批 支 只 头 棵 株 组 眼 起 例 篇 部 册 本 盏 根 栋 幢 间 孔 份 类 种 人 万人 亩 万亩 公里 米 平方米 万平方米 公顷 吨 万吨'.split(
    ' ',
  ),
);

/** Money units: a money amount with 以上 before a noun is a size class (10亿元以上项目). */
export const MONEY_UNIT = /(?:元|亿|万)$/;
