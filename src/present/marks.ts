import { mergeMarks, type Mark } from '../answer/index.js';

// The query side merges the marks it finds; the same function cleans what surfaces are handed.
export { mergeMarks };

/** Marks cut to `text`, whole offsets, none empty, ordered and apart: whatever the engine gave, surfaces get clean marks. */
export function cleanMarks(text: string, marks: readonly Mark[]): Mark[] {
  return mergeMarks(
    marks
      .map((mark) => ({ start: Math.max(0, Math.floor(mark.start)), end: Math.min(text.length, Math.floor(mark.end)) }))
      .filter((mark) => mark.start < mark.end),
  );
}

/** A stretch of a text, `text.slice(start, end)`, inside a mark or between marks. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  marked: boolean;
}

/**
 * `text` from `from` to `to` cut into its unmarked and marked stretches, in order, none empty.
 * `marks` must be ordered and apart (as `mergeMarks` leaves them); marks reaching out of the window
 * are cut to it. Each surface escapes and emphasises the stretches in its own syntax.
 */
export function segments(text: string, marks: readonly Mark[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const mark of marks) {
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start >= end) continue;
    if (start > at) out.push({ text: text.slice(at, start), start: at, end: start, marked: false });
    out.push({ text: text.slice(start, end), start, end, marked: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), start: at, end: to, marked: false });
  return out;
}
