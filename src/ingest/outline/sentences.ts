import type { Span } from '../types';
import type { Line } from './lines';
import { SENTENCE_END } from './lines';

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

/**
 * The sentences of a paragraph line, as offsets into the report: split after 。!?！?
 * (a closing quote right after the stop belongs to the sentence), from `contentStart`
 * (after a lead mark such as （一） or ——, which belongs to no sentence).
 */
export function splitSentences(paragraph: Line, contentStart = 0): Span[] {
  const spans: Span[] = [];
  let start = contentStart;
  const { text } = paragraph;
  for (let i = contentStart; i < text.length; i += 1) {
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
