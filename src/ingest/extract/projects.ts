import type { Lexicon, NamePhrase, ProjectOverride } from '../lexicon';
import type { Mention, ParsedReport, ProjectMilestone, Sentence, Span } from '../types';
import { findPlaces, type FoundPlaces } from './places';
import { findMentions, mentionAt, mergeMentions, overlaps, type NameForm } from './mentions';

/**
 * Finds the projects a government work report names. Reports list projects as
 * runs of names joined by 、 and closed by 等项目, framed by a status phrase
 * (…等项目开工建设; 开工…等项目; 330国道西移工程建成通车). The rules below read
 * that frame: clauses are cut at punctuation and at status phrases, the pieces
 * between are split into names, and a name counts when the piece is a project
 * list or the name ends like a project (…工程, …水库, …路, …中心 …).
 *
 * The public copy lost some 、 and commas, so names run together
 * (誉鑫实业扩建肖特玻管二期). Names seen elsewhere, lexicon names and company
 * names cut such runs apart. What rules still get wrong is corrected in
 * data/lexicon/projects.json (canonical names, exclusions, coordinated phrases).
 */

export interface ProjectLinks {
  townships: string[];
  platforms: string[];
  industries: string[];
  enterprises: string[];
}

export interface DetectedProject {
  name: string;
  aliases: string[];
  category: string;
  milestones: ProjectMilestone[];
  mentions: Mention[];
  /** Links the lexicon states; entities.ts adds those the text gives. */
  links: ProjectLinks;
}

// ---------------------------------------------------------------- vocabulary

/** Status phrases as reports word them; each may carry a modifier (力争开工, 即将建成投用). */
const STATUS_MODIFIERS = [
  '提前一年',
  '力争',
  '确保',
  '即将',
  '全面',
  '基本',
  '加快',
  '加速',
  '有序',
  '稳步',
  '扎实',
  '持续',
  '全力',
  '成功',
  '顺利',
  '统筹',
  '高效',
];
const STATUS_CORES = [
  '建成通车',
  '建成通气',
  '实现通水',
  '建成投用',
  '建成投运',
  '建成开放',
  '投产达效',
  '开工建设',
  '启动建设',
  '谋划建设',
  '谋划推进',
  '谋划实施',
  '投入运营',
  '投入使用',
  '上线运营',
  '竣工投用',
  '竣工验收',
  '主体结顶',
  '完成主体工程',
  '完成主体施工',
  '完成填筑',
  '完成征收拆除',
  '征收全面完成',
  '全线贯通',
  '签约落地',
  '前期全面启动',
  '加快前期',
  '基本建成',
  '基本完工',
  '主体完工',
  '完成改造提升',
  '完成夜经济改造',
  '实现纳规',
  '加快建设',
  '摘牌',
  '开馆',
  '结顶',
  '开工',
  '完工',
  '建成',
  '投用',
  '投运',
  '落地',
  '完成',
  '启动',
  '推进',
  '实施',
  '运行',
  '谋划',
  '招引',
  '纳规',
  '前期',
  '列入',
  '抓好',
  '加快',
];
/** 完成可研审查, 完成工可审查, 完成规划方案深化研究评审. */
const REVIEW_STATUS = '完成[\\u4e00-\\u9fa5]{0,10}?(?:审查|评审)';
const STATUS = new RegExp(
  `(?:${STATUS_MODIFIERS.join('|')})*(?:${REVIEW_STATUS}|${[...STATUS_CORES].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/** How project names end. 之城 (青年创新创业之城), 县城, 新城 are places or slogans; …入园 is a verb. */
const PROJECT_SUFFIX =
  /(?:工程|水库|电站|公路|铁路|高速|国道|大道|医院|卫生院|学校|中学|小学|幼儿园|新园|职业高中|园|中心|馆|综合体|酒店|改造|改建|迁建|扩建|拆建|桥|隧道|管道|路|延伸|公寓|安置房|保障房|小区|新村|绿道|枢纽|基地|城|路网|雷达|灌区|治理|整治|连接线|道路|[一二三四]期|段|区块|开发|敬老院|度假区|大厦|社区|利用|步行街|基础设施|旧址)$/;
const NOT_A_NAME_END = /(?:[之县新南老]城|入园)$/;

/**
 * Endings after which a new name may start when the copy lost the 、 between
 * two names (溪东南路改建|民安桥). Road and railway names are left out on purpose:
 * qualifiers follow them (330国道|西移工程, 杭丽铁路|义乌至缙云段).
 */
const TERMINAL_SUFFIX =
  /(?:改建|改造|扩建|迁建|拆建|开发|治理|整治|绿道|馆|公寓|中心|园|[一二三四]期|利用|基础设施|小区|酒店|学校|医院)$/;
/** A name does not start with a qualifier or a connective (…|改造工程, …|及游泳馆, …|缙云段). */
const NOT_A_NAME_START =
  /^(?:改建|改造|扩建|迁建|拆建|延伸|开发|工程|项目|公路|道路|整治|治理|提升|利用|基础设施|卫生院|医院|中心|幼儿园|小学|学校|公寓|段|及|和|至|经|等)/;

/** Words that close a list: …等项目, …等一大批制造业项目, …9个教育补短板项目, …等区块. */
const LIST_MARKER_BODY = '(?:等一大批|等一批|等|\\d+个)[\\u4e00-\\u9fa5]{0,8}?(项目|区块|小微园|景区|小区)';
const LIST_MARKER = new RegExp(`${LIST_MARKER_BODY}$`);
/** A list closed inside a piece, where the copy lost the comma after it; 建设 after it belongs to it. */
const INNER_LIST_MARKER = new RegExp(`${LIST_MARKER_BODY}(?:建设进度|建设)?`, 'g');
/** List heads that complete each name (仙都宾馆、建设局西侧等区块 → 仙都宾馆区块). */
const HEADS_THAT_COMPLETE = new Set(['区块', '小微园']);
/** List heads of things that are places, not works. */
const HEADS_NOT_PROJECTS = new Set(['景区']);

/** Words before a name that are not part of it. */
const LEAD_FILLER =
  /^(?:(?:全省|全国|全市)?首(?:部|个|批)|一大批|一批|[省市县]级|国家级|力争|确保|深入|深化|推动|大力|着力|重点|积极|并|将|以|对|把|的|及|和)+/;
/** Counts glued to the front of a name (500套人才公寓). */
const LEAD_QUANTITY = /^\d+(?:\.\d+)?(?:套|个|座|所|条|家)|^\d+\.\d+/;
/** A count inside a run means prose, not a name (文化驿站1城市书房2乡村博物馆5…). */
const PROSE_COUNT =
  /\d+(?:\.\d+)?(?:个|家|亩|人|户|条|所|万|亿|元|公里|%|平方米|吨|张|项|笔|件|场)|\d+套|\d[\u4e00-\u9fa5]+\d|的/;
/** Prose that follows a name where the copy lost the comma (…产业园|不断提升平台吸引力). */
const PROSE_AFTER_NAME =
  /^(?:不断|进一步|持续|加快|推动|着力|为|让|使|以|全面|努力|确保|带动|惠及|实现|获评|入选|优先|成功|完善|健全|打造|提高|深化|强化|优化|构建)/;
/** Left-over text this short next to a known name qualifies it (…项目老线, …水库大坝) and keeps the status. */
const QUALIFIER_MAX = 4;
const MIN_NAME = 3;
const MAX_NAME = 26;

/** Clause breaks: names never contain these. */
const CLAUSE_BREAK = /[,;:。!?“”《》\s]/;

const CATEGORY_RULES: [string, RegExp][] = [
  ['城建', /区块(?:开发)?$/],
  ['医疗卫生', /医院|卫生院|卫生室|急救|妇计|中医/],
  ['教育', /学校|小学|中学|幼儿园|新园|职业高中|学院|办学|技工/],
  ['能源', /电站|抽水蓄能|天然气|千伏|氢能|光伏|川气|输变电/],
  ['水利', /水库|引水|灌区|防洪|供水|水厂|排水|防涝/],
  ['生态环保', /流域|治理|湿地|污水|山水工程|再生资源|环卫|碳汇|水质|生态价值/],
  ['交通', /铁路|高速|国道|公路|道路|大道|路网|枢纽|桥|隧道|连接线|交通|站房|延伸$|路$/],
  ['农业', /农业|农博|农事|菜干|农创客|冷链/],
  ['文旅', /景区|酒店|博物馆|文化园|书房|度假区|民俗|旅游|旧址|宾馆/],
  ['科创', /科创|创新|研究院|孵化/],
  [
    '社会民生',
    /安置|保障房|公寓|敬老院|养老|照护|体育|健身|活动中心|市民|小区|新村|雨伞|献血|斑马线|公交|文体|游泳|雷达/,
  ],
  ['产业', /产业|小微园|创业园|电商|供应链|客服|大厦|制造|智造/],
  ['城建', /公园|停车|改造|街|社区|区块|市政|广场|综合体|整治|开发|地块|基础设施|绿道/],
];
const DEFAULT_CATEGORY = '城建';
const ENTERPRISE_CATEGORY = '产业';

// ---------------------------------------------------------------- helpers

interface Piece extends Span {
  lead: string | null;
  trail: string | null;
}

/** A name as the report writes it at one place, before merging. */
interface Occurrence extends Span {
  sentence: Sentence;
  name: string;
  status: string | null;
  /** Accepted because it sits in an explicit project list (…等项目). */
  listed: boolean;
}

interface Vocabulary {
  /** Lexicon project names and aliases → canonical name. */
  canonical: Map<string, string>;
  excluded: Set<string>;
  enterprises: string[];
  townshipForms: string[];
  /** Names of other kinds: a candidate equal to one is that thing, not a project. */
  otherKinds: Set<string>;
  /** Names that may split a run: lexicon names and names found whole elsewhere. */
  known: string[];
  phrases: NamePhrase[];
}

function clauses(sentence: Sentence, text: string): Span[] {
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
  const body = text.slice(piece.start, piece.end);
  const tail = body.slice(-MAX_NAME).replace(/^.*、/, '');
  if (LIST_MARKER.test(body) || body.endsWith('项目') || looksLikeName(tail)) return true;
  // A known name followed by a short qualifier: 抽水蓄能电站水库大坝|完成填筑.
  return known.some((k) => {
    const at = tail.lastIndexOf(k);
    return at >= 0 && tail.length - at - k.length <= QUALIFIER_MAX;
  });
}

/**
 * Cuts a clause at status phrases and at lists closed inside it (…等景区|提质扩容…,
 * where the copy lost the comma). A status right after names reports on them
 * (…等项目投产达效) when they have no status yet or nothing follows it;
 * otherwise it introduces the names after it (完成A项目|开工建设B…).
 */
function pieces(clause: Span, text: string, vocab: Vocabulary): Piece[] {
  const known = vocab.known;
  const body = text.slice(clause.start, clause.end);
  // A coordinated phrase of the lexicon is read whole, whatever status or list words it contains.
  const protectedSpans = vocab.phrases.flatMap((p) => {
    const at = body.indexOf(p.text);
    return at < 0 ? [] : [{ start: clause.start + at, end: clause.start + at + p.text.length }];
  });
  type Cut = Span & { status: string | null };
  const cuts: Cut[] = [];
  for (const m of body.matchAll(STATUS)) {
    cuts.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length, status: m[0] });
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
    else pendingLead = cut.status;
  });
  if (cursor < clause.end) result.push({ start: cursor, end: clause.end, lead: pendingLead, trail: null });
  return result;
}

/** Splits at 、 outside parentheses; a `(` counts only if its `)` follows (the copy lost some). */
function splitList(span: Span, text: string): Span[] {
  const parts: Span[] = [];
  let start = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i += 1) {
    const ch = text[i];
    if (ch === '(' && text.slice(i, span.end).includes(')')) depth += 1;
    else if (ch === ')' && depth > 0) depth -= 1;
    else if (ch === '、' && depth === 0) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: span.end });
  return parts.filter((p) => p.end > p.start);
}

function trimLead(span: Span, text: string): Span {
  let start = span.start;
  for (const pattern of [LEAD_FILLER, LEAD_QUANTITY, LEAD_FILLER]) {
    const m = pattern.exec(text.slice(start, span.end));
    if (m && m[0].length < span.end - start) start += m[0].length;
  }
  return { start, end: span.end };
}

/** Strips a trailing 项目 (棠溪水库项目 → 棠溪水库). */
function trimProjectWord(span: Span, text: string): Span {
  const s = text.slice(span.start, span.end);
  return s.endsWith('项目') && s.length > 2 + 2 ? { start: span.start, end: span.end - 2 } : span;
}

function looksLikeName(name: string): boolean {
  const suffix = PROJECT_SUFFIX.exec(name);
  // The words before the ending must name something: 5幼儿园 is a count, not a name.
  if (!suffix || !/[\u4e00-\u9fa5A-Za-z]/.test(name.slice(0, suffix.index))) return false;
  return (
    name.length >= MIN_NAME &&
    name.length <= MAX_NAME &&
    PROJECT_SUFFIX.test(name) &&
    !NOT_A_NAME_END.test(name) &&
    !PROSE_COUNT.test(name)
  );
}

/** Known names inside a run, longest first, not overlapping. */
function knownInside(run: Span, text: string, known: readonly string[]): Span[] {
  const body = text.slice(run.start, run.end);
  const found: Span[] = [];
  for (const name of known) {
    if (name.length >= body.length) continue;
    let at = body.indexOf(name);
    while (at >= 0) {
      const span = { start: run.start + at, end: run.start + at + name.length };
      if (!found.some((f) => overlaps(f, span))) found.push(span);
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

/** Verbs that only say "work on": joined with the status after the names (加快…前期 → 加快前期). */
const BARE_LEADS = new Set(['加快', '抓好', '统筹抓好', '推进']);

/** The status of a piece, as worded: a lead verb joined with a trailing 建设 reads 加快建设. */
function pieceStatus(piece: Piece, building: boolean): string | null {
  if (piece.lead && piece.trail) return BARE_LEADS.has(piece.lead) ? `${piece.lead}${piece.trail}` : piece.trail;
  if (piece.lead) return building ? `${piece.lead}建设` : piece.lead;
  return piece.trail ?? (building ? '建设' : null);
}

// ---------------------------------------------------------------- reading pieces

interface Candidate extends Span {
  /** The canonical name when it differs from the written words (distributed heads, lexicon). */
  name?: string;
  listed: boolean;
  /** May take the piece's status: no long stretch of dropped prose lies between. */
  takesLead: boolean;
  takesTrail: boolean;
}

function readPiece(piece: Piece, sentence: Sentence, text: string, vocab: Vocabulary): Occurrence[] {
  let body: Span = trimLead(piece, text);
  let building = false;
  const trailingBuild = /(?:建设进度|建设)$/.exec(text.slice(body.start, body.end));
  if (trailingBuild) {
    building = true;
    body = { start: body.start, end: body.end - trailingBuild[0].length };
  }
  let listed = false;
  let head: string | null = null;
  const marker = LIST_MARKER.exec(text.slice(body.start, body.end));
  if (marker) {
    if (HEADS_NOT_PROJECTS.has(marker[1])) return [];
    listed = true;
    if (HEADS_THAT_COMPLETE.has(marker[1])) head = marker[1];
    body = { start: body.start, end: body.end - marker[0].length };
  }
  if (body.end <= body.start) return [];
  const status = pieceStatus(piece, building);
  if (!status && !listed) return [];

  const phraseCandidates = phrasesIn(piece, text, vocab.phrases);
  const candidates: Candidate[] = [...phraseCandidates];
  for (const item of splitList(body, text)) {
    if (phraseCandidates.some((p) => overlaps(p, item))) continue;
    candidates.push(...readItem(item, text, vocab, listed, head));
  }
  distributeHeads(candidates, text, vocab);

  const occurrences: Occurrence[] = [];
  for (const c of candidates) {
    const written = text.slice(c.start, c.end);
    const name = vocab.canonical.get(c.name ?? written) ?? c.name ?? written;
    if (!acceptName(name, written, c.listed, vocab)) continue;
    const takes = (piece.lead && c.takesLead) || (piece.trail && c.takesTrail) || (!piece.lead && !piece.trail);
    occurrences.push({ start: c.start, end: c.end, sentence, name, status: takes ? status : null, listed: c.listed });
  }
  return occurrences;
}

function phrasesIn(body: Span, text: string, phrases: readonly NamePhrase[]): Candidate[] {
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
        takesLead: true,
        takesTrail: true,
      });
    }
  }
  return found;
}

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
function readItem(item: Span, text: string, vocab: Vocabulary, listed: boolean, head: string | null): Candidate[] {
  const candidates: Candidate[] = [];
  for (const part of splitOnAnd(item, text, vocab)) {
    for (const raw of cutAtCompanies(part, text, vocab.enterprises)) {
      const run = trimProjectWord(trimLead(raw, text), text);
      if (run.end <= run.start) continue;
      const segments = segmentRun(run, text, vocab);
      // A bare place keeps its place in the list: it may share the next item's head (大源、双溪口城市书房).
      if (segments.length === 1 && vocab.townshipForms.includes(text.slice(run.start, run.end)))
        segments[0].kind = 'name';
      // A lone item of an explicit list is a name whatever its ending (肖特玻管、…等项目).
      if (segments.length === 1 && listed) segments[0].kind = 'name';
      segments.forEach((seg, j) => {
        if (seg.kind !== 'name') return;
        const written = text.slice(seg.start, seg.end);
        const completed = head && !written.endsWith(head.slice(-1)) ? `${written}${head}` : undefined;
        candidates.push({
          start: seg.start,
          end: seg.end,
          name: completed,
          listed: listed && (segments.length === 1 || vocab.known.includes(written)),
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
function splitGlued(run: Span, text: string, vocab: Vocabulary): Segment[] {
  const body = text.slice(run.start, run.end);
  for (let at = body.length - MIN_NAME; at >= 2; at -= 1) {
    const left = body.slice(0, at);
    const right = body.slice(at);
    if (!TERMINAL_SUFFIX.test(left) || NOT_A_NAME_START.test(right)) continue;
    if (!looksLikeName(right) || vocab.excluded.has(right)) continue;
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

/** 壶镇和新建敬老院 → 壶镇 | 新建敬老院: split on 和 only after a place or a known name. */
function splitOnAnd(item: Span, text: string, vocab: Vocabulary): Span[] {
  const body = text.slice(item.start, item.end);
  const at = body.indexOf('和');
  if (at <= 0) return [item];
  const left = body.slice(0, at).replace(/项目$/, '');
  const isKnown =
    vocab.townshipForms.includes(left) ||
    vocab.known.includes(left) ||
    vocab.otherKinds.has(left) ||
    looksLikeName(left);
  if (!isKnown) return [item];
  return [
    { start: item.start, end: item.start + at },
    { start: item.start + at + 1, end: item.end },
  ];
}

/** A bare place before a named item shares its head: 大源、双溪口城市书房 → 大源城市书房. */
function distributeHeads(candidates: Candidate[], text: string, vocab: Vocabulary): void {
  for (let i = 0; i < candidates.length - 1; i += 1) {
    const written = text.slice(candidates[i].start, candidates[i].end);
    if (candidates[i].name || !vocab.townshipForms.includes(written)) continue;
    const next = text.slice(candidates[i + 1].start, candidates[i + 1].end);
    const place = vocab.townshipForms.filter((f) => next.startsWith(f)).sort((a, b) => b.length - a.length)[0];
    if (!place) continue;
    candidates[i].name = `${written}${next.slice(place.length)}`;
    candidates[i].listed = true;
  }
}

function acceptName(name: string, written: string, listed: boolean, vocab: Vocabulary): boolean {
  if (vocab.excluded.has(name) || vocab.excluded.has(written)) return false;
  const fromLexicon = vocab.canonical.has(name) || vocab.canonical.has(written);
  if (fromLexicon) return true;
  if (vocab.otherKinds.has(name) || vocab.townshipForms.includes(name)) return false;
  if (PROSE_COUNT.test(name) || name.length > MAX_NAME) return false;
  if (listed) return name.length >= 2;
  return looksLikeName(name) || vocab.known.includes(name);
}

// ---------------------------------------------------------------- assembling

function buildVocabulary(lexicon: Lexicon, places: FoundPlaces): Vocabulary {
  const canonical = new Map<string, string>();
  for (const p of lexicon.projects.projects) for (const form of [p.name, ...p.aliases]) canonical.set(form, p.name);
  const townshipForms = places.townships.flatMap((t) => [t.name, ...t.aliases]);
  const otherKinds = new Set([
    ...lexicon.platforms.platforms.flatMap((p) => [p.name, ...p.aliases]),
    ...lexicon.villages.flatMap((v) => [v.name, ...v.aliases]),
    ...lexicon.industries.flatMap((i) => [i.name, ...i.aliases]),
  ]);
  return {
    canonical,
    excluded: new Set(lexicon.projects.exclusions),
    enterprises: lexicon.enterprises.flatMap((e) => [e.name, ...e.aliases]),
    townshipForms,
    otherKinds,
    known: [...canonical.keys()].sort((a, b) => b.length - a.length),
    phrases: lexicon.projects.phrases,
  };
}

function readReport(report: ParsedReport, vocab: Vocabulary): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const sentence of report.sentences) {
    for (const clause of clauses(sentence, report.text)) {
      for (const piece of pieces(clause, report.text, vocab))
        occurrences.push(...readPiece(piece, sentence, report.text, vocab));
    }
  }
  return occurrences;
}

export function categorize(name: string, enterprises: readonly string[]): string {
  if (enterprises.some((e) => name.startsWith(e))) return ENTERPRISE_CATEGORY;
  return CATEGORY_RULES.find(([, rule]) => rule.test(name))?.[0] ?? DEFAULT_CATEGORY;
}

const NO_LINKS: ProjectLinks = { townships: [], platforms: [], industries: [], enterprises: [] };

export interface DetectOptions {
  /** The report's places, when already found (extractEntities passes them). */
  places?: FoundPlaces;
}

export function detectProjects(report: ParsedReport, lexicon: Lexicon, options: DetectOptions = {}): DetectedProject[] {
  const vocab = buildVocabulary(lexicon, options.places ?? findPlaces(report, lexicon));
  // First pass: names found whole somewhere become known, so they can cut runs elsewhere.
  const firstPass = readReport(report, vocab);
  const foundWhole = new Set(firstPass.map((o) => o.name).filter((n) => n.length >= 4 && !vocab.canonical.has(n)));
  vocab.known = [...new Set([...vocab.known, ...foundWhole])].sort((a, b) => b.length - a.length);
  const occurrences = readReport(report, vocab);

  const overrides = new Map<string, ProjectOverride>(lexicon.projects.projects.map((p) => [p.name, p]));
  const byName = new Map<string, DetectedProject>();
  for (const o of occurrences) {
    let project = byName.get(o.name);
    if (!project) {
      const override = overrides.get(o.name);
      project = {
        name: o.name,
        aliases: [...(override?.aliases ?? [])],
        category: override?.category ?? categorize(o.name, vocab.enterprises),
        milestones: [],
        mentions: [],
        links: override
          ? {
              townships: override.townships,
              platforms: override.platforms,
              industries: override.industries,
              enterprises: override.enterprises,
            }
          : NO_LINKS,
      };
      byName.set(o.name, project);
    }
    const mention = mentionAt(report.text, o.sentence, o.start, o.end);
    if (!project.mentions.some((m) => m.start === mention.start)) project.mentions.push(mention);
    if (mention.quote !== project.name && !project.aliases.includes(mention.quote)) project.aliases.push(mention.quote);
    if (o.status && !project.milestones.some((m) => m.sentenceId === o.sentence.id && m.status === o.status)) {
      project.milestones.push({ year: o.sentence.year, status: o.status, sentenceId: o.sentence.id });
    }
  }
  addLexiconOnlyProjects(byName, overrides, vocab);
  addNameMentions([...byName.values()], report, lexicon);
  return [...byName.values()].filter((p) => p.mentions.length > 0);
}

/** Lexicon projects no rule found get a node; the name scan then gives them their mentions (or drops them). */
function addLexiconOnlyProjects(
  byName: Map<string, DetectedProject>,
  overrides: Map<string, ProjectOverride>,
  vocab: Vocabulary,
): void {
  for (const override of overrides.values()) {
    if (byName.has(override.name)) continue;
    byName.set(override.name, {
      name: override.name,
      aliases: [...override.aliases],
      category: override.category ?? categorize(override.name, vocab.enterprises),
      milestones: [],
      mentions: [],
      links: {
        townships: override.townships,
        platforms: override.platforms,
        industries: override.industries,
        enterprises: override.enterprises,
      },
    });
  }
}

/**
 * Other places the report writes a project's name without a status frame
 * (潜明水库、抽水蓄能电站…移民安置公寓): the canonical name if it is specific
 * enough (4+ characters) and the lexicon's aliases, never inside a longer project name.
 */
function addNameMentions(projects: DetectedProject[], report: ParsedReport, lexicon: Lexicon): void {
  const lexiconForms = new Set(lexicon.projects.projects.flatMap((p) => [p.name, ...p.aliases]));
  const forms: NameForm[] = projects.flatMap((p) =>
    [p.name, ...p.aliases]
      .filter((f) => f.length >= 4 || lexiconForms.has(f))
      .filter((f) => f === p.name || lexiconForms.has(f))
      .map((form) => ({ key: p.name, form })),
  );
  const detected = projects.flatMap((p) => p.mentions);
  const scanned = findMentions(report.text, report.sentences, forms).filter(
    (m) => !detected.some((d) => overlaps(d, m)),
  );
  const byName = new Map(projects.map((p) => [p.name, p]));
  for (const m of scanned) {
    const project = byName.get(m.key)!;
    const { key: _key, ...mention } = m;
    project.mentions = mergeMentions(project.mentions, [mention]);
  }
  for (const p of projects) p.mentions.sort((a, b) => a.start - b.start);
}
