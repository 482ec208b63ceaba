import { mergeMarks, segments, type Segment } from '../../present/index.js';
import type { Mark } from '../../answer/index.js';
import { escapeMarkdown } from './escape.js';
import { escapeWithin } from './fit.js';

/** How much text to keep before the first match when a long passage has to be cut. */
const LEAD = 60;
const ELLIPSIS = '…';
const BOLD = '**';

/**
 * The marks as Discord can show them: inside the text, in order, merged when they overlap or touch
 * (`**a****b**` would not render), and without whitespace at their edges (`** a**` is not bold).
 */
function normalizeMarks(text: string, marks: readonly Mark[]): Mark[] {
  const clamped = marks
    .map((mark) => ({ start: Math.max(0, Math.min(mark.start, text.length)), end: Math.max(0, Math.min(mark.end, text.length)) }))
    .filter((mark) => mark.start < mark.end);
  return mergeMarks(clamped).flatMap((mark) => {
    let { start, end } = mark;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    return start < end ? [{ start, end }] : [];
  });
}

/** Where a cut passage starts: a little before the first match, at a word boundary when there is one. */
function windowStart(text: string, marks: readonly Mark[]): number {
  const first = marks[0];
  if (!first || first.start <= LEAD) return 0;
  let start = first.start - LEAD;
  const space = text.slice(start, first.start).search(/\s/);
  if (space >= 0) start += space + 1;
  // Never start on the second half of a surrogate pair.
  if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start += 1;
  return start;
}

function write(parts: readonly Segment[], lead: string, budget: number): string {
  let out = lead;
  for (const [index, piece] of parts.entries()) {
    const escaped = escapeMarkdown(piece.text);
    const rendered = piece.marked ? `${BOLD}${escaped}${BOLD}` : escaped;
    // Keep one character free for the ellipsis unless this is the last piece.
    const reserve = index === parts.length - 1 ? 0 : ELLIPSIS.length;
    if (out.length + rendered.length + reserve <= budget) {
      out += rendered;
      continue;
    }
    const room = budget - out.length;
    if (piece.marked) {
      const inner = escapeWithin(piece.text, room - 2 * BOLD.length);
      out += inner.length > ELLIPSIS.length ? `${BOLD}${inner}${BOLD}` : ELLIPSIS.slice(0, Math.max(room, 0));
    } else {
      out += escapeWithin(piece.text, room);
    }
    break;
  }
  return out;
}

/**
 * A passage as Discord markdown in at most `budget` characters: escaped, with the matched words in
 * bold. A passage too long for the budget is cut, starting shortly before the first match.
 */
export function highlight(text: string, marks: readonly Mark[], budget: number): string {
  if (budget <= 0) return '';
  const normalized = normalizeMarks(text, marks);
  const whole = write(segments(text, normalized), '', Number.POSITIVE_INFINITY);
  if (whole.length <= budget) return whole;
  const start = windowStart(text, normalized);
  return write(segments(text, normalized, start), start > 0 ? ELLIPSIS : '', budget);
}
