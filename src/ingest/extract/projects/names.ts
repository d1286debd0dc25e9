import type { Span } from '../../types';
import { overlaps } from '../mentions';
import { firstMatch } from '../rules';
import { isOrdinaryWord, taggedWords, wordBoundaries } from '../words';
import { NAME_RULES } from './accept';
import type { Candidate, Vocabulary } from './model';
import { tailTime } from './rules/tailTime';
import { trimLead, trimTail } from './trims';
import {
  MAX_NAME,
  MIN_NAME,
  NOT_A_NAME_END,
  NOT_A_NAME_START,
  PROJECT_SUFFIX,
  PROSE_AFTER_NAME,
  isProse,
  KIND_HEAD,
  QUALIFIER_MAX,
  TERMINAL_SUFFIX,
} from './vocabulary';

/**
 * Reading one 、-item of a list into names: cut at companies and known names, split runs
 * where the copy lost the 、 between two names, tell names from qualifiers and prose.
 */

export function looksLikeName(name: string): boolean {
  // 同光创新中心暨院士工作站: one facility under two names, a name if either reads as one.
  if (name.includes('暨')) return name.split('暨').some((part) => part.length > 0 && looksLikeName(part));
  const suffix = PROJECT_SUFFIX.exec(name);
  // The words before the ending must name something: 5幼儿园 is a count, not a name.
  if (!suffix || !/[\u4e00-\u9fa5A-Za-z]/.test(name.slice(0, suffix.index))) return false;
  return (
    name.length >= MIN_NAME &&
    name.length <= MAX_NAME &&
    PROJECT_SUFFIX.test(name) &&
    !NOT_A_NAME_END.test(name) &&
    !isProse(name)
  );
}

/** Known names inside a run, longest first, not overlapping. */
function knownInside(run: Span, text: string, known: readonly string[]): Span[] {
  const body = text.slice(run.start, run.end);
  const found: Span[] = [];
  let boundaries: Set<number> | null = null;
  for (const name of known) {
    if (name.length >= body.length) continue;
    let at = body.indexOf(name);
    while (at >= 0) {
      const span = { start: run.start + at, end: run.start + at + name.length };
      // Never ending inside a word: 大王店产业园 is not inside 大王店产业园区基础设施.
      boundaries ??= wordBoundaries(body);
      const aligned = boundaries.has(at + name.length) || at + name.length === body.length;
      if (aligned && !found.some((f) => overlaps(f, span))) found.push(span);
      at = body.indexOf(name, at + 1);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Company names inside a run cut it where the copy lost 、 (誉鑫实业扩建肖特玻管二期). */
function cutAtCompanies(run: Span, text: string, enterprises: readonly string[]): Span[] {
  const body = text.slice(run.start, run.end);
  const cuts = new Set<number>();
  for (const e of enterprises) {
    for (let at = body.indexOf(e, 1); at > 0; at = body.indexOf(e, at + 1)) cuts.add(at);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  let start = 0;
  for (const c of sorted) {
    spans.push({ start: run.start + start, end: run.start + c });
    start = c;
  }
  spans.push({ start: run.start + start, end: run.end });
  return spans;
}

const ORDINAL_LEAD = /^第[一二三四五六七八九十\d]+/;

type SegmentKind = 'name' | 'qualifier' | 'prose';
interface Segment extends Span {
  kind: SegmentKind;
}

/**
 * One 、-item: split on 和 after a name, cut at company names, at known names and
 * where one name ends and the next starts (the copy lost 、), then drop prose.
 * Prose dropped between a name and the status keeps the status off that name;
 * a short qualifier does not (抽水蓄能电站水库大坝完成填筑).
 */
export function readItem(
  item: Span,
  text: string,
  vocab: Vocabulary,
  listed: boolean,
  head: string | null,
  sharedHead = false,
  ofFacilities = false,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const part of splitOnAnd(item, text, vocab)) {
    for (const raw of cutAtCompanies(part, text, vocab.enterprises)) {
      const lead = trimLead(raw, text);
      // 殡管所搬迁项目: written with the head 项目 (its own or the list's), the item is a project
      // whatever its ending.
      const words = text.slice(lead.start, lead.end);
      // A time may stand after the head (宝迪楼房养猪项目6月底前).
      const untimed = words.slice(0, words.length - (tailTime.apply({ text: words, afterStatus: false }) ?? 0));
      const explicit = sharedHead || /[^等]项目$/.test(untimed);
      // Trimming the tail may uncover more to trim at the front (涞源“雄源服装智慧新城”项目).
      const run = trimLead(trimTail(lead, text), text);
      if (run.end <= run.start) continue;
      const segments = segmentRun(run, text, vocab);
      // A bare place or a short bare item keeps its place in the list: it may share the next
      // item's head (大源、双溪口城市书房; 白沙河、北易水综合治理工程). Alone, the acceptance rules
      // judge it as they would.
      const bare =
        segments.length === 1 &&
        (vocab.townshipForms.includes(text.slice(run.start, run.end)) || segments[0].kind === 'qualifier');
      if (bare) segments[0].kind = 'name';
      // A lone item of an explicit list is a name whatever its ending (肖特玻管、…等项目).
      if (segments.length === 1 && (listed || explicit)) segments[0].kind = 'name';
      segments.forEach((seg, j) => {
        if (seg.kind !== 'name') return;
        const written = text.slice(seg.start, seg.end);
        const completed = head && !written.endsWith(head.slice(-1)) ? `${written}${head}` : undefined;
        candidates.push({
          start: seg.start,
          end: seg.end,
          name: completed,
          listed: listed && (segments.length === 1 || vocab.known.includes(written)),
          headed: explicit && segments.length === 1,
          ofFacilities: ofFacilities && segments.length === 1,
          wholeItem: segments.length === 1,
          takesLead: !segments.slice(0, j).some((q) => q.kind === 'prose'),
          takesTrail: !segments.slice(j + 1).some((q) => q.kind === 'prose'),
        });
      });
    }
  }
  return candidates;
}

function classify(span: Span, text: string, vocab: Vocabulary): SegmentKind {
  const s = text.slice(span.start, span.end);
  if (vocab.canonical.has(s) || vocab.known.includes(s) || (looksLikeName(s) && !vocab.excluded.has(s))) return 'name';
  return s.length <= QUALIFIER_MAX ? 'qualifier' : 'prose';
}

function segmentRun(run: Span, text: string, vocab: Vocabulary): Segment[] {
  const written = text.slice(run.start, run.end);
  if (vocab.canonical.has(written)) return [{ ...run, kind: 'name' }];
  // An ordinal before a known name makes another one (第二|污水处理厂 is not 污水处理厂).
  if (ORDINAL_LEAD.test(written) && looksLikeName(written)) return [{ ...run, kind: 'name' }];
  const inner = knownInside(run, text, vocab.known);
  // One known name that the run continues is a part of a more specific name (潜明水库|引水工程).
  const continuesKnown = inner.length === 1 && inner[0].start === run.start && looksLikeName(written);
  if (continuesKnown && splitGlued(run, text, vocab).length === 1) return [{ ...run, kind: 'name' }];
  const segments: Segment[] = [];
  let cursor = run.start;
  const rest = (end: number) => {
    if (end > cursor) segments.push(...splitGlued({ start: cursor, end }, text, vocab));
  };
  for (const k of inner) {
    rest(k.start);
    segments.push({ ...k, kind: 'name' });
    cursor = k.end;
  }
  rest(run.end);
  return segments;
}

/** Splits a run where one name ends and the next starts (溪滨北路立面改造|迎晖门整治改造), rightmost first. */
const MIN_GLUED_LEFT = 4;

function splitGlued(run: Span, text: string, vocab: Vocabulary): Segment[] {
  const body = text.slice(run.start, run.end);
  let boundaries: Set<number> | null = null;
  // The left name has at least 4 characters: 县医院医技综合楼 is one building of 县医院, not two works.
  for (let at = body.length - MIN_NAME; at >= MIN_GLUED_LEFT; at -= 1) {
    const left = body.slice(0, at);
    const right = body.slice(at);
    if (!TERMINAL_SUFFIX.test(left) || NOT_A_NAME_START.test(right)) continue;
    // Never inside a word: 开发区燃气站 is not 开发|区燃气站, 园区开发 not 园|区开发.
    boundaries ??= wordBoundaries(body);
    if (!boundaries.has(at)) continue;
    if (!looksLikeName(right) || vocab.excluded.has(right)) continue;
    // Everyday words only on the right qualify the left: 职教中心标准化建设主体工程 is one work.
    if (taggedWords(right).every((w) => w.word.length >= 2 && isOrdinaryWord(w.word))) continue;
    return [
      ...splitGlued({ start: run.start, end: run.start + at }, text, vocab),
      { start: run.start + at, end: run.end, kind: 'name' },
    ];
  }
  const kind = classify(run, text, vocab);
  return kind === 'prose' ? splitProseTail(run, text, vocab) : [{ ...run, kind }];
}

/** A name followed by prose where the copy lost the comma: 壶镇人力资源产业园|不断提升平台吸引力和承载力. */
function splitProseTail(run: Span, text: string, vocab: Vocabulary): Segment[] {
  const body = text.slice(run.start, run.end);
  for (let at = Math.min(body.length - 1, MAX_NAME); at >= MIN_NAME; at -= 1) {
    if (!PROSE_AFTER_NAME.test(body.slice(at))) continue;
    const name = { start: run.start, end: run.start + at };
    if (classify(name, text, vocab) === 'name')
      return [
        { ...name, kind: 'name' },
        { start: name.end, end: run.end, kind: 'prose' },
      ];
  }
  return [{ ...run, kind: 'prose' }];
}

/**
 * 壶镇和新建敬老院 → 壶镇 | 新建敬老院: split on 和 only after a place, a known name, a name or a
 * project (玖兴肉鸡养殖扶贫产业项目和牛栏新村), and not before a part of the work on the left
 * (城西污水处理厂提标改造和配套管网建设工程 is one work).
 */
export function splitOnAnd(item: Span, text: string, vocab: Vocabulary): Span[] {
  const body = text.slice(item.start, item.end);
  const at = body.indexOf('和');
  if (at <= 0) return [item];
  const written = body.slice(0, at);
  const left = written.replace(/(?:项目|建设)$/, '');
  const isKnown =
    vocab.townshipForms.includes(left) ||
    vocab.known.includes(left) ||
    vocab.otherKinds.has(left) ||
    looksLikeName(left) ||
    /^[^等]{3,}项目$/.test(written);
  if (!isKnown || NOT_A_NAME_START.test(body.slice(at + 1))) return [item];
  return [
    { start: item.start, end: item.start + at },
    { start: item.start + at + 1, end: item.end },
  ];
}

/** What a bare item may take from the next one: a work done on it (改造, 维修加固, 救治能力提升项目). */
const WORK_HEAD = /(?:改造|提升|建设|加固|整治|治理|修复|工程|项目|扩建|迁建|改建|新建|拆建|搬迁)$/;

/** Words of work only, no other thing built (维修加固, 救治能力提升项目; not 卫生院扩建). */
function onlyWork(head: string): boolean {
  let rest = head;
  while (WORK_HEAD.test(rest)) rest = rest.replace(WORK_HEAD, '');
  return rest !== head && !PROJECT_SUFFIX.test(rest);
}

/**
 * The head a bare item shares with the next item of its list, or null:
 * - a place before a place with a head: 大源、双溪口城市书房 → 大源城市书房;
 * - a thing of the same kind as the next one's (same last character), before a work on it:
 *   县医院、妇幼保健院救治能力提升项目 → 县医院救治能力提升项目; 石门村、泉坊村城中村改造;
 *   白石口长城和乌龙沟长城维修加固; 朝阳路一中段、易黄线县城段改造;
 * - a short bare name before a name with a campaign head: 白沙河、北易水综合治理工程.
 */
export function sharedHead(written: string, next: string, vocab: Vocabulary): string | null {
  if (vocab.townshipForms.includes(written)) {
    const place = vocab.townshipForms.filter((f) => next.startsWith(f)).sort((a, b) => b.length - a.length)[0];
    return place && next.length > place.length ? next.slice(place.length) : null;
  }
  if (WORK_HEAD.test(written)) return null;
  const kind = written.at(-1) ?? '';
  const at = next.indexOf(kind, 1);
  if (at > 0 && at < next.length - 1 && onlyWork(next.slice(at + 1))) return next.slice(at + 1);
  const campaign = KIND_HEAD.exec(next);
  if (!looksLikeName(written) && written.length <= QUALIFIER_MAX && campaign && campaign.index >= 2)
    return next.slice(campaign.index);
  return null;
}

/** Bare items take the head they share with the next item, from the last item back. */
export function distributeHeads(candidates: Candidate[], text: string, vocab: Vocabulary): void {
  for (let i = candidates.length - 2; i >= 0; i -= 1) {
    if (candidates[i].name) continue;
    const written = text.slice(candidates[i].start, candidates[i].end);
    const nextCandidate = candidates[i + 1];
    if (!candidates[i].wholeItem || !nextCandidate.wholeItem) continue;
    const nextWritten = text.slice(nextCandidate.start, nextCandidate.end);
    const next = nextCandidate.name ?? nextWritten;
    // Only a project's head is shared (工地扬尘、工业废气治理 are campaigns).
    if (!acceptName(next, nextWritten, nextCandidate, vocab)) continue;
    const head = sharedHead(written, next, vocab);
    if (!head) continue;
    candidates[i].name = `${written}${head}`;
    candidates[i].listed = true;
  }
}

/** Whether a candidate is a project, by the ordered acceptance rules (accept.ts). */
export function acceptName(name: string, written: string, c: Candidate, vocab: Vocabulary): boolean {
  return (
    firstMatch(NAME_RULES, {
      name,
      written,
      listed: c.listed,
      headed: c.headed,
      ofFacilities: c.ofFacilities ?? false,
      vocab,
    })?.verdict ?? false
  );
}
