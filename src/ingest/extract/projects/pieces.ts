import type { NamePhrase } from '../../lexicon';
import type { Sentence, Span } from '../../types';
import type { Candidate, Piece, Vocabulary } from './model';
import { looksLikeName } from './names';
import { trimLead } from './trims';
import { tailTime } from './rules/tailTime';
import {
  TRAIL_ONLY,
  CLAUSE_BREAK,
  INNER_LIST_MARKER,
  LIST_HEAD,
  LIST_MARKER,
  MAX_NAME,
  QUALIFIER_MAX,
  STATUS,
  TRAIL_ACTION,
} from './vocabulary';

/**
 * A sentence as the project rules read it: clauses cut at punctuation (half- and
 * full-width), pieces cut at status phrases and at lists closed inside a clause, items
 * split at 、.
 */

export function clauses(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i <= sentence.end; i += 1) {
    if (i === sentence.end || CLAUSE_BREAK.test(text[i])) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** Ends like a name or a list of names, so a status right after it reports on it. */
function endsLikeNames(piece: Span, text: string, known: readonly string[]): boolean {
  const written = text.slice(piece.start, piece.end);
  // A time may stand between the names and the status (…养猪项目6月底前投产运行).
  // So may 建设 (…有机肥厂建设|完成).
  const built = written.replace(/建设$/, '');
  const body = built.slice(0, built.length - (tailTime.apply({ text: built, afterStatus: false }) ?? 0));
  const last = body.slice(-MAX_NAME).replace(/^.*、/, '');
  // Words before the last name are not part of it (投资1.3亿元的|第三水厂建成供水).
  const tail = last.slice(trimLead({ start: 0, end: last.length }, last).start);
  if (LIST_MARKER.test(body) || body.endsWith('项目') || looksLikeName(tail)) return true;
  // A known name followed by a short qualifier: 抽水蓄能电站水库大坝|完成填筑.
  return known.some((k) => {
    const at = tail.lastIndexOf(k);
    return at >= 0 && tail.length - at - k.length <= QUALIFIER_MAX;
  });
}

/**
 * Whether status words read as a status where they stand: not right before 项目 or 工程 (粪污资源化
 * 利用整县推进项目: they say which project), not where a township's name starts (新建 is a verb,
 * 新建镇 a town, and a town's short name may be 新建).
 */
function isStatusHere(body: string, at: number, words: string, vocab: Vocabulary): boolean {
  if (/^(?:项目|工程)/.test(body.slice(at + words.length))) return false;
  return !vocab.townshipForms.some((t) => body.startsWith(t, at) && t.length >= 2 && words.startsWith(t.slice(0, 2)));
}

/**
 * Cuts a clause at status phrases and at lists closed inside it (…等景区|提质扩容…,
 * where the copy lost the comma). A status right after names reports on them
 * (…等项目投产达效) when they have no status yet or nothing follows it;
 * otherwise it introduces the names after it (完成A项目|开工建设B…).
 */
export function pieces(clause: Span, text: string, vocab: Vocabulary): Piece[] {
  const known = vocab.known;
  const body = text.slice(clause.start, clause.end);
  // A coordinated phrase of the lexicon is read whole, whatever status or list words it contains.
  const protectedSpans = vocab.phrases.flatMap((p) => {
    const at = body.indexOf(p.text);
    return at < 0 ? [] : [{ start: clause.start + at, end: clause.start + at + p.text.length }];
  });
  type Cut = Span & { status: string | null };
  const cuts: Cut[] = [];
  // A status word right before a list's head says which projects, not what happened to them
  // (签约 in …等签约项目落地建设).
  const listHeads = [...body.matchAll(LIST_HEAD)].map((m) => ({
    start: m.index,
    head: m.index + m[0].length - (m[1] ?? m[2] ?? '').length,
  }));
  for (const m of body.matchAll(STATUS)) {
    if (listHeads.some((h) => h.start < m.index && m.index + m[0].length === h.head)) continue;
    if (!isStatusHere(body, m.index, m[0], vocab)) continue;
    cuts.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length, status: m[0] });
  }
  const action = TRAIL_ACTION.exec(body);
  if (action) {
    const start = clause.start + action.index;
    if (!cuts.some((c) => c.start < clause.end && start < c.end))
      cuts.push({ start, end: clause.end, status: action[0] });
  }
  for (const m of body.matchAll(INNER_LIST_MARKER)) {
    const end = clause.start + m.index + m[0].length;
    if (end < clause.end && !cuts.some((c) => c.start < end && end <= c.end))
      cuts.push({ start: end, end, status: null });
  }
  cuts.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = cuts.filter(
    (c) => !protectedSpans.some((p) => c.start < p.end && p.start < Math.max(c.end, c.start + 1)),
  );
  cuts.length = 0;
  cuts.push(...kept);

  const result: Piece[] = [];
  let cursor = clause.start;
  let pendingLead: string | null = null;
  cuts.forEach((cut, i) => {
    if (cut.start < cursor) return;
    if (cut.start > cursor) {
      result.push({ start: cursor, end: cut.start, lead: pendingLead, trail: null });
      pendingLead = null;
    }
    cursor = cut.end;
    if (!cut.status) return;
    const last = result.at(-1);
    const adjacent = last && last.end === cut.start && last.trail === null && endsLikeNames(last, text, known);
    const moreFollows = (cuts[i + 1]?.start ?? clause.end) > cut.end;
    if (adjacent && (last.lead === null || !moreFollows)) last.trail = cut.status;
    // A title is given to what stands before it: after 入选/列入 comes the list, not a project.
    else pendingLead = TRAIL_ONLY.test(cut.status) ? null : cut.status;
  });
  if (cursor < clause.end) result.push({ start: cursor, end: clause.end, lead: pendingLead, trail: null });
  return result;
}

const NUMERAL = /[一二三四五六七八九十\d]/;

/** Splits at 、 (and between quoted names) outside parentheses; a `(` counts only if its `)` follows (the copy lost some). */
export function splitList(span: Span, text: string): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i += 1) {
    const ch = text[i];
    if (ch === '(' && text.slice(i, span.end).includes(')')) depth += 1;
    else if (ch === ')' && depth > 0) depth -= 1;
    // 集中供热二、三次管线改造: a 、 between numbers joins them inside one name.
    else if (ch === '、' && depth === 0 && !(NUMERAL.test(text[i - 1] ?? '') && NUMERAL.test(text[i + 1] ?? ''))) {
      parts.push({ start, end: i });
      start = i + 1;
    } else if (ch === '”' && text[i + 1] === '“' && depth === 0) {
      // Quoted names side by side: “容和服装产业园”“雄源服装智慧新城”项目.
      parts.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  parts.push({ start, end: span.end });
  return parts.filter((p) => p.end > p.start);
}

export function phrasesIn(body: Span, text: string, phrases: readonly NamePhrase[]): Candidate[] {
  const found: Candidate[] = [];
  const slice = text.slice(body.start, body.end);
  for (const phrase of phrases) {
    const at = slice.indexOf(phrase.text);
    if (at < 0) continue;
    for (const part of phrase.parts) {
      const start = body.start + at + phrase.text.indexOf(part.form);
      found.push({
        start,
        end: start + part.form.length,
        name: part.name,
        listed: true,
        headed: false,
        takesLead: true,
        takesTrail: true,
      });
    }
  }
  return found;
}
