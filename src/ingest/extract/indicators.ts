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
import { metricKey } from './metricKey';
import { findQuantities, type Quantity } from './quantities';
import { firstMatch } from './rules/rule';
import { KIND_YEAR_RULES } from './rules/kindYear';
import { STATEMENT_COMPARATORS } from './rules/statementComparators';
import { cleanMetricName } from './rules/metricCleaning';
import { listRun, nameItem, type Item, type Reading } from './rules/metricNaming';
import { CLAUSE_END, clauseAround, fold } from './rules/text';
import { MONEY_UNIT } from './rules/units';

/**
 * Quantitative statements → Indicator entities grouped by Metric.
 *
 * Every quantity outside the report's header becomes an indicator; the rules
 * that decide live in small tables, each tested on its own:
 * - what is a quantity, its unit and comparator: quantities.ts and rules/units.ts,
 *   rules/notAQuantity.ts, rules/comparators.ts;
 * - result or target, and which year: rules/kindYear.ts (years from the report's
 *   metadata and the sentence, never constants);
 * - the metric's name: rules/metricNaming.ts (which words name it: before the number,
 *   the counted noun after it, the subject of the value before a bare 增长, the thing a
 *   总投资 funds, 分别 lists) and rules/metricCleaning.ts (filler and linking words off);
 * - one Metric per metric key (metricKey.ts), so wordings that drift name one measure.
 * A money amount with 以上 that qualifies a noun (10亿元以上项目4个, 50万元以上行政村) is
 * part of the metric's name, not a value. The lexicon adds what text cannot give:
 * characters the copy lost (restorations), names containing digits, canonical names.
 */

const ABOUT_KINDS: ReadonlySet<EntityKind> = new Set(['Township', 'Industry', 'Platform', 'Project', 'Enterprise']);
/** Kinds a sentence's opening clause can lend to a statement in the clause after it. */
const TOPIC_KINDS: ReadonlySet<EntityKind> = new Set(['Industry', 'Project']);
const ITEM_JOINERS = /^(?:[、且]|和|及|与|以及)+/;
const STRETCH = /力争/;

/* ---------- restored, folded reading of a sentence ---------- */

/**
 * A sentence with lost characters re-inserted and full-width forms folded to
 * half-width; `origin[i]` is the sentence offset of view char i, or -1 when restored.
 */
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
  return { text: fold(view), origin };
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

/* ---------- one sentence ---------- */

interface Statement {
  sentence: Sentence;
  quantity: Quantity;
  /** Wording of the metric as read and cleaned, before the lexicon. */
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
  /** Names of the rules that decided, for explanations and error reports. */
  rules: { name: string; kindYear: string };
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

/**
 * Size classes, not values: 10亿元以上项目4个, 超10亿元企业, 50万元以上行政村,
 * 10蒸吨及以下燃煤锅炉 (a bound written before the noun it qualifies).
 */
function markQualifiers(text: string, quantities: Quantity[]): boolean[] {
  const qualifier = quantities.map(() => false);
  for (let i = quantities.length - 1; i >= 0; i -= 1) {
    const q = quantities[i];
    const next = text[q.end] ?? '';
    // 过10亿元, 超10亿元: the bound may be written before the number.
    const bound = /(?:超过|过|超)$/.exec(text.slice(Math.max(0, q.numberStart - 2), q.numberStart))?.[0] ?? '';
    const written = bound + text.slice(q.numberStart, q.end);
    const money = q.unit !== null && MONEY_UNIT.test(q.unit);
    const sizeClass = (money && (/以上$/.test(written) || /^(?:超|过)/.test(written))) || /及以[上下]$/.test(written);
    const followedByWords = next !== '' && !CLAUSE_END.test(next) && !/[、且的]/.test(next);
    const gluedToQualifier = quantities[i + 1]?.numberStart === q.end && qualifier[i + 1];
    qualifier[i] = (sizeClass && followedByWords) || (gluedToQualifier && money);
  }
  return qualifier;
}

function readItems(text: string, values: Quantity[]): Item[] {
  const ends = clauseBoundaries(text);
  const items: Item[] = [];
  values.forEach((quantity, i) => {
    const clause = clauseOf(ends, quantity.numberStart);
    const previous = items[i - 1];
    const samePrevious = previous && previous.clause === clause ? previous : undefined;
    const rawStart = samePrevious ? samePrevious.quantity.end : clauseStart(ends, clause);
    const joiners = ITEM_JOINERS.exec(text.slice(rawStart, quantity.start))?.[0] ?? '';
    const start = rawStart + joiners.length;
    const clauseEnd = clause < ends.length ? ends[clause] : text.length;
    const nextStart =
      values[i + 1] && clauseOf(ends, values[i + 1].numberStart) === clause ? values[i + 1].start : clauseEnd;
    const listStop = text.indexOf('、', quantity.end);
    const phraseEnd = Math.min(clauseEnd, listStop >= 0 ? listStop : Infinity);
    const afterEnd = Math.min(nextStart, phraseEnd);
    const between = text.slice(rawStart, quantity.start);
    items.push({
      quantity,
      clause,
      start,
      before: text.slice(start, quantity.start),
      after: text.slice(quantity.end, afterEnd),
      afterEnd,
      phrase: text.slice(quantity.end, phraseEnd),
      phraseEnd,
      // 、 (or 和, 及, 与) right before the item, or right after a counted noun (2个品类生态资源收储、10宗交易).
      listed: !!samePrevious && (joiners !== '' || rawStart === quantity.start || /、$/.test(between)),
    });
  });
  return items;
}

function readSentence(report: ParsedReport, sentence: Sentence, lexicon: MetricLexicon, used: Set<Restoration>) {
  const view = restore(sentence.text, lexicon.restorations, used);
  const quantities = findQuantities(view.text, { names: lexicon.names });
  const qualifier = markQualifiers(view.text, quantities);
  const values = quantities.filter((_, i) => !qualifier[i]);
  const items = readItems(view.text, values);
  const readings: Array<Reading | null> = items.map(() => null);
  const rules: string[] = items.map(() => '');

  items.forEach((item, i) => {
    if (readings[i]) return;
    // A statement read across the words after it (a counted noun, a thing after 的) ends where the next begins.
    const previous = readings[i - 1];
    if (previous && item.clause === items[i - 1].clause && previous.end > item.start) {
      const start = Math.min(previous.end, item.quantity.start);
      const joiners = ITEM_JOINERS.exec(view.text.slice(start, item.quantity.start))?.[0] ?? '';
      item.start = start + joiners.length;
      item.before = view.text.slice(item.start, item.quantity.start);
    }
    const named = nameItem({ text: view.text, items, index: i, readings, distributive: lexicon.distributive });
    named.readings.forEach((reading, k) => {
      readings[i + k] = reading;
      rules[i + k] = named.rule;
    });
  });

  return items.flatMap((_, i) => {
    const statement = toStatement(report, sentence, view, items, i, readings, rules[i]);
    // One value for several subjects (均为): one statement each.
    const others = (readings[i]!.alsoFor ?? []).map((wording) => ({ ...statement, wording }));
    return [statement, ...others];
  });
}

function toStatement(
  report: ParsedReport,
  sentence: Sentence,
  view: SentenceView,
  items: Item[],
  index: number,
  readings: Array<Reading | null>,
  ruleName: string,
): Statement {
  const item = items[index];
  const reading = readings[index]!;
  const q = item.quantity;
  const suffix = suffixLength(view.text, q);
  let unit = q.unit !== null && !isRestored(view, q.end - (q.unit.length + suffix), q.end - suffix) ? q.unit : null;
  // 分别是2005年的2.7、2.4倍: a bare number listed before a bare number with a unit shares it.
  const next = items[index + 1];
  if (unit === null && q.unit === null && next?.listed && next.before.replace(/[、和及与\s]/g, '') === '')
    unit = next.quantity.unit;

  const [first] = listRun(items, index);
  const source = reading.from !== undefined ? items[reading.from] : null;
  const comparator =
    q.comparator !== 'EXACTLY'
      ? q.comparator
      : (firstMatch(STATEMENT_COMPARATORS, {
          text: view.text,
          item,
          listFirst: items[first],
          source: source ? { item: source, listFirst: items[listRun(items, reading.from!)[0]] } : null,
          next: next ?? null,
        })?.result ?? 'EXACTLY');

  const clause = clauseAround(view.text, q.numberStart);
  const previous = report.sentences[sentence.index - 1];
  const kindYear = firstMatch(KIND_YEAR_RULES, {
    part: sentence.part,
    previousSentence: previous && previous.paragraphId === sentence.paragraphId ? fold(previous.text) : null,
    year: report.meta.year ?? sentence.year,
    resultsYear: report.meta.resultsYear ?? sentence.year,
    text: view.text,
    at: q.numberStart,
    clauseStart: clause.start,
  })!;
  // With no words to name it, the counted noun after it, else the words before it as written.
  const wording =
    cleanMetricName(reading.wording, unit ?? q.unit) ||
    cleanMetricName(item.after.replace(/^[,;:。、]+/, '')) ||
    item.before.replace(/[,;:。、\s]/g, '') ||
    '(unnamed)';
  const stretch =
    STRETCH.test(item.before) &&
    readings
      .slice(0, index)
      .some((r, k) => r !== null && cleanMetricName(r.wording) === wording && !STRETCH.test(items[k].before));

  const span = toSentenceSpan(view, reading.start, reading.end);
  const clauseSpan = toSentenceSpan(view, Math.min(clause.start, reading.start), Math.max(clause.end, reading.end));
  return {
    sentence,
    quantity: q,
    wording,
    unit,
    comparator,
    kind: kindYear.result.kind,
    year: kindYear.result.year,
    stretch,
    start: sentence.start + span.start,
    end: sentence.start + span.end,
    clause: { start: sentence.start + clauseSpan.start, end: sentence.start + clauseSpan.end },
    rules: { name: ruleName, kindYear: kindYear.rule.name },
  };
}

function suffixLength(text: string, q: Quantity): number {
  const tail = text.slice(q.numberEnd, q.end);
  return /(?:及以上|及以下)$/.test(tail) ? 3 : /(?:以上|以下|以内|之内|左右)$/.test(tail) ? 2 : 0;
}

/* ---------- the graph ---------- */

/** How each indicator was read: the rules that named it and typed it (for tests and error tables). */
export interface IndicatorExplanation {
  indicatorId: string;
  namingRule: string;
  kindYearRule: string;
}

export function extractIndicators(
  report: ParsedReport,
  entities: readonly Entity[],
  metricLexicon: MetricLexicon,
  explanations?: IndicatorExplanation[],
): ExtractedGraph {
  const used = new Set<Restoration>();
  const statements = report.sentences
    .filter((s) => s.part !== 'PREAMBLE') // the header: index numbers, dates, titles
    .flatMap((s) => readSentence(report, s, metricLexicon, used));
  const unused = metricLexicon.restorations.filter((r) => !used.has(r));
  if (unused.length > 0) {
    throw new MetricLexiconError(
      metricLexicon.source,
      `restoration "${unused[0].at}" matches no sentence of ${report.meta.id}`,
    );
  }

  // One Metric per key: the lexicon's canonical name, else the first wording read for the key.
  const metricNames = new Map<string, string>();
  const nameOf = (statement: Statement) => {
    const definition = findMetric(metricLexicon, statement.wording, statement.unit);
    const wording = definition?.name ?? statement.wording;
    const key = metricKey(wording);
    if (definition) return { name: definition.name, key, definition };
    if (!metricNames.has(key)) metricNames.set(key, wording);
    return { name: metricNames.get(key)!, key, definition };
  };

  const indicators: IndicatorEntity[] = [];
  const metrics = new Map<
    string,
    { key: string; units: Array<string | null>; wordings: Set<string>; unit: string | null }
  >();
  const relations: Relation[] = [];

  for (const statement of statements) {
    const { name: metricName, key, definition } = nameOf(statement);
    const metric = metrics.get(metricName) ?? {
      key,
      units: [],
      wordings: new Set<string>(),
      unit: definition?.unit ?? null,
    };
    metric.units.push(statement.unit);
    if (statement.wording !== metricName) metric.wordings.add(statement.wording);
    definition?.aliases.forEach((a) => metric.wordings.add(a));
    metrics.set(metricName, metric);

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
    explanations?.push({ indicatorId: id, namingRule: statement.rules.name, kindYearRule: statement.rules.kindYear });
    relations.push({
      type: 'MEASURES',
      from: id,
      to: entityId('Metric', metricName),
      sentenceId: statement.sentence.id,
    });
    relations.push(...aboutRelations(id, statement, statements, entities, report.text));
  }

  const metricEntities: MetricEntity[] = [...metrics].map(([name, m]) => ({
    kind: 'Metric',
    id: entityId('Metric', name),
    name,
    key: m.key,
    aliases: [...m.wordings].filter((w) => w !== name),
    mentions: [],
    unit: m.unit ?? mostCommon(m.units),
  }));
  return { entities: [...metricEntities, ...indicators], relations };
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
  const firstClause = fold(text.slice(sentence.start, clause.start - 1));
  if (about.length === 0 && opensClause && clause.start > sentence.start && !/[,;]/.test(firstClause)) {
    about = named(sentence.start, clause.start, true, TOPIC_KINDS);
  }
  return [...new Set(about)].map((to) => ({ type: 'ABOUT', from: indicatorId, to, sentenceId: sentence.id }));
}
