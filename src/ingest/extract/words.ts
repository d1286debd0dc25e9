import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Word knowledge from a maintained Chinese segmenter (@node-rs/jieba, its bundled
 * dictionary of about 350,000 words with corpus frequency and part of speech), used where
 * a rule must know whether characters form a word: whether a place name found in the text
 * starts where a word starts (提高村民 holds the letters of 高村 but not the place), and
 * whether a short form is also an ordinary word of the language (建设, 胜利, 振兴).
 * Loaded once per process, on first use (about a quarter of a second).
 */

let segmenter: Jieba | null = null;
let dictionaryText: string | null = null;

function jieba(): Jieba {
  segmenter ??= Jieba.withDict(dict);
  return segmenter;
}

/**
 * The offsets (relative to `text`) where the segmenter's words start, and the end. Without
 * the HMM guesser, characters it does not know stay single, so unknown names never merge
 * with their neighbours; only dictionary words do.
 */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const word of jieba().cut(text, false)) {
    at += word.length;
    boundaries.add(at);
  }
  return boundaries;
}

export interface DictionaryWord {
  frequency: number;
  /** The dictionary's part-of-speech tag: n noun, v verb, vn verbal noun, a adjective, ns place name … */
  tag: string;
}

/** The dictionary entry of `word`, or null when the dictionary does not list it. */
export function dictionaryWord(word: string): DictionaryWord | null {
  dictionaryText ??= `\n${Buffer.from(dict).toString('utf8')}`;
  const at = dictionaryText.indexOf(`\n${word} `);
  if (at < 0) return null;
  const lineEnd = dictionaryText.indexOf('\n', at + 1);
  const [, frequency, tag] = dictionaryText.slice(at + 1, lineEnd < 0 ? undefined : lineEnd).split(' ');
  return { frequency: Number(frequency), tag: tag ?? '' };
}

/** Dictionary tags of names and place words: entries so tagged are names, not ordinary words. */
export const NAME_TAGS: ReadonlySet<string> = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 's']);

/** Below this corpus frequency a dictionary entry is too rare to count as an everyday word. */
export const ORDINARY_WORD_FREQUENCY = 100;

/** An everyday word of the language: in the dictionary, common, and not tagged as a name. */
export function isOrdinaryWord(word: string): boolean {
  const entry = dictionaryWord(word);
  return entry !== null && !NAME_TAGS.has(entry.tag) && entry.frequency >= ORDINARY_WORD_FREQUENCY;
}

export interface TaggedWord {
  word: string;
  tag: string;
}

/** The segmenter's words of `text` with their part-of-speech tags (no HMM guessing). */
export function taggedWords(text: string): TaggedWord[] {
  return jieba()
    .tag(text, false)
    .map((t) => ({ word: t.word, tag: t.tag }));
}
