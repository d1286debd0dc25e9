import { countyShortName, type County, type Divisions } from '../../../places/divisions';
import { LexiconError, type Lexicon } from '../../lexicon';
import type { ReportMeta, TownshipEntity } from '../../types';

/**
 * The places a report of one county may name, from the national division data (every
 * township and village of the county, with no lexicon) and what the lexicon adds (aliases,
 * places the data lacks, short forms to read by context).
 */

export type TownshipKind = TownshipEntity['townshipKind'];

export interface TownshipPlace {
  name: string;
  /** 9 digits; null for a place only the lexicon knows. */
  code: string | null;
  /** 壶镇 for 壶镇镇; the name itself when no short form is safe (容东片区). */
  shortName: string;
  kind: TownshipKind;
  /** Aliases the lexicon gives. */
  aliases: string[];
  /** Other forms derived from the name (太行水镇 for 恋乡太行水镇, 经济开发区 for 河北易县经济开发区). */
  otherForms: string[];
  /** The lexicon says the short form needs a township context (a correction no rule made). */
  lexiconAmbiguous: boolean;
}

export interface VillagePlace {
  name: string;
  /** Every village of the county with this name (names repeat across townships). */
  codes: string[];
  aliases: string[];
  /** The township the lexicon gives, or the one whose seat the village is named after. */
  township: string | null;
}

export interface Gazetteer {
  county: County | null;
  townships: TownshipPlace[];
  villages: VillagePlace[];
  /** The township of a 9-digit code. */
  townshipOfCode(code: string): TownshipPlace | undefined;
}

/** Statistical codes: 001–099 街道, 100–199 镇, 200–399 乡, 400 and above other township-level units. */
function kindOfCode(code: string, name: string): TownshipKind {
  const serial = Number(code.slice(6));
  if (serial >= 400) return '其他';
  if (name.endsWith('街道') || name.endsWith('街道办事处')) return '街道';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡')) return '乡';
  return '其他';
}

/** The shortest tail of an other unit's name that may stand for it (太行水镇). */
const MIN_TAIL = 4;

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;

/** The county whose report this is: by code when the metadata has one, else by unique name. */
export function countyOf(meta: ReportMeta, divisions: Divisions): County | null {
  if (meta.countyCode) return divisions.county(meta.countyCode);
  const matches = divisions.findCounties(meta.county, meta.prefecture ?? meta.province);
  return matches.length === 1 ? matches[0] : null;
}

export function buildGazetteer(meta: ReportMeta, lexicon: Lexicon, divisions: Divisions): Gazetteer {
  const county = countyOf(meta, divisions);
  const provinceShort = county?.province.name.replace(PROVINCE_SUFFIX, '') ?? '';
  const townships: TownshipPlace[] = (county ? divisions.townships(county.code) : []).map((t) => {
    const kind = kindOfCode(t.code, t.name);
    // Other units have no short form: 恋乡太行水镇 is not 恋乡太行水. A province prefix is dropped
    // (河北易县经济开发区 → 易县经济开发区), the way reports write them.
    const unprefixed = provinceShort && t.name.startsWith(provinceShort) ? t.name.slice(provinceShort.length) : t.name;
    const shortName = kind === '其他' ? unprefixed : t.shortName;
    // Other units are written by the tail of their name: 恋乡太行水镇 as 太行水镇, 河北易县经济开发区
    // as 经济开发区 (in its own county's report the county is implied). Tails of 4+ characters.
    const otherForms =
      kind === '其他'
        ? [...Array(Math.max(0, unprefixed.length - MIN_TAIL)).keys()]
            .map((i) => unprefixed.slice(i + 1))
            .filter((tail) => tail.length >= MIN_TAIL)
        : [];
    return { name: t.name, code: t.code, shortName, kind, aliases: [], otherForms, lexiconAmbiguous: false };
  });
  for (const entry of lexicon.townships) {
    const known = townships.find((t) => t.name === entry.name);
    if (known) {
      known.aliases.push(...entry.aliases);
      if (entry.shortName) known.shortName = entry.shortName;
      known.lexiconAmbiguous ||= entry.ambiguousShortName;
    } else {
      townships.push({
        name: entry.name,
        code: null,
        shortName: entry.shortName ?? entry.name,
        kind: entry.kind ?? kindOfCode('000000000', entry.name),
        aliases: [...entry.aliases],
        otherForms: [],
        lexiconAmbiguous: entry.ambiguousShortName,
      });
    }
  }

  const byName = new Map<string, VillagePlace>();
  for (const v of county ? divisions.villages(county.code) : []) {
    // The data names a village after its committee minus 村民委员会, so 胡村村民委员会 became 胡村:
    // a two-character name ending in 村 may be written with the 村 doubled (胡村村).
    const doubled = v.name.length === 2 && v.name.endsWith('村') ? [`${v.name}村`] : [];
    const place = byName.get(v.name) ?? { name: v.name, codes: [], aliases: doubled, township: null };
    place.codes.push(v.code);
    byName.set(v.name, place);
  }
  const townshipNames = new Set(townships.map((t) => t.name));
  for (const entry of lexicon.villages) {
    if (entry.township && !townshipNames.has(entry.township)) {
      throw new LexiconError(
        'villages.json',
        `${entry.name}: township "${entry.township}" is not a township of ${county?.name ?? meta.county} (check the name against data/divisions or add it to townships.json)`,
      );
    }
    const place = byName.get(entry.name) ?? { name: entry.name, codes: [], aliases: [], township: null };
    place.aliases.push(...entry.aliases);
    place.township = entry.township;
    byName.set(entry.name, place);
  }

  const byCode = new Map(townships.filter((t) => t.code).map((t) => [t.code!, t]));
  return {
    county,
    townships,
    villages: [...byName.values()],
    townshipOfCode: (code) => byCode.get(code),
  };
}

/** 缙云 for 缙云县: the forms under which a report names its own county and prefecture. */
export function countyForms(county: County | null): Set<string> {
  if (!county) return new Set();
  const forms = [county.name, countyShortName(county.name)];
  if (county.prefecture) forms.push(county.prefecture.name, countyShortName(county.prefecture.name));
  return new Set(forms);
}
