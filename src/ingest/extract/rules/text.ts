/**
 * Character-level helpers shared by the indicator rules.
 *
 * Reports mix full- and half-width punctuation (，and , ；and ; ％ and %). The rules
 * read a folded copy in which every full-width form is replaced by its
 * half-width twin, one character for one, so offsets into the folded text are
 * offsets into the original.
 */

const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '％': '%',
  '．': '.',
  '～': '~',
  '－': '-',
  '／': '/',
  '＋': '+',
  '＝': '=',
  '　': ' ',
};

/** The folded text: same length, full-width digits, letters and punctuation made half-width. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (FULL_WIDTH[ch] !== undefined) out += FULL_WIDTH[ch];
    // Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ).
    else if (code >= 0xff10 && code <= 0xff5a && /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch))
      out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

/** Characters that end a clause in folded text. */
export const CLAUSE_END = /[,;:。!?]/;

/** Offsets of clause ends in folded text. */
export function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (CLAUSE_END.test(text[i])) ends.push(i);
  return ends;
}

/** The clause around `at`: from after the previous clause end to the next one (exclusive). */
export function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start -= 1;
  let end = at;
  while (end < text.length && !CLAUSE_END.test(text[end])) end += 1;
  return { start, end };
}

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '〈': '〉' };

/**
 * Spans inside quotation marks or title marks (“…”, 《…》, "…"), content only.
 * An opener never closed inside the text (the copy lost the closer) gives no span.
 */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: { at: number; closer: string } | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (open) {
      if (ch === open.closer) {
        spans.push([open.at + 1, i]);
        open = null;
      }
    } else if (OPENERS[ch]) open = { at: i, closer: OPENERS[ch] };
    else if (ch === '"') open = { at: i, closer: '"' };
  }
  return spans;
}

export function insideAny(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}
