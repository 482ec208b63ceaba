import { processTerm, tokenizeWithOffsets } from '../store/index.js';
import type { Mark } from '../answer/types.js';

/** Each word's index term, for recent words: every page shown stems its passages' words again. */
const terms = new Map<string, string>();
/** Words remembered before the memo starts over (a plain Map: an LRU's bookkeeping cost more than the stemming it saved). */
const TERMS_KEPT = 50_000;
const termOf = (word: string): string => {
  let term = terms.get(word);
  if (term === undefined) {
    if (terms.size >= TERMS_KEPT) terms.clear();
    terms.set(word, (term = processTerm(word) ?? ''));
  }
  return term;
};

/** Where any of `terms` (index terms, as matched) occurs in `text`, as merged, ordered ranges. */
export function findMarks(text: string, terms: readonly string[]): Mark[] {
  if (!terms.length) return [];
  const wanted = new Set(terms);
  return mergeMarks(
    tokenizeWithOffsets(text)
      .filter((token) => wanted.has(termOf(token.term)))
      .map((token) => ({ start: token.start, end: token.end })),
  );
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
