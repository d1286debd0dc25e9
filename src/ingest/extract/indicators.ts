import { entityId } from '../ids';
import { findMetric, MetricLexiconError, type MetricLexicon, type Restoration } from '../metricLexicon';
import type {
  Comparator,
  Entity,
  EntityKind,
  ExtractedGraph,
  IndicatorEntity,
  IndicatorKind,
  MetricEntity,
  ParsedReport,
  Relation,
  Sentence,
} from '../types';
import { findQuantities, type Quantity } from './quantities';

/**
 * Quantitative statements → Indicator entities grouped by Metric.
 *
 * Every quantity (see quantities.ts for what is not one) outside the report's
 * header becomes an indicator: RESULT in the results part, TARGET in the goals and
 * tasks parts, unless its clause says otherwise (力争/今年 in the results part,
 * 2022年/去年 in the others). Counts are indicators too (新增亿元以上企业3家).
 * A money amount with 以上 that qualifies a noun (10亿元以上项目4个, 50万元以上行政村)
 * is part of the metric's name, not a value.
 *
 * The metric is read from the words around the number:
 * - before it, within its item: 规上工业增加值增长6.1%, 新增规上企业40家以上;
 * - after it, when a classifier is followed by the counted noun: 2家企业上榜…, 新建500套人才公寓;
 *   the 的 form names an attribute: 组建规模10亿元的招商基金 → 招商基金规模;
 * - a bare 增长/增 after a level takes the level's subject: 一般公共预算收入21.35亿元,增长6.8%;
 * - an item with no words of its own repeats the previous one: 1200亩以上、力争1500亩以上;
 * - 、-lists share the first item's verb (新增A 3家、B 2家) or the last item's counted noun
 *   (A区块387亩、B区块450亩工业用地空间拓展);
 * - 分别 maps values to subjects in order: 省、市重点项目分别完成…126.9%、128.9%.
 * Growth and level are different metrics (地区生产总值增长 ≠ 地区生产总值); a share of a
 * plan (完成年度投资计划的126.9%) is a completion rate. The lexicon then maps wordings to
 * canonical names.
 */

const ABOUT_KINDS: ReadonlySet<EntityKind> = new Set(['Township', 'Industry', 'Platform', 'Project', 'Enterprise']);
/** Kinds a sentence's opening clause can lend to a statement in the clause after it. */
const TOPIC_KINDS: ReadonlySet<EntityKind> = new Set(['Industry', 'Project']);
const CLAUSE_END = /[,;:。!?,;:]/;
const ITEM_JOINERS = /^[、且和及与]+/;
const MONEY_UNIT = /(?:元|亿|万)$/;
/** Units that can stand before the noun they count: 2家企业, 500套人才公寓, 1363亩工业用地. */
const CLASSIFIERS = new Set([
  '个',
  '家',
  '套',
  '户',
  '名',
  '项',
  '件',
  '张',
  '笔',
  '条',
  '所',
  '座',
  '宗',
  '亩',
  '万亩',
  '人',
  '处',
  '台',
  '辆',
]);
/** Words that carry no meaning for the metric at the start of an item. */
const LEADING_FILLER = /^(?:全年|累计|其中|力争|确保|带动|实现|推动|大力推进|今年|全县|成功|首次|完成|并|均)/;
/** Comparator and linking verbs between the metric words and the number. */
const TRAILING_FILLER =
  /(?:预计达到|预计|达到|达|首次突破|突破|首次|超过|超|增至|提高到|提升至|下降到|保持在|稳定在|控制在|至少|不少于|约|分别|的)$/;
/** Action verbs that belong to a count's metric and are shared along a 、-list. */
const ACTION_VERBS =
  '新增|新引进|新认定|新培育|新建|新改扩建|引进|引育|建成投用|建成|建设|培育|打造|创成|创建|整治提升|整治优化|腾出|出让|盘活|消化|实施|发放|办结|上榜|开展|组织|选派|化解|兑现|争取|发行|主导制定|组建';
const ACTION_VERB = new RegExp(`^(?:${ACTION_VERBS})`);
const TRAILING_VERB = new RegExp(`(?:${ACTION_VERBS})$`);
const GROWTH_ONLY = /^(?:增长|增|下降)$/;
/** Attributes that need the subject named elsewhere: 金额5.2亿 after 融资担保项目在保666笔. */
const ATTRIBUTE = /^(?:金额|余额)$/;
const ATTRIBUTE_BEFORE_DE = /(规模|总投资|金额|面积|产值)$/;
const STRETCH = /力争/;
const FLOOR_ELSEWHERE = /至少|不少于/;
const ESTIMATE = /预计/;
const TARGET_IN_RESULTS = /力争|今年|2023年|目标/;
const RESULT_IN_TASKS = /2022年|去年|上年/;

/* ---------- restored reading of a sentence ---------- */

/** A sentence with lost characters re-inserted; `origin[i]` is the sentence offset of view char i, or -1. */
interface SentenceView {
  text: string;
  origin: number[];
}

function restore(text: string, restorations: readonly Restoration[], used: Set<Restoration>): SentenceView {
  const inserts: Array<{ at: number; text: string }> = [];
  for (const r of restorations) {
    const [before, after] = r.at.split('|');
    const found = text.indexOf(before + after);
    if (found >= 0) {
      inserts.push({ at: found + before.length, text: r.insert });
      used.add(r);
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  let view = '';
  const origin: number[] = [];
  let cursor = 0;
  for (const insert of [...inserts, { at: text.length, text: '' }]) {
    for (; cursor < insert.at; cursor += 1) {
      view += text[cursor];
      origin.push(cursor);
    }
    view += insert.text;
    for (let k = 0; k < insert.text.length; k += 1) origin.push(-1);
  }
  return { text: view, origin };
}

/** Maps a view span to the sentence, dropping restored characters at its edges. */
function toSentenceSpan(view: SentenceView, start: number, end: number): { start: number; end: number } {
  while (start < end && view.origin[start] < 0) start += 1;
  while (end > start && view.origin[end - 1] < 0) end -= 1;
  return { start: view.origin[start], end: view.origin[end - 1] + 1 };
}

function isRestored(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (view.origin[i] >= 0) return false;
  return true;
}

/* ---------- phrase cleaning ---------- */

function tidy(words: string): string {
  return words.replace(/[“”"'‘’\s]/g, '').replace(/^[、,;:。]+|[、,;:。]+$/g, '');
}

function stripTrailingFillers(words: string): string {
  let text = words;
  for (let match = TRAILING_FILLER.exec(text); match; match = TRAILING_FILLER.exec(text)) {
    text = text.slice(0, text.length - match[0].length);
  }
  return text;
}

function stripFillers(words: string): { words: string } {
  let text = words;
  for (let match = LEADING_FILLER.exec(text); match; match = LEADING_FILLER.exec(text))
    text = text.slice(match[0].length);
  return { words: stripTrailingFillers(text) };
}

function leadingVerb(words: string): string | null {
  return ACTION_VERB.exec(words)?.[0] ?? null;
}

/** Generic renamings: 投资增 → 投资增长; 完成年度投资计划 + % → 年度投资计划完成率. */
function normalize(words: string, unit: string | null): string {
  let name = words.replace(/增$/, '增长');
  const ofPlan = /^(.*)完成(.*计划)$/.exec(name);
  if (ofPlan && unit === '%') name = `${ofPlan[1]}${ofPlan[2]}完成率`;
  return name;
}

/* ---------- one sentence ---------- */

interface Statement {
  sentence: Sentence;
  quantity: Quantity;
  /** Wording of the metric as read, before the lexicon. */
  wording: string;
  unit: string | null;
  comparator: Comparator;
  kind: IndicatorKind;
  year: number;
  stretch: boolean;
  /** Report offsets of the statement. */
  start: number;
  end: number;
  /** Report offsets of its clause (between the nearest , ; 。, counting restored ones). */
  clause: { start: number; end: number };
}

interface Item {
  quantity: Quantity;
  clause: number;
  /** View offset where the item's own words begin (after joiners). */
  start: number;
  /** Words between the item start and the number's comparator. */
  before: string;
  /** Counted noun after a classifier, up to the next item, 、 or clause end. */
  after: string;
  afterEnd: number;
  /** Joined to the previous item by 、 (or nothing) in the same clause. */
  listed: boolean;
}

function clauseBoundaries(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (CLAUSE_END.test(text[i])) ends.push(i);
  return ends;
}

function clauseOf(ends: number[], at: number): number {
  const index = ends.findIndex((e) => e >= at);
  return index < 0 ? ends.length : index;
}

function clauseStart(ends: number[], clause: number): number {
  return clause === 0 ? 0 : ends[clause - 1] + 1;
}

/** 10亿元以上项目4个, 超10亿元企业, 50万元以上行政村: a size class, not a value. */
function markQualifiers(text: string, quantities: Quantity[]): boolean[] {
  const qualifier = quantities.map(() => false);
  for (let i = quantities.length - 1; i >= 0; i -= 1) {
    const q = quantities[i];
    const next = text[q.end] ?? '';
    const written = text.slice(q.start, q.end);
    const sizeClass = q.unit !== null && MONEY_UNIT.test(q.unit) && (/以上$/.test(written) || written.startsWith('超'));
    const followedByWords = next !== '' && !CLAUSE_END.test(next) && !/[、且的]/.test(next);
    const gluedToQualifier = quantities[i + 1]?.numberStart === q.end && qualifier[i + 1];
    qualifier[i] = (sizeClass && followedByWords) || (gluedToQualifier && q.unit !== null && MONEY_UNIT.test(q.unit));
  }
  return qualifier;
}

function readItems(view: SentenceView, values: Quantity[]): Item[] {
  const ends = clauseBoundaries(view.text);
  const items: Item[] = [];
  values.forEach((quantity, i) => {
    const clause = clauseOf(ends, quantity.numberStart);
    const previous = items[i - 1];
    const samePrevious = previous && previous.clause === clause ? previous : undefined;
    const rawStart = samePrevious ? samePrevious.quantity.end : clauseStart(ends, clause);
    const joiners = ITEM_JOINERS.exec(view.text.slice(rawStart, quantity.start))?.[0] ?? '';
    const start = rawStart + joiners.length;
    const clauseEnd = clause < ends.length ? ends[clause] : view.text.length;
    const nextStart =
      values[i + 1] && clauseOf(ends, values[i + 1].numberStart) === clause ? values[i + 1].start : clauseEnd;
    const listStop = view.text.indexOf('、', quantity.end);
    const afterEnd = Math.min(nextStart, clauseEnd, listStop >= 0 ? listStop : Infinity);
    items.push({
      quantity,
      clause,
      start,
      before: view.text.slice(start, quantity.start),
      after: view.text.slice(quantity.end, afterEnd),
      afterEnd,
      // 、 right before the item, or right after a counted noun (2个品类生态资源收储、10宗交易).
      listed:
        !!samePrevious &&
        (joiners.includes('、') ||
          rawStart === quantity.start ||
          /、$/.test(view.text.slice(rawStart, quantity.start))),
    });
  });
  return items;
}

/** The 、-run of items that `index` belongs to: [first, last]. */
function listRun(items: Item[], index: number): [number, number] {
  let first = index;
  while (first > 0 && items[first].listed) first -= 1;
  let last = index;
  while (last + 1 < items.length && items[last + 1].listed) last += 1;
  return [first, last];
}

interface Reading {
  wording: string;
  /** View offsets of the statement. */
  start: number;
  end: number;
}

function readSentence(sentence: Sentence, lexicon: MetricLexicon, used: Set<Restoration>): Statement[] {
  const view = restore(sentence.text, lexicon.restorations, used);
  const quantities = findQuantities(view.text, { names: lexicon.names });
  const qualifier = markQualifiers(view.text, quantities);
  const values = quantities.filter((_, i) => !qualifier[i]);
  const items = readItems(view, values);
  const readings: Array<Reading | null> = items.map(() => null);

  const nounAfter = (item: Item) => stripFillers(tidy(item.after)).words !== '';
  const counted = (item: Item) =>
    item.quantity.unit !== null && CLASSIFIERS.has(item.quantity.unit) && nounAfter(item) && !/^的/.test(item.after);
  const bareCounted = (item: Item) =>
    item.quantity.unit === null && stripFillers(tidy(item.before)).words === '' && nounAfter(item);

  items.forEach((item, i) => {
    if (readings[i]) return;
    const q = item.quantity;
    const own = stripFillers(tidy(item.before));

    // 分别: one subject per value, in order.
    const respectively = /^(.*?)分别(.*)$/.exec(tidy(item.before));
    if (respectively) {
      const [first, last] = listRun(items, i);
      const run = items.slice(i, last + 1);
      const subjects = distributeSubjects(
        lexicon,
        stripFillers(respectively[1]).words,
        run.length,
        readings.slice(0, first),
      );
      if (subjects) {
        const predicate = stripTrailingFillers(respectively[2]);
        run.forEach((member, k) => {
          readings[i + k] = {
            wording: subjects[k] + predicate,
            start: k === 0 ? item.start : member.quantity.start,
            end: member.quantity.end,
          };
        });
        return;
      }
    }

    // Numeral, classifier, noun: the counted noun follows the number.
    if (counted(item) || bareCounted(item)) {
      const verb = TRAILING_VERB.exec(stripFillers(tidy(item.before)).words)?.[0] ?? '';
      const verbWritten = view.text.slice(q.start - verb.length, q.start) === verb;
      readings[i] = {
        wording: verb + tidy(item.after),
        start: verbWritten ? q.start - verb.length : q.start,
        end: item.afterEnd,
      };
      shareCountedNoun(items, readings, i);
      return;
    }

    // 规模10亿元的招商基金 → 招商基金规模.
    if (item.after.startsWith('的')) {
      const attribute = ATTRIBUTE_BEFORE_DE.exec(own.words)?.[1];
      if (attribute) {
        readings[i] = { wording: tidy(item.after.slice(1)) + attribute, start: item.start, end: item.afterEnd };
        return;
      }
    }

    const previous = readings
      .slice(0, i)
      .reverse()
      .find((r): r is Reading => r !== null);
    if (GROWTH_ONLY.test(own.words) && previous) {
      readings[i] = { wording: `${previous.wording.replace(/增长$/, '')}增长`, start: item.start, end: q.end };
      return;
    }
    if (ATTRIBUTE.test(own.words) && previous) {
      readings[i] = { wording: previous.wording + own.words, start: item.start, end: q.end };
      return;
    }
    if (own.words === '' && previous) {
      readings[i] = { wording: previous.wording, start: item.start, end: q.end };
      return;
    }

    let wording = own.words;
    const [first] = listRun(items, i);
    if (first < i && !leadingVerb(wording)) {
      const sharedVerb = leadingVerb(stripFillers(tidy(items[first].before)).words);
      if (sharedVerb) wording = sharedVerb + wording;
    }
    readings[i] = { wording, start: item.start, end: q.end };
  });

  return items.map((_, i) => toStatement(sentence, view, items, i, readings[i]!, readings));
}

/** A 、-list whose last item names its counted noun after the number lends it to the others. */
function shareCountedNoun(items: Item[], readings: Array<Reading | null>, index: number): void {
  const [first] = listRun(items, index);
  for (let k = first; k < index; k += 1) {
    const earlier = items[k];
    if (tidy(earlier.after) !== '') continue;
    readings[k] = { wording: readings[index]!.wording, start: earlier.start, end: earlier.quantity.end };
  }
}

function distributeSubjects(
  lexicon: MetricLexicon,
  subject: string,
  count: number,
  earlier: Array<Reading | null>,
): string[] | null {
  const known = lexicon.distributive[subject];
  if (known?.length === count) return known;
  const parts = subject.split('、');
  if (parts.length === count) {
    const last = parts[parts.length - 1];
    const shortest = Math.min(...parts.map((p) => p.length));
    const head = last.slice(shortest);
    return parts.map((p) => (p.length === shortest ? p + head : p));
  }
  // 余额分别达…: the subjects are the values read just before.
  const previous = earlier.filter((r): r is Reading => r !== null).slice(-count);
  if (previous.length === count) {
    return previous.map((r) => r.wording.replace(ACTION_VERB, '') + subject);
  }
  return null;
}

function toStatement(
  sentence: Sentence,
  view: SentenceView,
  items: Item[],
  index: number,
  reading: Reading,
  readings: Array<Reading | null>,
): Statement {
  const item = items[index];
  const q = item.quantity;
  const unit =
    q.unit !== null &&
    !isRestored(view, q.end - (q.unit.length + suffixLength(view.text, q)), q.end - suffixLength(view.text, q))
      ? q.unit
      : null;

  let comparator = q.comparator;
  const [first] = listRun(items, index);
  const listLead = items[first].before;
  if (comparator === 'EXACTLY' && (FLOOR_ELSEWHERE.test(item.before) || FLOOR_ELSEWHERE.test(listLead)))
    comparator = 'AT_LEAST';
  if (comparator === 'EXACTLY' && ESTIMATE.test(item.before)) comparator = 'ABOUT';
  // 总收入20万元且经营性收入10万元以上: 以上 covers both.
  const next = items[index + 1];
  if (comparator === 'EXACTLY' && view.text[q.end] === '且' && next && next.quantity.comparator !== 'EXACTLY') {
    comparator = next.quantity.comparator;
  }

  const clause = clauseAround(view.text, q.numberStart);
  const { kind, year } = kindAndYear(sentence, view.text.slice(clause.start, clause.end));
  const stretch =
    STRETCH.test(item.before) &&
    readings.slice(0, index).some((r, k) => r?.wording === reading.wording && !STRETCH.test(items[k].before));

  const span = toSentenceSpan(view, reading.start, reading.end);
  const clauseSpan = toSentenceSpan(view, Math.min(clause.start, reading.start), Math.max(clause.end, reading.end));
  return {
    sentence,
    quantity: q,
    wording: normalize(tidy(reading.wording), unit ?? q.unit),
    unit,
    comparator,
    kind,
    year,
    stretch,
    start: sentence.start + span.start,
    end: sentence.start + span.end,
    clause: { start: sentence.start + clauseSpan.start, end: sentence.start + clauseSpan.end },
  };
}

function suffixLength(text: string, q: Quantity): number {
  const tail = text.slice(q.numberEnd, q.end);
  return /(以上|以下|以内|左右)$/.test(tail) ? 2 : 0;
}

function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start -= 1;
  let end = at;
  while (end < text.length && !CLAUSE_END.test(text[end])) end += 1;
  return { start, end };
}

function kindAndYear(sentence: Sentence, clause: string): { kind: IndicatorKind; year: number } {
  if (sentence.part === 'RESULTS') {
    return TARGET_IN_RESULTS.test(clause)
      ? { kind: 'TARGET', year: sentence.year + 1 }
      : { kind: 'RESULT', year: sentence.year };
  }
  return RESULT_IN_TASKS.test(clause)
    ? { kind: 'RESULT', year: sentence.year - 1 }
    : { kind: 'TARGET', year: sentence.year };
}

/* ---------- the graph ---------- */

export function extractIndicators(
  report: ParsedReport,
  entities: readonly Entity[],
  metricLexicon: MetricLexicon,
): ExtractedGraph {
  const used = new Set<Restoration>();
  const statements = report.sentences
    .filter((s) => s.part !== 'PREAMBLE') // the header: index numbers, dates, titles
    .flatMap((s) => readSentence(s, metricLexicon, used));
  const unused = metricLexicon.restorations.filter((r) => !used.has(r));
  if (unused.length > 0) {
    throw new MetricLexiconError(
      metricLexicon.source,
      `restoration "${unused[0].at}" matches no sentence of ${report.meta.id}`,
    );
  }

  const indicators: IndicatorEntity[] = [];
  const metricWordings = new Map<string, { units: Array<string | null>; wordings: Set<string>; unit: string | null }>();
  const relations: Relation[] = [];

  for (const statement of statements) {
    const definition = findMetric(metricLexicon, statement.wording, statement.unit);
    const metricName = definition?.name ?? statement.wording;
    const metric = metricWordings.get(metricName) ?? {
      units: [],
      wordings: new Set<string>(),
      unit: definition?.unit ?? null,
    };
    metric.units.push(statement.unit);
    if (statement.wording !== metricName) metric.wordings.add(statement.wording);
    definition?.aliases.forEach((a) => metric.wordings.add(a));
    metricWordings.set(metricName, metric);

    const quote = report.text.slice(statement.start, statement.end);
    const id = entityId('Indicator', `${metricName}/${statement.kind}/${statement.year}/${statement.start}`);
    indicators.push({
      kind: 'Indicator',
      id,
      name: indicatorName(metricName, statement),
      aliases: [],
      mentions: [{ sentenceId: statement.sentence.id, start: statement.start, end: statement.end, quote }],
      indicatorKind: statement.kind,
      year: statement.year,
      value: statement.quantity.value,
      unit: statement.unit,
      comparator: statement.comparator,
      stretch: statement.stretch,
      metricId: entityId('Metric', metricName),
      sentenceId: statement.sentence.id,
      statement: quote,
    });
    relations.push({
      type: 'MEASURES',
      from: id,
      to: entityId('Metric', metricName),
      sentenceId: statement.sentence.id,
    });
    relations.push(...aboutRelations(id, statement, statements, entities, report.text));
  }

  const metrics: MetricEntity[] = [...metricWordings].map(([name, m]) => ({
    kind: 'Metric',
    id: entityId('Metric', name),
    name,
    aliases: [...m.wordings].filter((w) => w !== name),
    mentions: [],
    unit: m.unit ?? mostCommon(m.units),
  }));
  return { entities: [...metrics, ...indicators], relations };
}

const COMPARATOR_SIGNS: Record<Comparator, string> = { AT_LEAST: '≥', AT_MOST: '≤', ABOUT: '约', EXACTLY: '' };

/** A readable label, the metric with its value: 地区生产总值增长 ≥7%, 安置搬迁人数 1423人. */
function indicatorName(metricName: string, statement: Statement): string {
  return `${metricName} ${COMPARATOR_SIGNS[statement.comparator]}${statement.quantity.value}${statement.unit ?? ''}`;
}

function mostCommon(units: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const u of units) if (u !== null) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * What a statement is about, by the nearest words that can say so:
 * 1. entities named in the statement itself, also when the name runs across it
 *    (制造业投资增长42%; 丽缙高新区1300套蓝领公寓项目结顶);
 * 2. else entities named before it in its clause, not inside another statement
 *    there (a list 新增制造业贷款24.9亿元、普惠型小微企业贷款54.2亿元 does not lend
 *    制造业 to its second item);
 * 3. else, when the statement opens the second clause of its sentence, the project
 *    or industry the first clause is about (“五彩农业”蓬勃发展,年产值增至76亿元;
 *    潜明水库引水工程…实现通水,惠及群众20余万人). Townships and platforms named
 *    first usually list who achieved something else (东方、胡源创成…), so they are not carried over.
 * Entities after a statement are never its subject.
 */
function aboutRelations(
  indicatorId: string,
  statement: Statement,
  statements: readonly Statement[],
  entities: readonly Entity[],
  text: string,
): Relation[] {
  const { sentence, clause } = statement;
  const others = statements.filter((o) => o !== statement && o.sentence === sentence);
  const insideOther = (m: { start: number; end: number }) => others.some((o) => m.start >= o.start && m.end <= o.end);
  const named = (start: number, end: number, excludeOthers: boolean, kinds = ABOUT_KINDS): string[] =>
    entities
      .filter(
        (e) =>
          kinds.has(e.kind) &&
          e.mentions.some((m) => m.start >= start && m.end <= end && !(excludeOthers && insideOther(m))),
      )
      .map((e) => e.id);
  const overlapping = entities
    .filter(
      (e) => ABOUT_KINDS.has(e.kind) && e.mentions.some((m) => m.start < statement.end && m.end > statement.start),
    )
    .map((e) => e.id);

  let about = overlapping;
  if (about.length === 0) about = named(clause.start, statement.start, true);
  const opensClause = !others.some((o) => o.start >= clause.start && o.start < statement.start);
  const firstClause = text.slice(sentence.start, clause.start - 1);
  if (about.length === 0 && opensClause && clause.start > sentence.start && !/[,;,;]/.test(firstClause)) {
    about = named(sentence.start, clause.start, true, TOPIC_KINDS);
  }
  return [...new Set(about)].map((to) => ({ type: 'ABOUT', from: indicatorId, to, sentenceId: sentence.id }));
}
