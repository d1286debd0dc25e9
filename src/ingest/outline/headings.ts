import type { ReportPart } from '../types';
import { type Line, numeralOf, numeralValue } from './lines';
import { GOAL_WORDS, REVIEW_WORDS, SELF_BUILDING_WORDS, TASK_WORDS } from './parts';
import type { Rule } from './rules';

/**
 * Headings of the outline, recognised line by line: the top-level parts (一、 二、 …,
 * or unnumbered lines that say what they are) and the sub-sections within a part
 * ((一) on a line of its own or opening a paragraph, 一是/第一， paragraphs, and the
 * 一年来,我们… groups of a results part).
 */

const NUMERAL = '[一二三四五六七八九十]+';
/** Only short lines are headings; an inline sub-heading's title is its first sentence. */
export const MAX_HEADING_LENGTH = 60;
const MAX_INLINE_TITLE = 80;
const MAX_ORDINAL_TITLE = 40;
const MAX_CONTINUATION = 40;

/** The state of the outline when a line is read. */
export interface OutlineState {
  /** The number of the current top-level part (1 for 一), 0 before the first. */
  top: number;
  part: ReportPart;
  /** The number of the current sub-section in the part (0 before the first) and how it was written. */
  sub: number;
  subStyle: 'bracket' | 'ordinal' | 'group' | null;
  /** Whether the body has numbered top-level headings at all (else parts are found by wording). */
  numberedParts: boolean;
}

export interface LineInput {
  lines: readonly Line[];
  index: number;
  /** Index of the first line after the body. */
  end: number;
  state: OutlineState;
}

export interface TopHeading {
  kind: 'top';
  /** 一, 二 … as written; null for an unnumbered part heading. */
  number: string | null;
  title: string;
  /** How many lines the heading takes (a long heading may wrap onto a second line). */
  lineCount: number;
}

export interface SubHeading {
  kind: 'sub';
  /** The sub-section's number (1 for (一)), null where the copy lost it (inferred by order). */
  number: number | null;
  title: string;
  style: 'bracket' | 'ordinal' | 'group';
  /** True when the heading opens a paragraph (（一）聚焦….主要…): the line is also a paragraph. */
  inline: boolean;
  /** Where the paragraph's words begin after the heading's number (（一）, 一是), relative to the line. */
  contentStart: number;
}

export type Heading = TopHeading | SubHeading;

const TOP_NUMBERED = new RegExp(`^(?:(${NUMERAL})[、.．]|第(${NUMERAL})部分[，,、：:]?)\\s*(.+)$`);
const BRACKETED = new RegExp(`^[（(](${NUMERAL})[）)]\\s*(.*)$`);
// `一)title` (lost `(`) or `)title` (lost `(一`), as in copies that lost characters.
const LOST_BRACKET = new RegExp(`^(${NUMERAL})?\\)(.+)$`);
const RESULTS_GROUP = /^一年来[,，]\s*我们(.+)$/;
const ORDINAL = new RegExp(`^(${NUMERAL})是(.+)$`);
const ORDINAL_FIRST = new RegExp(`^第(${NUMERAL})[，,、]\\s*(.+)$`);

function isShortHeading(text: string): boolean {
  // No full stop inside (one at the very end is allowed: （一）全力完成新区规划建设各项工作。).
  return text.length <= MAX_HEADING_LENGTH && !/[。!?！？]/.test(text.slice(0, -1));
}

function looksLikeHeadingStart(text: string): boolean {
  return TOP_NUMBERED.test(text) || BRACKETED.test(text) || /^各位代表/.test(text);
}

/** The first sentence of an inline heading, without its full stop; a clause if the sentence is long. */
function inlineTitle(rest: string, max: number): string | null {
  const stop = rest.search(/[。；;！!]/);
  if (stop > 0 && stop <= max) return rest.slice(0, stop).trim();
  if (stop < 0 && rest.length <= max) return rest.trim();
  const comma = rest.search(/[，,]/);
  return comma > 0 && comma <= max ? rest.slice(0, comma).trim() : null;
}

export const TOP_HEADING_RULES: readonly Rule<LineInput, TopHeading>[] = [
  {
    // 一、2022年工作回顾; 二、 2020年工作总体要求; 第三部分 …; numbered in increasing order. A heading that
    // ends on 、 or ， wraps onto the next short line (一、回顾“十三五”，…坚定前行、 / 砥砺奋进，…).
    name: 'numbered-part',
    apply: ({ lines, index, end, state }) => {
      const { text } = lines[index];
      const m = TOP_NUMBERED.exec(text);
      if (!m || !isShortHeading(text)) return null;
      const numeral = m[1] ?? m[2];
      // In order; a copy may have lost a heading (一 … 三), but a list inside a part restarts at 一.
      const value = numeralValue(numeral);
      if (value === null || value <= state.top) return null;
      let title = m[3].trim();
      let lineCount = 1;
      const next = lines[index + 1];
      if (
        /[、，,]$/.test(title) &&
        next &&
        index + 1 < end &&
        next.text.length <= MAX_CONTINUATION &&
        !/[。；;]/.test(next.text) &&
        !looksLikeHeadingStart(next.text)
      ) {
        title += next.text;
        lineCount = 2;
      }
      return { kind: 'top', number: numeral, title: title.replace(/[。：:]$/, ''), lineCount };
    },
  },
  {
    // Parts with no numbers: a short line that says what it is (工作回顾, 2023年工作安排, 政府自身建设).
    name: 'unnumbered-part',
    apply: ({ lines, index, state }) => {
      const { text } = lines[index];
      if (state.numberedParts || text.length > 24 || /报告|^各位代表/.test(text)) return null;
      if (/[，。；：,;:！？!?]/.test(text.slice(0, -1))) return null;
      const words = [REVIEW_WORDS, TASK_WORDS, GOAL_WORDS, SELF_BUILDING_WORDS];
      if (!words.some((w) => w.test(text))) return null;
      return { kind: 'top', number: null, title: text.replace(/[。：:]$/, ''), lineCount: 1 };
    },
  },
];

/** Another paragraph of the same part opens with the next ordinal (二是 after 一是). */
function nextOrdinalFollows(input: LineInput, value: number, pattern: (numeral: string) => RegExp): boolean {
  const next = pattern(numeralOf(value + 1));
  for (let i = input.index + 1; i < input.end; i += 1) {
    const { text } = input.lines[i];
    if (TOP_NUMBERED.test(text) && isShortHeading(text)) return false;
    if (next.test(text)) return true;
  }
  return false;
}

function ordinalRule(name: string, pattern: RegExp, marker: (numeral: string) => RegExp): Rule<LineInput, SubHeading> {
  return {
    name,
    apply: (input) => {
      const { lines, index, state } = input;
      const m = pattern.exec(lines[index].text);
      if (!m || state.top === 0) return null;
      const value = numeralValue(m[1]);
      if (value === null || value !== state.sub + 1) return null;
      // Only where the part has no bracketed sub-sections: under (一) an 一是 paragraph is a list item.
      if (state.subStyle !== null && state.subStyle !== 'ordinal') return null;
      if (value === 1 && !nextOrdinalFollows(input, value, marker)) return null;
      const contentStart = lines[index].text.length - m[2].length;
      const title = inlineTitle(m[2], MAX_ORDINAL_TITLE);
      if (!title || !/[。；;！!]/.test(m[2].slice(title.length, title.length + 1))) return null;
      return { kind: 'sub', number: value, title, style: 'ordinal', inline: true, contentStart };
    },
  };
}

export const SUB_HEADING_RULES: readonly Rule<LineInput, SubHeading>[] = [
  {
    // (三)title or （一）title, on its own line or opening a paragraph (（一）聚焦….主要…), in order.
    name: 'bracketed-number',
    apply: ({ lines, index, state }) => {
      const { text } = lines[index];
      const m = BRACKETED.exec(text);
      if (!m || state.top === 0) return null;
      const value = numeralValue(m[1]);
      if (value === null || value !== state.sub + 1 || (state.subStyle !== null && state.subStyle !== 'bracket')) {
        return null;
      }
      const contentStart = text.length - m[2].length;
      if (isShortHeading(text)) {
        return {
          kind: 'sub',
          number: value,
          title: m[2].replace(/[。：:]$/, '').trim(),
          style: 'bracket',
          inline: false,
          contentStart,
        };
      }
      const title = inlineTitle(m[2], MAX_INLINE_TITLE);
      return title ? { kind: 'sub', number: value, title, style: 'bracket', inline: true, contentStart } : null;
    },
  },
  {
    // 一)title or )title: the copy lost `(` or `(一`; the number is inferred by order.
    name: 'lost-bracket',
    apply: ({ lines, index, state }) => {
      const { text } = lines[index];
      const m = LOST_BRACKET.exec(text);
      if (!m || state.top === 0 || !isShortHeading(text)) return null;
      const value = m[1] ? numeralValue(m[1]) : null;
      if (value !== null && value !== state.sub + 1) return null;
      return {
        kind: 'sub',
        number: value,
        title: m[2].replace(/。$/, '').trim(),
        style: 'bracket',
        inline: false,
        contentStart: text.length - m[2].length,
      };
    },
  },
  {
    // 一年来,我们聚力两园驱动,工业经济克难前行。: the groups of a results part (not 一年来，我们主要做了以下…：).
    name: 'results-group',
    apply: ({ lines, index, state }) => {
      const { text } = lines[index];
      const m = RESULTS_GROUP.exec(text);
      if (!m || state.part !== 'RESULTS' || text.length > MAX_HEADING_LENGTH || /[：:]$/.test(text)) return null;
      if (state.subStyle !== null && state.subStyle !== 'group') return null;
      return {
        kind: 'sub',
        number: null,
        title: m[1].replace(/。$/, '').trim(),
        style: 'group',
        inline: false,
        contentStart: text.length - m[1].length,
      };
    },
  },
  // 一是加大扶贫投入，落实扶贫政策，脱贫攻坚成效显著。… / 二是…: paragraphs that open with an ordinal.
  ordinalRule('ordinal-lead', ORDINAL, (n) => new RegExp(`^${n}是`)),
  // 第一，… / 第二，…
  ordinalRule('ordinal-first', ORDINAL_FIRST, (n) => new RegExp(`^第${n}[，,、]`)),
];

/**
 * Whether a line can open the outline's first part: 一、… (or 第一部分), short; with
 * `numberedOnly` false, also an unnumbered line that says it is a part (工作回顾).
 */
export function isPartHeading(text: string, numberedOnly = false): boolean {
  const m = TOP_NUMBERED.exec(text);
  if (m && isShortHeading(text) && numeralValue(m[1] ?? m[2]) === 1) return true;
  if (numberedOnly) return false;
  const input: LineInput = {
    lines: [{ text, start: 0, end: text.length }],
    index: 0,
    end: 1,
    state: { top: 0, part: 'PREAMBLE', sub: 0, subStyle: null, numberedParts: false },
  };
  return TOP_HEADING_RULES[1].apply(input) !== null;
}
