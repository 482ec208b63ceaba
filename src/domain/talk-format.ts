import type { Lang, Talk } from '../model/index.js';

/** Between the notes of a talk told with a format in each language: "lightning talk / 闪电演讲". */
const FORMAT_SEPARATOR = ' / ';

/**
 * The format of a talk merged from two copies: each copy's note once, the kept copy's first. Both are
 * kept because a question asks in its own language ("lightning talks", "闪电演讲") and finds the talk
 * by the note its language writes.
 */
export function mergedFormat(kept: string | null | undefined, other: string | null | undefined): string | null {
  const notes = new Set([kept, other].flatMap((format) => format?.split(FORMAT_SEPARATOR) ?? []));
  return notes.size ? [...notes].join(FORMAT_SEPARATOR) : null;
}

/** Where a reader of `lang` is sent for a talk: the copy of the post told in that language, else the one it was found in. */
export function talkUrlIn(talk: Talk, lang: Lang): string {
  return talk.urls?.[lang] ?? talk.url;
}
