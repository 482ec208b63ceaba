import { cleanMarks, segments } from '../../present/index.js';
import type { Mark } from '../../answer/index.js';
import { ELLIPSIS, escapeMrkdwn } from './escape.js';

/** How much of a passage a result shows, in characters of the passage, around its first match. */
export const SNIPPET_WINDOW = 360;
/** How much of the window goes before the first match, so the match reads in context. */
const LEAD = 80;
/** How far a window edge may move to land on a space instead of inside a word. */
const SNAP = 20;
/** Slack treats `*` as bold only at a word boundary; a zero-width space makes one inside CJK or mid-word. */
const BOUNDARY = '\u200B';
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface SnippetOptions {
  /** Longest result in characters, counting escapes, bold markers and ellipses. */
  max: number;
  /** Longest stretch of the passage shown. Default `SNIPPET_WINDOW`. */
  window?: number;
}

/**
 * The passage as mrkdwn: a window around the first match, matched stretches in bold, everything
 * escaped, never longer than `max`. Marks out of range, overlapping or unsorted are tolerated.
 */
export function markedSnippet(text: string, marks: readonly Mark[], options: SnippetOptions): string {
  const clean = cleanMarks(text, marks);
  const [from, to] = windowOf(text, clean, options.window ?? SNIPPET_WINDOW);
  const budget = options.max - ELLIPSIS.length;
  let out = from > 0 ? ELLIPSIS : '';
  for (const piece of segments(text, clean, from, to)) {
    const body = escapeMrkdwn(piece.text.replace(/\s+/g, ' '));
    const rendered = piece.marked ? bold(body, text[piece.start - 1], text[piece.end]) : body;
    if (out.length + rendered.length <= budget) {
      out += rendered;
      continue;
    }
    if (!piece.marked) out += fitPlain(piece.text, budget - out.length);
    return out + ELLIPSIS;
  }
  return to < text.length ? out + ELLIPSIS : out;
}

function bold(body: string, before: string | undefined, after: string | undefined): string {
  const open = before !== undefined && WORD_CHAR.test(before) ? BOUNDARY : '';
  const close = after !== undefined && WORD_CHAR.test(after) ? BOUNDARY : '';
  return `${open}*${body}*${close}`;
}

function fitPlain(text: string, room: number): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ')) {
    const piece = escapeMrkdwn(char);
    if (out.length + piece.length > room) break;
    out += piece;
  }
  return out;
}

function windowOf(text: string, marks: readonly Mark[], size: number): [number, number] {
  if (text.length <= size) return [0, text.length];
  const anchor = marks[0]?.start ?? 0;
  let from = Math.max(0, Math.min(anchor - LEAD, text.length - size));
  let to = Math.min(text.length, from + size);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space - from < SNAP && space < anchor) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from && to - space < SNAP) to = space;
  }
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return [from, to];
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
