import type { Paragraph } from '../types';
import type { Line } from './lines';
import { type Rule, firstMatch } from './rules';

/**
 * The lead phrase that opens a paragraph (bold in the printed report): 创新活力更加充沛。,
 * ——县域综合实力迈上新台阶。, 经济总量快速增长,综合实力显著增强。
 */

export type Topic = NonNullable<Paragraph['topic']>;

export interface TopicInput {
  line: Line;
  /** Where the paragraph's words begin in the line (after a —— or ---- lead mark). */
  contentStart: number;
  /** Lead phrases whose closing full stop the copy lost (from the lexicon). */
  knownTopics: readonly string[];
}

/** A —— (or ----) that opens a lead line. */
export const DASH_LEAD = /^(?:—{1,2}|-{2,}|－{2,})\s*/;
/** A lead phrase closed by 。 within this many characters of the paragraph start. */
const MAX_SHORT_CLAUSE = 14;
const MAX_DASH_LEAD = 30;
const MAX_CLAUSE = 13;

function topicAt(line: Line, from: number, length: number): Topic {
  const start = line.start + from;
  return { text: line.text.slice(from, from + length), start, end: start + length };
}

/** A rule answers with the lead phrase, or with `false` when it knows the paragraph has none. */
export const TOPIC_RULES: readonly Rule<TopicInput, Topic | false>[] = [
  // 各位代表，时光荏苒，岁月如歌。 addresses the deputies: no lead phrase.
  {
    name: 'address',
    apply: ({ line, contentStart }) => (/^各位代表/.test(line.text.slice(contentStart)) ? false : null),
  },
  {
    name: 'known-topic',
    apply: ({ line, contentStart, knownTopics }) => {
      const content = line.text.slice(contentStart);
      const known = knownTopics.find((t) => content.startsWith(t));
      return known ? topicAt(line, contentStart, known.length) : null;
    },
  },
  {
    // ——县域综合实力迈上新台阶。 / —— 这是县域综合实力稳步提升的五年。 / ----经济运行稳中有升，…。
    name: 'dash-lead',
    apply: ({ line, contentStart }) => {
      if (contentStart === 0) return null;
      const content = line.text.slice(contentStart);
      const stop = content.indexOf('。');
      if (stop < 2 || stop > MAX_DASH_LEAD || /[0-9：:；;]/.test(content.slice(0, stop))) return null;
      return topicAt(line, contentStart, stop);
    },
  },
  {
    // 创新活力更加充沛。 / 筑牢民生保障,让群众更安乐。: a heading-like clause, no numbers, no quotes.
    name: 'short-clause',
    apply: ({ line, contentStart }) => {
      const content = line.text.slice(contentStart);
      const stop = content.indexOf('。');
      if (stop <= 1 || stop > MAX_SHORT_CLAUSE || /[0-9“”:]/.test(content.slice(0, stop))) return null;
      return topicAt(line, contentStart, stop);
    },
  },
  {
    // 经济总量快速增长,综合实力显著增强。 / “双创双服”活动持续深化，创新创业服务更加优质高效。:
    // two short parallel clauses, no numbers.
    name: 'two-clauses',
    apply: ({ line, contentStart }) => {
      const content = line.text.slice(contentStart);
      if (/^(?:同时|但是|在)/.test(content)) return null;
      const stop = content.indexOf('。');
      // A lead phrase opens a paragraph that goes on after it.
      if (stop < 0 || stop > 2 * MAX_CLAUSE + 1 || stop === content.length - 1) return null;
      const phrase = content.slice(0, stop);
      if (/[0-9０-９：:；;、！!？?]/.test(phrase)) return null;
      const clauses = phrase.split(/[，,]/);
      if (clauses.length !== 2 || clauses.some((c) => c.length < 4 || c.length > MAX_CLAUSE)) return null;
      return topicAt(line, contentStart, stop);
    },
  },
];

export function findTopic(input: TopicInput): { topic: Topic; rule: string } | null {
  const match = firstMatch(TOPIC_RULES, input);
  return match && match.value ? { topic: match.value, rule: match.rule } : null;
}

/**
 * Paired marks that do not pair up (“ without ”, ( without )) show a copy that lost
 * characters, and with them full stops that closed lead phrases.
 */
export function copyLostCharacters(text: string): boolean {
  const count = (c: string) => text.split(c).length - 1;
  return count('“') !== count('”') || count('(') !== count(')') || count('（') !== count('）');
}

/**
 * Lead phrases in one group run in parallel (突出创新第一动力, 突出平台能级提升 …): in a
 * copy that lost characters, a paragraph whose full stop was lost gets the length of a
 * sibling's phrase that starts with the same two characters, or else the length all its
 * siblings' phrases share (民生事业更加优质普惠, 县域治理迈向更高水平 → 疫情防控措施精准落实).
 */
export function inferLostTopics(paragraphs: Paragraph[], text: string): void {
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
