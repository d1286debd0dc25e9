import { findBody } from './outline/body';
import {
  type LineInput,
  type OutlineState,
  SUB_HEADING_RULES,
  TOP_HEADING_RULES,
  isPartHeading,
} from './outline/headings';
import { type Line, numeralOf, numeralValue, splitLines } from './outline/lines';
import { partOf, periodOf } from './outline/parts';
import { firstMatch } from './outline/rules';
import { splitSentences } from './outline/sentences';
import { DASH_LEAD, copyLostCharacters, findTopic, inferLostTopics } from './outline/topics';
import type { Paragraph, ParsedReport, ReportMeta, Section, Sentence, Span } from './types';

/**
 * Recovers the outline of a Chinese government work report from plain text: where the
 * speech starts and ends (page boilerplate, excerpts, glossaries and footnotes stay
 * outside), the top-level parts found by their wording (the review of past work, the
 * targets, the tasks, the government's own conduct), their sub-sections ((一), 一是, the
 * 一年来,我们… groups), paragraphs with their lead phrase, and sentences with offsets.
 * Each step is an ordered table of named rules in ./outline/.
 */

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

interface Years {
  year?: number;
  resultsYear?: number;
}

/** The outline without a check that it has the parts a report needs (meta inference reads it too). */
export function readOutline(
  text: string,
  id: string,
  years: Years,
  options: ParseOptions = {},
): Omit<ParsedReport, 'meta'> {
  const knownTopics = options.knownTopics ?? [];
  const lines = splitLines(text);
  const numbered = lines.some((l) => isPartHeading(l.text, true));
  const bounds = findBody(lines, (line) => isPartHeading(line.text, numbered));
  const bodyLines = lines.slice(bounds.startLine, bounds.endLine);
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];

  const first = lines[bounds.startLine];
  const preamble: Section = {
    id: `section:${id}:0`,
    number: null,
    title: '报告开篇',
    level: 1,
    order: 0,
    parentId: null,
    part: 'PREAMBLE',
    start: first?.start ?? 0,
    end: first?.start ?? 0,
  };
  sections.push(preamble);
  let top: Section | null = null;
  let current: Section = preamble;
  const state: OutlineState = {
    top: 0,
    part: 'PREAMBLE',
    sub: 0,
    subStyle: null,
    numberedParts: numbered && bodyLines.some((l) => isPartHeading(l.text, true)),
  };

  const openSection = (span: Span, section: Omit<Section, 'id' | 'order' | 'start' | 'end'>): Section => {
    const order = sections.length;
    const created: Section = { ...section, id: `section:${id}:${order}`, order, start: span.start, end: span.end };
    sections.push(created);
    return created;
  };

  const addParagraph = (line: Line, contentStart: number, withTopic: boolean): void => {
    const paragraph: Paragraph = {
      id: `paragraph:${id}:${paragraphs.length}`,
      sectionId: current.id,
      index: paragraphs.length,
      start: line.start,
      end: line.end,
      topic: withTopic ? (findTopic({ line, contentStart, knownTopics })?.topic ?? null) : null,
    };
    paragraphs.push(paragraph);
    const year = (current.part === 'RESULTS' ? years.resultsYear : years.year) ?? 0;
    for (const span of splitSentences(line, contentStart)) {
      sentences.push({
        id: `sentence:${id}:${sentences.length}`,
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
  };

  // The body's last line ends where the body does (a site's mark may follow the closing call).
  const last = lines[bounds.endLine - 1];
  if (last && bounds.endOffset < last.end) {
    lines[bounds.endLine - 1] = { ...last, text: text.slice(last.start, bounds.endOffset), end: bounds.endOffset };
  }
  for (let i = bounds.startLine; i < bounds.endLine; i += 1) {
    const line = lines[i];
    const input: LineInput = { lines, index: i, end: bounds.endLine, state };
    const heading = firstMatch(TOP_HEADING_RULES, input);
    if (heading) {
      const { title, lineCount, number } = heading.value;
      const next = lines[i + lineCount];
      const opening = next && i + lineCount < bounds.endLine ? next.text.split(/[。！？]/)[0] : undefined;
      const part = partOf({ title, opening, ...years, previous: state.top === 0 ? null : state.part });
      const period =
        years.year !== undefined && years.resultsYear !== undefined
          ? periodOf({ title, part: part.part, year: years.year, resultsYear: years.resultsYear })
          : null;
      top = openSection(
        { start: line.start, end: lines[i + lineCount - 1].end },
        {
          number,
          title,
          level: 1,
          parentId: null,
          part: part.part,
          ...(period ? { period: period.period } : {}),
          rules: [heading.rule, `part:${part.rule}`, ...(period ? [`period:${period.rule}`] : [])],
        },
      );
      current = top;
      state.top = number ? (numeralValue(number) ?? state.top + 1) : state.top + 1;
      state.part = part.part;
      state.sub = 0;
      state.subStyle = null;
      i += lineCount - 1;
      continue;
    }
    const sub = top ? firstMatch(SUB_HEADING_RULES, input) : null;
    if (top && sub) {
      const number = sub.value.number ?? state.sub + 1;
      current = openSection(line, {
        number: `(${numeralOf(number)})`,
        title: sub.value.title,
        level: 2,
        parentId: top.id,
        part: top.part,
        ...(top.period ? { period: top.period } : {}),
        rules: [sub.rule],
      });
      state.sub = number;
      state.subStyle = sub.value.style;
      if (sub.value.inline) addParagraph(line, sub.value.contentStart, false);
      continue;
    }
    // An 一是 sub-section is its own paragraph: what follows it and opens with no ordinal is the part's.
    if (top && state.subStyle === 'ordinal' && current !== top) current = top;
    const dash = DASH_LEAD.exec(line.text);
    addParagraph(line, dash ? dash[0].length : 0, true);
  }

  if (copyLostCharacters(text)) inferLostTopics(paragraphs, text);
  closeSectionSpans(sections, paragraphs);
  const body = { start: first?.start ?? 0, end: bounds.endOffset };
  return { text, sections, paragraphs, sentences, body, nonBody: bounds.nonBody };
}

export function parseReport(text: string, meta: ReportMeta, options: ParseOptions = {}): ParsedReport {
  const outline = readOutline(text, meta.id, { year: meta.year, resultsYear: meta.resultsYear }, options);
  const hasResults = outline.sections.some((s) => s.part === 'RESULTS');
  const hasPlans = outline.sections.some((s) => s.part === 'GOALS' || s.part === 'TASKS');
  if (!hasResults || !hasPlans) {
    const found = outline.sections.filter((s) => s.level === 1 && s.part !== 'PREAMBLE');
    throw new ReportFormatError(
      `no outline found: expected a part reviewing past work (a heading such as "一、${meta.resultsYear}年工作回顾") ` +
        `and a part with the plans (such as "二、${meta.year}年主要任务"); ` +
        (found.length
          ? `found only ${found.map((s) => `"${s.number ?? ''}${s.number ? '、' : ''}${s.title}" (${s.part})`).join(', ')}`
          : 'found no top-level heading'),
    );
  }
  return { meta, ...outline };
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
