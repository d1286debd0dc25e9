import type { Paragraph, ParsedReport, ReportMeta, ReportPart, Section, Sentence, Span } from './types';

/**
 * Recovers the outline of a Chinese government work report from plain text:
 * top-level sections (一、 二、 三、), sub-sections ((一) … (七), also when the
 * public copy lost `(` or the whole `(一`), the 一年来,我们聚力… groups of the
 * results part, paragraphs with their lead phrase, and sentences with offsets.
 */

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOP_HEADING = /^([一二三四五六七八九十]+)、(.+)$/;
// `(三)title`, `一)title` (lost `(`) or `)title` (lost `(一`); only short lines are headings.
const SUB_HEADING = /^(?:\(([一二三四五六七八九十]+)|([一二三四五六七八九十]+))?\)(.+)$/;
const RESULTS_GROUP = /^一年来,我们(.+)$/;
const MAX_HEADING_LENGTH = 60;
const SENTENCE_END = /[。!?!?]/;
/** A lead phrase is closed by 。 within this many characters of the paragraph start. */
const MAX_TOPIC_LENGTH = 14;

export interface ParseOptions {
  /**
   * Lead phrases whose closing 。 the source lost (e.g. 聚力四城一体). Kept in the
   * lexicon as corrections: without the full stop no rule can tell where they end.
   */
  knownTopics?: readonly string[];
}

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

interface Line extends Span {
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content.length > 0) {
      lines.push({ text: content, start: start + leading, end: start + leading + content.length });
    }
    start += raw.length + 1;
  }
  return lines;
}

function partOf(numeral: string): ReportPart {
  if (numeral === '一') return 'RESULTS';
  if (numeral === '二') return 'GOALS';
  return 'TASKS';
}

function splitSentences(paragraph: Line): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const { text } = paragraph;
  for (let i = 0; i < text.length; i += 1) {
    // A closing quote right after the full stop belongs to the sentence.
    if (SENTENCE_END.test(text[i]) && text[i + 1] !== '”') {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    } else if (text[i] === '”' && i > 0 && SENTENCE_END.test(text[i - 1])) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: paragraph.start + s.start, end: paragraph.start + s.end }));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

function findTopic(line: Line, knownTopics: readonly string[]): Paragraph['topic'] {
  const known = knownTopics.find((t) => line.text.startsWith(t));
  if (known) return { text: known, start: line.start, end: line.start + known.length };
  const stop = line.text.indexOf('。');
  if (stop > 1 && stop <= MAX_TOPIC_LENGTH) {
    const text = line.text.slice(0, stop);
    // A lead phrase is a heading-like clause: no numbers, no quotes.
    if (!/[0-9“”:]/.test(text)) return { text, start: line.start, end: line.start + stop };
  }
  return null;
}

/**
 * Lead phrases in one group run in parallel (突出创新第一动力, 突出平台能级提升 …):
 * a paragraph whose full stop was lost gets the length of a sibling's phrase
 * that starts with the same two characters, or else the length all its
 * siblings' phrases share (民生事业更加优质普惠, 县域治理迈向更高水平 → 疫情防控措施精准落实).
 */
function inferLostTopics(paragraphs: Paragraph[], text: string): void {
  const bySection = new Map<string, Paragraph[]>();
  for (const p of paragraphs) bySection.set(p.sectionId, [...(bySection.get(p.sectionId) ?? []), p]);
  for (const siblings of bySection.values()) {
    for (const p of siblings) {
      if (p.topic) continue;
      const lead = text.slice(p.start, p.start + 2);
      const lengths = new Set(siblings.flatMap((s) => (s.topic ? [s.topic.text.length] : [])));
      const samePrefix = siblings.find((s) => s.topic?.text.startsWith(lead))?.topic?.text.length;
      const length = samePrefix ?? (lengths.size === 1 ? [...lengths][0] : undefined);
      if (length === undefined) continue;
      const end = p.start + length;
      const candidate = text.slice(p.start, end);
      if (!/[,。、:;0-9“”]/.test(candidate)) p.topic = { text: candidate, start: p.start, end };
    }
  }
}

export function parseReport(text: string, meta: ReportMeta, options: ParseOptions = {}): ParsedReport {
  const knownTopics = options.knownTopics ?? [];
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const lines = splitLines(text);

  let top: Section | null = null;
  let current: Section | null = null;
  let subCount = 0;

  const preamble: Section = {
    id: `section:${meta.id}:0`,
    number: null,
    title: '报告开篇',
    level: 1,
    order: 0,
    parentId: null,
    part: 'PREAMBLE',
    start: lines[0]?.start ?? 0,
    end: lines[0]?.start ?? 0,
  };
  sections.push(preamble);
  current = preamble;

  const openSection = (line: Line, section: Omit<Section, 'id' | 'order' | 'start' | 'end'>): Section => {
    const order = sections.length;
    const created: Section = { ...section, id: `section:${meta.id}:${order}`, order, start: line.start, end: line.end };
    sections.push(created);
    return created;
  };

  for (const line of lines) {
    const topMatch = TOP_HEADING.exec(line.text);
    if (topMatch && line.text.length <= MAX_HEADING_LENGTH) {
      top = openSection(line, {
        number: topMatch[1],
        title: topMatch[2].trim(),
        level: 1,
        parentId: null,
        part: partOf(topMatch[1]),
      });
      current = top;
      subCount = 0;
      continue;
    }
    const subMatch = top && line.text.length <= MAX_HEADING_LENGTH ? SUB_HEADING.exec(line.text) : null;
    const groupMatch = top?.part === 'RESULTS' ? RESULTS_GROUP.exec(line.text) : null;
    if (top && (subMatch || (groupMatch && line.text.length <= MAX_HEADING_LENGTH))) {
      subCount += 1;
      const numeral = subMatch?.[1] ?? subMatch?.[2] ?? CHINESE_NUMERALS[subCount - 1] ?? String(subCount);
      current = openSection(line, {
        number: `(${numeral})`,
        title: (subMatch ? subMatch[3] : groupMatch![1]).replace(/。$/, '').trim(),
        level: 2,
        parentId: top.id,
        part: top.part,
      });
      continue;
    }

    const paragraph: Paragraph = {
      id: `paragraph:${meta.id}:${paragraphs.length}`,
      sectionId: current.id,
      index: paragraphs.length,
      start: line.start,
      end: line.end,
      topic: findTopic(line, knownTopics),
    };
    paragraphs.push(paragraph);
    const year = current.part === 'RESULTS' ? meta.resultsYear : meta.year;
    for (const span of splitSentences(line)) {
      sentences.push({
        id: `sentence:${meta.id}:${sentences.length}`,
        paragraphId: paragraph.id,
        sectionId: current.id,
        index: sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        year,
        part: current.part,
      });
    }
  }

  inferLostTopics(paragraphs, text);
  closeSectionSpans(sections, paragraphs);
  if (!sections.some((s) => s.part === 'RESULTS') || !sections.some((s) => s.part === 'TASKS')) {
    throw new ReportFormatError(
      'no outline found: expected top-level headings such as "一、2022年政府主要工作" and "三、2023年政府主要工作"',
    );
  }
  return { meta, text, sections, paragraphs, sentences };
}

/** A section spans from its heading to the end of its last paragraph (or last child section). */
function closeSectionSpans(sections: Section[], paragraphs: Paragraph[]): void {
  for (const section of [...sections].reverse()) {
    const lastParagraph = paragraphs.filter((p) => p.sectionId === section.id).at(-1);
    const lastChild = sections.filter((s) => s.parentId === section.id).at(-1);
    section.end = Math.max(section.end, lastParagraph?.end ?? 0, lastChild?.end ?? 0);
    if (section.order === 0 && paragraphs[0]) section.start = paragraphs[0].start;
  }
}
