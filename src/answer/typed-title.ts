/**
 * "who gave how to get help", "Istio Project Update 是谁讲的": a talk's title typed whole names that talk, though its
 * words are those of any question ("get", "help", "new", "update") and title other talks one by one. Pure, given the talks.
 */
import type { Talk } from '../model/index.js';

const HAN = /\p{Script=Han}/u;
/** A letter or digit of a word written with spaces (not a Chinese character): a title typed whole begins and ends at such a word's edge. */
const LATIN = /[^\P{L}\p{Script=Han}]|\p{N}/u;
/**
 * The note of a talk's format before its title ("Lightning talk: …", "Project Lightning Talk: …", "闪电演讲：…") or after
 * it ("… | Project Lightning Talk"), and a Chinese title's English one in brackets: each piece is a title as typed.
 */
const PIECES = /[|（）()]|^[^:：]*(?:lightning talk|showcase|demo|闪电演讲|演示)[^:：]*[:：]/giu;
/** Words that say a talk's format, or that it was one ("Opening keynote", "Closing remarks"): no title typed whole. */
const FORMAT_ONLY = /^(?:(?:project|opening|closing|welcome|lightning|talk|keynote|session|poster|remarks|panel|solutions|showcase)\s?)+$/;
/** The fewest letters a Latin piece needs ("istio identity"), and the fewest characters a Chinese one ("开幕主题演讲" has 6). */
const LATIN_PIECE = 10;
const HAN_PIECE = 4;

/** A text as titles are compared: lower case, its words apart by one space, none beside a Chinese character. */
function flat(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/ ?(\p{Script=Han}) ?/gu, '$1')
    .trim();
}

/** Whether a title's piece is long enough, and more than its format, to name one talk. */
function namesTalk(piece: string): boolean {
  if (HAN.test(piece)) return piece.replace(/[^\p{Script=Han}]/gu, '').length >= HAN_PIECE;
  return piece.includes(' ') && piece.replace(/ /g, '').length >= LATIN_PIECE && !FORMAT_ONLY.test(piece);
}

/** Each talk's pieces, worked out once per talk object. */
const PIECES_OF = new WeakMap<Talk, readonly string[]>();

function piecesOf(talk: Talk): readonly string[] {
  let pieces = PIECES_OF.get(talk);
  if (!pieces) {
    const titles = [talk.title, ...Object.values(talk.titles)].filter((title): title is string => typeof title === 'string');
    pieces = [...new Set(titles.flatMap((title) => [title, ...title.split(PIECES)]).map(flat))].filter(namesTalk);
    PIECES_OF.set(talk, pieces);
  }
  return pieces;
}

/** Whether `text` (flat) holds `piece` whole: at a Latin word's edge on each side where the piece ends in a Latin word. */
function holds(text: string, piece: string): boolean {
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + piece.length] ?? ' ';
    // "istio identity" is not typed in "istio identityx", nor "how to get help" in "how to get helpful".
    const edge = (outside: string, inside: string): boolean => !LATIN.test(outside) || !LATIN.test(inside);
    if (edge(before, piece.slice(0, 1)) && edge(after, piece.slice(-1))) return true;
  }
  return false;
}

/**
 * The talks of `talks` whose title the question types whole, those typing the longest piece of a title; none when it
 * types none. A title several talks share ("Opening keynote") gives them all: the caller tells them apart or answers none.
 */
export function typedTitles(text: string, talks: readonly Talk[]): Talk[] {
  const asked = flat(text);
  let longest = 0;
  let typed: Talk[] = [];
  for (const talk of talks) {
    const length = Math.max(0, ...piecesOf(talk).filter((piece) => holds(asked, piece)).map((piece) => piece.length));
    if (length > longest) [longest, typed] = [length, [talk]];
    else if (length > 0 && length === longest) typed.push(talk);
  }
  return typed;
}

/** The one talk `typed` names: the first, when every one of them was given by the same speakers (a talk two events list). */
export function oneTalk(typed: readonly Talk[]): Talk | undefined {
  const [first] = typed;
  const key = (talk: Talk): string => [...talk.speakers].sort().join('\n');
  return first?.speakers.length && typed.every((talk) => key(talk) === key(first)) ? first : undefined;
}
