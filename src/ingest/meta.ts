import { pinyin, polyphonic } from 'pinyin-pro';
import { type County, type Divisions, countyShortName, divisions as sharedDivisions } from '../places/divisions';
import { HEADER_LINE_RULES } from './outline/body';
import { splitLines } from './outline/lines';
import { REVIEW_WORDS, partOf } from './outline/parts';
import { type Rule, firstMatch } from './outline/rules';
import { readOutline } from './parse';
import { ReportInputError } from './source';
import type { ReportMeta } from './types';

/**
 * A report's metadata inferred from its text, for a bare report file: the year (from
 * the session's date line …年…月…日在…人民代表大会…, the title, the part headings), the
 * county (from the government's name, the session's place, the title, or the place the
 * text names most, looked up in the national division data), the issuing body, the
 * title, the date, and a readable id. Each field comes from an ordered table of named
 * rules and is reported with the words it was read from; fields given in a JSON file
 * win over inferred ones.
 */

export interface Inference {
  field: keyof ReportMeta;
  value: string | number;
  /** The rule that gave the value. */
  rule: string;
  /** The words of the report it was read from (empty for a value composed from other fields). */
  words: string;
}

export interface InferredMeta {
  meta: ReportMeta;
  /** What was inferred and from which words, in the order fields were settled. */
  inferred: Inference[];
  /** Where the text disagrees with itself or with the given fields. */
  warnings: string[];
}

export interface InferOptions {
  /** Where the text came from, for `source` (e.g. the file name). */
  sourceName?: string;
  divisions?: Divisions;
}

const META_HINT = 'pass --meta with a JSON file like data/reports/jinyun-2023.json';

/** What a rule reads: the header (the lines before the first part heading), the body, the headings. */
export interface MetaText {
  text: string;
  /** The lines before the first top-level heading, page header included. */
  header: string[];
  /** The report's body, for counting names. */
  body: string;
  headings: { title: string; years: number[] }[];
}

interface Found<T> {
  value: T;
  words: string;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const SESSION_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在[^。]{0,30}?人民代表大会/;
/** A title line: ends with 政府工作报告 (2021年涞源县政府工作报告, 2023年政府工作报告). */
const TITLE_LINE = /^(.{0,24}?)(?:人民)?政府工作报告$/;

function titleLines(header: readonly string[]): string[] {
  return header.filter((l) => TITLE_LINE.test(l) && firstMatch(HEADER_LINE_RULES, l)?.rule === 'title');
}

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Rules for the year the report plans for. */
export const YEAR_RULES: readonly Rule<MetaText, Found<number>>[] = [
  {
    // 2021年2月5日在县十六届人民代表大会第五次会议上: the session meets in the report's year.
    name: 'session-date',
    apply: ({ header }) => {
      const m = SESSION_DATE.exec(header.join(''));
      return m ? { value: Number(m[1]), words: m[0] } : null;
    },
  },
  {
    // 2021年涞源县政府工作报告, 容城县2019年政府工作报告
    name: 'title',
    apply: ({ header }) => {
      for (const line of titleLines(header)) {
        const m = YEAR.exec(line);
        if (m) return { value: Number(m[1]), words: line };
      }
      return null;
    },
  },
  {
    // 二、2019年工作总体要求 / 三、2019年主要任务: the latest year a plans heading names.
    name: 'plans-heading',
    apply: ({ headings }) => {
      let best: Found<number> | null = null;
      let previous: ReturnType<typeof partOf>['part'] | null = null;
      for (const h of headings) {
        const { part } = partOf({ title: h.title, previous });
        previous = part;
        if (part === 'RESULTS') continue;
        for (const y of h.years) if (!best || y > best.value) best = { value: y, words: h.title };
      }
      return best;
    },
  },
  {
    // 一、2018年工作回顾 alone: the year after the one reviewed.
    name: 'review-heading',
    apply: ({ headings }) => {
      for (const h of headings) {
        if (h.years.length === 1 && REVIEW_WORDS.test(h.title)) return { value: h.years[0] + 1, words: h.title };
      }
      return null;
    },
  },
];

/** A county named by a fragment of text: its longest tail that is a county's name or short name. */
function countiesNamed(fragment: string, data: Divisions): { name: string; counties: County[] } | null {
  for (let length = Math.min(fragment.length, 10); length >= 2; length -= 1) {
    const name = fragment.slice(fragment.length - length);
    // A short name needs no suffix (徐水); a one-character stem only with one (易县).
    if (!/^[\u4e00-\u9fff]+$/.test(name)) continue;
    const counties = data.findCounties(name);
    if (counties.length) return { name, counties };
  }
  return null;
}

export interface CountyInput extends MetaText {
  divisions: Divisions;
}

export interface CountyFound {
  /** The county as the report writes it (徐水县), or the division's name. */
  name: string;
  counties: County[];
  words: string;
}

function countyBefore(source: string, marker: RegExp, data: Divisions): CountyFound | null {
  for (const m of source.matchAll(marker)) {
    const before = source.slice(Math.max(0, (m.index ?? 0) - 10), m.index).replace(/^.*[\s，,。:：、]/, '');
    const named = countiesNamed(before, data);
    // The government's own name ends with the county's suffix (徐水县人民政府, not 代表县人民政府).
    if (named && /(?:县|区|市|旗)$/.test(named.name)) return { ...named, words: `${before}${m[0]}` };
  }
  return null;
}

/** Rules for the county. */
export const COUNTY_RULES: readonly Rule<CountyInput, CountyFound>[] = [
  {
    // 涞源县人民政府县长, 发布机构: 缙云县人民政府办公室, 我代表易县人民政府
    name: 'government-name',
    apply: ({ header, divisions }) => countyBefore(header.join('\n'), /人民政府/g, divisions),
  },
  {
    // 2011年1月20日在徐水县第十四届人民代表大会
    name: 'session-place',
    apply: ({ header, divisions }) =>
      countyBefore(header.join(''), /第?[一二三四五六七八九十]+届人民代表大会/g, divisions),
  },
  {
    // 2021年涞源县政府工作报告
    name: 'title',
    apply: ({ header, divisions }) => {
      for (const line of titleLines(header)) {
        const m = TITLE_LINE.exec(line);
        const named = m ? countiesNamed(m[1].replace(/(?:19|20)\d{2}\s*年$/, '').replace(YEAR, ''), divisions) : null;
        if (named) return { ...named, words: line };
      }
      return null;
    },
  },
  {
    // The county the text names most (容城 17 times, 容城县 among them), clearly ahead of any other.
    // A county counts only when its full name appears at least once: 安新 inside 雄安新区 does
    // not make a report 安新县's. A district that was a county counts under its old name too (徐水县).
    name: 'most-named',
    apply: ({ body, divisions }) => {
      const occurrences = (word: string) => body.split(word).length - 1;
      const counts = new Map<string, { count: number; full: string }>();
      for (const county of divisions.allCounties()) {
        const short = countyShortName(county.name);
        // 城区, 郊区, 矿区 are common words before they are names.
        if (/^.区$/.test(county.name)) continue;
        const forms = [county.name, ...(county.name.endsWith('区') && short !== county.name ? [`${short}县`] : [])];
        const full = forms.find((f) => occurrences(f) > 0);
        if (!full || counts.has(short)) continue;
        counts.set(short, { count: occurrences(short), full });
      }
      const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
      const [best, second] = ranked;
      if (!best || best[1].count < 3 || (second && second[1].count * 2 > best[1].count)) return null;
      const counties = divisions.findCounties(best[1].full);
      return { name: best[1].full, counties, words: `${best[0]} ×${best[1].count}` };
    },
  },
];

/** Rules for the body that issues the report. */
export const ISSUER_RULES: readonly Rule<MetaText & { county: string }, Found<string>>[] = [
  {
    // 发布机构: 缙云县人民政府办公室
    name: 'publication-field',
    apply: ({ header }) => {
      const m = /发布机构\s*[:：]\s*(\S+)/.exec(header.join('\n'));
      return m ? { value: m[1], words: m[0] } : null;
    },
  },
  {
    // 涞源县人民政府县长 周 峰, 徐水县人民政府代县长
    name: 'speaker',
    apply: ({ header, county }) => {
      for (const line of header.filter((l) => firstMatch(HEADER_LINE_RULES, l)?.rule === 'speaker')) {
        const m = /^(\S*?人民政府)(?:代理?)?(?:县|区|市|旗)长/.exec(line);
        if (m && m[1].includes(countyShortName(county))) return { value: m[1], words: m[0] };
      }
      return null;
    },
  },
  {
    // 我代表易县人民政府，向大会报告工作
    name: 'greeting',
    apply: ({ header, county }) => {
      const m = /我代表(\S{2,12}?人民政府)/.exec(header.join('\n'));
      return m && m[1].includes(countyShortName(county)) ? { value: m[1], words: m[0] } : null;
    },
  },
];

/** Rules for the title. */
export const TITLE_RULES: readonly Rule<MetaText, Found<string>>[] = [
  {
    // 2021年涞源县政府工作报告; not a bare 政府工作报告.
    name: 'title-line',
    apply: ({ header }) => {
      const line = titleLines(header).find((l) => TITLE_LINE.exec(l)![1].length > 0);
      return line ? { value: line, words: line } : null;
    },
  },
];

/** Rules for the date the report was published, or else given. */
export const DATE_RULES: readonly Rule<MetaText, Found<string>>[] = [
  {
    // 发布时间:2023-03-14 11:35:15 (an official publication's own date)
    name: 'publication-date',
    apply: ({ header }) => {
      const m = /发布时间\s*[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(header.join('\n'));
      return m ? { value: iso(m[1], m[2], m[3]), words: m[0] } : null;
    },
  },
  {
    // 2022年1月27日在县十七届人民代表大会第二次会议上: the day it was given.
    name: 'session-date',
    apply: ({ header }) => {
      const m = SESSION_DATE.exec(header.join(''));
      return m ? { value: iso(m[1], m[2], m[3]), words: m[0] } : null;
    },
  },
];

/**
 * The county's name in pinyin (涞源县 → laiyuan, 易县 → yixian), when it is safe to use in
 * an id: no character of the name has several readings (pinyin-pro reads 大城 as daicheng,
 * 乐亭 as leting); else null, and the id uses the county's code. `sharedWith` lists other
 * counties of the same pinyin (容城县 and 荣成市 are both rongcheng).
 */
export function countySlug(county: County, data: Divisions): { slug: string; sharedWith: County[] } | null {
  let slugs = slugCache.get(data);
  if (!slugs) {
    slugs = new Map(data.allCounties().map((c) => [c.code, slugOf(c.name)]));
    slugCache.set(data, slugs);
  }
  const slug = slugs.get(county.code) ?? slugOf(county.name);
  if (!slug) return null;
  const sharedWith = data.allCounties().filter((c) => c.code !== county.code && slugs.get(c.code) === slug);
  return { slug, sharedWith };
}

const slugCache = new WeakMap<Divisions, Map<string, string | null>>();

function slugOf(name: string): string | null {
  {
    const stem = countyShortName(name);
    // The level's own character keeps one reading in a name (易县: yixian, though 县 alone is also xuan).
    const readings = polyphonic(stem.replace(/[县区市旗]$/, ''), {
      toneType: 'none',
      type: 'array',
    }) as unknown as string[][];
    if (readings.some((r) => new Set(r).size !== 1)) return null;
    const slug = pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).join('').toLowerCase();
    return /^[a-z]+$/.test(slug) ? slug : null;
  }
}

function metaText(text: string): MetaText {
  const outline = readOutline(text, 'inferred', {});
  const firstHeading = outline.sections.find((s) => s.level === 1 && s.part !== 'PREAMBLE');
  const headerEnd = firstHeading ? firstHeading.start : Math.min(text.length, 800);
  // The page's own header may hold the title; its excerpt repeats the speech's opening, cut short.
  const excerpts = (outline.nonBody ?? []).filter((n) => n.kind === 'EXCERPT');
  const header = splitLines(text.slice(0, headerEnd))
    .filter((l) => !excerpts.some((e) => l.start >= e.start && l.end <= e.end))
    .map((l) => l.text);
  const body = outline.body ? text.slice(outline.body.start, outline.body.end) : text;
  const headings = outline.sections
    .filter((s) => s.level === 1 && s.part !== 'PREAMBLE')
    .map((s) => ({ title: s.title, years: [...s.title.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1])) }));
  return { text, header, body, headings };
}

/** Picks the county among several of one name by the prefecture or province the text names most. */
function pickCounty(found: CountyFound, mt: MetaText, given: Partial<ReportMeta>): County {
  let { counties } = found;
  const within = [given.prefecture, given.province].filter((w): w is string => Boolean(w));
  if (within.length) {
    counties = counties.filter((c) => within.some((w) => c.prefecture?.name === w || c.province.name === w));
  }
  if (counties.length > 1) {
    const mentions = (name: string | undefined) =>
      name ? mt.text.split(name.replace(/(?:市|地区|自治州|盟|省|自治区|壮族|回族|维吾尔)+$/, '')).length - 1 : 0;
    const scored = counties.map((c) => ({ c, n: mentions(c.prefecture?.name) + mentions(c.province.name) }));
    const top = Math.max(...scored.map((s) => s.n));
    const best = scored.filter((s) => s.n === top);
    if (top > 0 && best.length === 1) return best[0].c;
    const list = counties.map((c) => `${c.name} ${c.code} (${c.prefecture?.name ?? ''}${c.province.name})`);
    throw new ReportInputError(
      `could not tell which county the report is from: several are named ${found.name} (${list.join(', ')}) ` +
        `and the text names none of their prefectures or provinces; ${META_HINT} giving countyCode`,
    );
  }
  if (!counties.length) {
    throw new ReportInputError(
      `the report names ${found.name}, but no county of that name lies in ${within.join(', ')}; check --meta`,
    );
  }
  return counties[0];
}

/**
 * The report's metadata inferred from its text, with the given fields (e.g. from a JSON
 * file) winning over inferred ones. Throws ReportInputError when a required field can be
 * neither read nor given, with a message that says what to pass.
 */
export function inferReportMeta(
  text: string,
  given: Partial<ReportMeta> = {},
  options: InferOptions = {},
): InferredMeta {
  const data = options.divisions ?? sharedDivisions();
  const mt = metaText(text);
  const inferred: Inference[] = [];
  const warnings: string[] = [];
  const note = <T extends string | number>(field: keyof ReportMeta, rule: string, value: T, words: string): T => {
    inferred.push({ field, value, rule, words });
    return value;
  };

  // The year: the first rule that reads one; the others, where they disagree, are warned about.
  let year = given.year;
  if (year === undefined) {
    const readings = YEAR_RULES.flatMap((r) => {
      const found = r.apply(mt);
      return found ? [{ rule: r.name, ...found }] : [];
    });
    if (!readings.length) {
      throw new ReportInputError(
        `could not tell the report's year: no date line (…年…月…日在…人民代表大会…), title or part heading names one; ${META_HINT}`,
      );
    }
    year = note('year', readings[0].rule, readings[0].value, readings[0].words);
    for (const other of readings.slice(1)) {
      if (other.value !== year) {
        warnings.push(`the ${other.rule} says ${other.value} («${other.words}»), but the year was read as ${year}`);
      }
    }
  }

  let resultsYear = given.resultsYear;
  if (resultsYear === undefined) {
    let previous: ReturnType<typeof partOf>['part'] | null = null;
    for (const h of mt.headings) {
      const { part } = partOf({ title: h.title, year, previous });
      previous = part;
      const reviewed = h.years.filter((y) => y < year!);
      if (part === 'RESULTS' && reviewed.length === 1) {
        resultsYear = note('resultsYear', 'review-heading', reviewed[0], h.title);
        break;
      }
    }
    resultsYear ??= note('resultsYear', 'year-before', year - 1, '');
  }

  // The county, its code, prefecture and province.
  let county: County;
  let countyName = given.county;
  if (given.countyCode) {
    const byCode = data.county(given.countyCode);
    if (!byCode)
      throw new ReportInputError(`countyCode ${given.countyCode} is no county of the division data; check --meta`);
    county = byCode;
    countyName ??= note('county', 'county-code', byCode.name, '');
  } else {
    let found: CountyFound | null = null;
    let rule = 'given';
    if (given.county) {
      const counties = data.findCounties(given.county);
      if (!counties.length) {
        throw new ReportInputError(`the county ${given.county} is no county of the division data; check --meta`);
      }
      found = { name: given.county, counties, words: '' };
    } else {
      const match = firstMatch(COUNTY_RULES, { ...mt, divisions: data });
      if (!match) {
        throw new ReportInputError(
          `could not tell the report's county: its header names no county government and its text names no county clearly most; ${META_HINT}`,
        );
      }
      found = match.value;
      rule = match.rule;
    }
    county = pickCounty(found, mt, given);
    if (!given.county) {
      // As the report writes it when that is a full name (徐水县, though it is now 徐水区).
      countyName = note('county', rule, /(?:县|区|市|旗)$/.test(found.name) ? found.name : county.name, found.words);
    }
    note('countyCode', rule, county.code, found.words);
  }
  const prefecture =
    given.prefecture ?? (county.prefecture ? note('prefecture', 'divisions', county.prefecture.name, '') : undefined);
  const province = given.province ?? note('province', 'divisions', county.province.name, '');

  const issuer = given.issuedBy
    ? null
    : (firstMatch(ISSUER_RULES, { ...mt, county: countyName! }) ?? {
        rule: 'county-government',
        value: { value: `${countyName}人民政府`, words: '' },
      });
  const issuedBy = given.issuedBy ?? note('issuedBy', issuer!.rule, issuer!.value.value, issuer!.value.words);

  const titled = given.title ? null : firstMatch(TITLE_RULES, mt);
  const title =
    given.title ??
    (titled
      ? note('title', titled.rule, titled.value.value, titled.value.words)
      : note('title', 'composed', `${countyName}${year}年政府工作报告`, ''));

  const dated = given.publishedAt ? null : firstMatch(DATE_RULES, mt);
  const publishedAt =
    given.publishedAt ?? (dated ? note('publishedAt', dated.rule, dated.value.value, dated.value.words) : undefined);

  let id = given.id;
  if (!id) {
    const slug = countySlug(county, data);
    id = slug
      ? note('id', 'county-pinyin', `${slug.slug}-${year}`, countyShortName(county.name))
      : note('id', 'county-code', `${county.code}-${year}`, '');
    if (slug?.sharedWith.length) {
      const others = slug.sharedWith.map((c) => `${c.name} ${c.code}`).join(', ');
      warnings.push(
        `the id ${id} is also the pinyin of ${others}: to load their reports too, give one an id with --meta`,
      );
    }
  }
  const source =
    given.source ??
    note('source', 'inferred', `${options.sourceName ?? 'report text'} (metadata inferred from the text)`, '');

  if (resultsYear >= year) warnings.push(`resultsYear ${resultsYear} is not before year ${year}`);
  const meta: ReportMeta = {
    ...given,
    id,
    title,
    county: countyName!,
    countyCode: county.code,
    ...(prefecture ? { prefecture } : {}),
    province,
    year,
    resultsYear,
    issuedBy,
    ...(publishedAt ? { publishedAt } : {}),
    source,
  };
  return { meta, inferred, warnings };
}
