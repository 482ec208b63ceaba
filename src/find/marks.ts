import { processTerm, tokenizeWithOffsets } from '../store/index.js';

/** A stretch of a text to emphasise, as [start, end) offsets in UTF-16 code units. */
export interface Mark {
  start: number;
  end: number;
}

/** A Chinese token: a character pair, or a character alone. */
const HAN = /\p{Script=Han}/u;

/**
 * A text's words as index terms, with where each stands. A Chinese token's term is null: it is the
 * token's own text (or nothing, for a stop word), read from the text only when a question asks for a
 * Chinese term. Remembering each pair would take most of the memory of these memos (at 1x, 7,000 of
 * the 10,000 words remembered were pairs), and a pair needs no stemming.
 */
interface Words {
  terms: (string | null)[];
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The words of recently shown texts: a passage shown once is often shown again, for another
 * question on its topic or the next page, and tokenizing and stemming it was a fifth of answering.
 */
const shown = new Map<string, Words>();
/** Texts remembered before the memo starts over: about 5 MB of passages' words. */
const TEXTS_KEPT = 1_000;

function wordsOf(text: string): Words {
  const known = shown.get(text);
  if (known) return known;
  const tokens = tokenizeWithOffsets(text);
  // Filled in one pass: `Int32Array.from` with a map function walks the list through its iterator, an object per token.
  const words: Words = { terms: [], starts: new Int32Array(tokens.length), ends: new Int32Array(tokens.length) };
  tokens.forEach((token, at) => {
    words.terms.push(HAN.test(token.term) ? null : (processTerm(token.term) ?? ''));
    words.starts[at] = token.start;
    words.ends[at] = token.end;
  });
  if (shown.size >= TEXTS_KEPT) shown.clear();
  shown.set(text, words);
  return words;
}

/** Where any of `terms` (index terms, as matched) occurs in `text`, as merged, ordered ranges. */
export function findMarks(text: string, terms: readonly string[]): Mark[] {
  if (!terms.length) return [];
  const wanted = new Set(terms);
  const chinese = terms.some((term) => HAN.test(term));
  const words = wordsOf(text);
  const marks: Mark[] = [];
  words.terms.forEach((known, at) => {
    const start = words.starts[at] as number;
    const end = words.ends[at] as number;
    const term = known ?? (chinese ? (processTerm(text.slice(start, end)) ?? '') : null);
    if (term !== null && wanted.has(term)) marks.push({ start, end });
  });
  return mergeMarks(marks);
}

/** The marks in order, those that overlap or touch merged into one, so no stretch is emphasised twice. */
export function mergeMarks(marks: readonly Mark[]): Mark[] {
  const merged: Mark[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return merged;
}
