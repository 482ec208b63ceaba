import { processTerm } from './schema.js';
import { tokenizeWithOffsets } from './tokenize.js';
import type { Mark } from './types.js';

/** Where any of `terms` (index terms, as matched) occurs in `text`, as merged, ordered ranges. */
export function findMarks(text: string, terms: readonly string[]): Mark[] {
  if (!terms.length) return [];
  const wanted = new Set(terms);
  const ranges = tokenizeWithOffsets(text)
    .filter((token) => wanted.has(processTerm(token.term) ?? ''))
    .map((token) => ({ start: token.start, end: token.end }))
    .sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
