import type { Lexicon, ProjectOverride } from '../../lexicon';
import type { ParsedReport, Sentence, Span } from '../../types';
import { findMentions, mentionAt, mergeMentions, overlaps, type NameForm } from '../mentions';
import { findPlaces, type FoundPlaces } from '../places';
import { categorize } from './categories';
import type { Candidate, DetectedProject, Occurrence, Piece, ProjectLinks, Vocabulary } from './model';
import { acceptName, distributeHeads, looksLikeName, readItem } from './names';
import { clauses, phrasesIn, pieces, splitList } from './pieces';
import { trimLead, trimTail } from './trims';
import { FRAME_RULES, type FrameVerdict } from './frames';
import { firstMatch } from '../rules';
import {
  BARE_LEADS,
  HEADS_NOT_PROJECTS,
  HEADS_THAT_COMPLETE,
  FACILITY_HEADS,
  LIST_MARKER,
  isProse,
  COUNT_LEAD,
  COUNT_TAIL,
  TRAIL_ACTION,
} from './vocabulary';

/**
 * Finds the projects a government work report names. Reports list projects as
 * runs of names joined by 、 and closed by 等项目, framed by a status phrase
 * (…等项目开工建设; 开工…等项目; 330国道西移工程建成通车). The rules read that
 * frame: clauses are cut at punctuation and at status phrases (pieces.ts), the pieces
 * between are split into names (names.ts), words around a name that are not part of it
 * are cut by the trim rules (trims.ts), and a name counts when the acceptance rules
 * (accept.ts) say so: it sits in a project list, is written …项目, or ends like a work.
 *
 * Some public copies lost 、 and commas, so names run together
 * (誉鑫实业扩建肖特玻管二期). Names seen elsewhere, lexicon names and company
 * names cut such runs apart. What rules still get wrong is corrected in
 * data/lexicon/projects.json (canonical names, exclusions, coordinated phrases).
 */

export type { DetectedProject, ProjectLinks } from './model';
export { categorize } from './categories';

/** The status of a piece, as worded: a lead verb joined with a trailing 建设 reads 加快建设. */
function pieceStatus(piece: Piece, building: boolean): string | null {
  if (piece.lead && piece.trail)
    return BARE_LEADS.has(piece.lead) || TRAIL_ACTION.test(piece.trail) ? `${piece.lead}${piece.trail}` : piece.trail;
  if (piece.lead) return building ? `${piece.lead}建设` : piece.lead;
  return piece.trail ?? (building ? '建设' : null);
}

// ---------------------------------------------------------------- reading pieces

/**
 * An item written with a count names a kind of work, wherever else the report names it
 * without one: 完成14所学校维修改造, 建成太行山农业创新驿站两家, 完成棚户区改造1002套.
 */
function countedKind(item: Span, text: string): string | null {
  const run = trimLead(item, text);
  const words = text.slice(run.start, run.end);
  const lead = COUNT_LEAD.exec(words);
  const tail = COUNT_TAIL.exec(words);
  if (!lead && !tail) return null;
  const rest = words.slice(lead?.[0].length ?? 0, tail ? tail.index : undefined);
  const name = trimTail(trimLead({ start: 0, end: rest.length }, rest), rest);
  return rest.slice(name.start, name.end) || null;
}

/** What the words around the piece say about its names (frames.ts). */
function readFrame(piece: Piece, body: Span, text: string): FrameVerdict | null {
  const items = splitList(body, text).map((item) => {
    const run = trimLead(trimTail(trimLead(item, text), text), text);
    return text.slice(run.start, run.end);
  });
  const words = text.slice(piece.start, piece.end);
  return (
    firstMatch(FRAME_RULES, {
      raw: words,
      words: text.slice(trimLead(piece, text, piece.lead !== null).start, piece.end),
      items,
      hasStatus: piece.lead !== null || piece.trail !== null,
      listed: LIST_MARKER.test(words),
    })?.verdict ?? null
  );
}

function readPiece(piece: Piece, sentence: Sentence, text: string, vocab: Vocabulary): Occurrence[] {
  let body: Span = trimLead(piece, text, piece.lead !== null);
  let building = false;
  const trailingBuild = /(?:建设进度|建设)$/.exec(text.slice(body.start, body.end));
  if (trailingBuild) {
    building = true;
    body = { start: body.start, end: body.end - trailingBuild[0].length };
  }
  let listed = false;
  const frame = readFrame(piece, body, text);
  if (frame === 'kinds') return [];
  if (frame === 'notBuilt') building = false;
  if (frame === 'namedList') listed = true;
  let head: string | null = null;
  let ofFacilities = false;
  const marker = LIST_MARKER.exec(text.slice(body.start, body.end));
  if (marker) {
    const listHead = marker[1] ?? marker[2];
    if (HEADS_NOT_PROJECTS.has(listHead)) return [];
    listed = true;
    if (HEADS_THAT_COMPLETE.has(listHead)) head = listHead;
    ofFacilities = FACILITY_HEADS.has(listHead);
    body = { start: body.start, end: body.end - marker[0].length };
  }
  if (body.end <= body.start) return [];
  const status = pieceStatus(piece, building);
  if (!status && !listed) return [];

  const phraseCandidates = phrasesIn(piece, text, vocab.phrases);
  const candidates: Candidate[] = [...phraseCandidates];
  const items = splitList(body, text);
  // 实施商贸综合体、易州酒店、西关110千伏变电站项目: the head 项目 of the last item is every item's.
  const last = items.at(-1);
  const lastWords = last ? text.slice(last.start, last.end) : '';
  const sharedHead = items.length > 1 && /[\u4e00-\u9fa5]{2}项目$/.test(lastWords) && !isProse(lastWords);
  for (const item of items) {
    if (phraseCandidates.some((p) => overlaps(p, item))) continue;
    const kind = countedKind(item, text);
    if (kind) {
      vocab.kinds.add(kind);
      continue;
    }
    candidates.push(...readItem(item, text, vocab, listed, head, sharedHead, ofFacilities));
  }
  distributeHeads(candidates, text, vocab);

  const occurrences: Occurrence[] = [];
  for (const c of candidates) {
    const written = text.slice(c.start, c.end);
    const name = vocab.canonical.get(c.name ?? written) ?? c.name ?? written;
    if (!acceptName(name, written, c, vocab)) continue;
    const takes = (piece.lead && c.takesLead) || (piece.trail && c.takesTrail) || (!piece.lead && !piece.trail);
    occurrences.push({ start: c.start, end: c.end, sentence, name, status: takes ? status : null, listed: c.listed });
  }
  return occurrences;
}

// ---------------------------------------------------------------- assembling

function buildVocabulary(lexicon: Lexicon, places: FoundPlaces): Vocabulary {
  const canonical = new Map<string, string>();
  for (const p of lexicon.projects.projects) for (const form of [p.name, ...p.aliases]) canonical.set(form, p.name);
  // A unit the division data lists beside the towns (类似乡级单位) may be named after the work that
  // made it (恋乡太行水镇, 太行水镇): by such a name the report means the work as well.
  const townshipForms = places.townships.flatMap((t) =>
    [t.name, ...t.aliases].filter((f) => t.townshipKind !== '其他' || !looksLikeName(f)),
  );
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
    kinds: new Set(),
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
