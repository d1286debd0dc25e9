import type { NamePhrase } from '../lexicon';
import type { Mention, Sentence, Span } from '../types';

/**
 * Finds where the report writes known names. One call handles one entity kind:
 * at each position the longest form that matches (and that the caller accepts)
 * wins, so mentions of one kind never overlap (丽缙高新区科创中心 is not also
 * 丽缙高新区 for the same kind). Offsets are absolute into the report text.
 */

/** One written form of an entity: its canonical name or an alias. */
export interface NameForm {
  /** Whatever identifies the entity for the caller (usually its canonical name). */
  key: string;
  form: string;
}

export interface KeyedMention extends Mention {
  key: string;
}

/** Lets the caller reject a match by context (e.g. 新建 "newly built" is not 新建镇). */
export type AcceptMention = (mention: KeyedMention, sentence: Sentence, text: string) => boolean;

export function mentionAt(text: string, sentence: Sentence, start: number, end: number): Mention {
  return { sentenceId: sentence.id, start, end, quote: text.slice(start, end) };
}

/** Forms grouped by first character, longest first, so each position tries few candidates. */
function indexForms(forms: readonly NameForm[]): Map<string, NameForm[]> {
  const index = new Map<string, NameForm[]>();
  for (const f of forms) {
    if (f.form.length === 0) continue;
    const list = index.get(f.form[0]) ?? [];
    list.push(f);
    index.set(f.form[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  return index;
}

export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  forms: readonly NameForm[],
  accept: AcceptMention = () => true,
): KeyedMention[] {
  const index = indexForms(forms);
  const found: KeyedMention[] = [];
  for (const sentence of sentences) {
    let i = sentence.start;
    while (i < sentence.end) {
      const match = (index.get(text[i]) ?? []).find((f) => {
        const end = i + f.form.length;
        if (end > sentence.end || !text.startsWith(f.form, i)) return false;
        return accept({ key: f.key, ...mentionAt(text, sentence, i, end) }, sentence, text);
      });
      if (match) {
        found.push({ key: match.key, ...mentionAt(text, sentence, i, i + match.form.length) });
        i += match.form.length;
      } else {
        i += 1;
      }
    }
  }
  return found;
}

/**
 * Mentions from coordinated phrases (上海杭州、嘉善科创飞地 → 上海 for 上海科创飞地):
 * each part's form is searched only inside an occurrence of its phrase.
 */
export function findPhraseMentions(
  text: string,
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[],
): KeyedMention[] {
  const found: KeyedMention[] = [];
  for (const sentence of sentences) {
    for (const phrase of phrases) {
      let at = sentence.text.indexOf(phrase.text);
      while (at >= 0) {
        const phraseStart = sentence.start + at;
        for (const part of phrase.parts) {
          const start = phraseStart + phrase.text.indexOf(part.form);
          found.push({ key: part.name, ...mentionAt(text, sentence, start, start + part.form.length) });
        }
        at = sentence.text.indexOf(phrase.text, at + phrase.text.length);
      }
    }
  }
  return found;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Adds mentions that do not overlap those already kept, in text order. */
export function mergeMentions<M extends Span>(kept: readonly M[], extra: readonly M[]): M[] {
  const result = [...kept];
  for (const m of extra) if (!result.some((k) => overlaps(k, m))) result.push(m);
  return result.sort((a, b) => a.start - b.start);
}
