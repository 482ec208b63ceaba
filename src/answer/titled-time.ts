/**
 * "who gave the future of istio talk in amsterdam", "伦敦 Istio：项目与社区的过去、现在和未来 主讲人是谁": a word that says
 * an event is to come ("future", 未来) may be typed as part of a talk's title; there it asks for no next event. It is,
 * when some title holds it with the word next to it as the question types them ("future of", "和未来"); "the next istio
 * day" is no title's ("Next-Level Security" holds "next-level", "下一代" is not "下一届"). Pure.
 */
import type { Talk } from '../model/index.js';
import { timeOf } from '../understand/index.js';

/** Latin words, a hyphenated compound whole ("next-level"). */
const LATIN = /[a-z]+(?:-[a-z]+)*/gu;
const HAN = /\p{Script=Han}/u;

interface Said {
  /** Each title's pairs of neighbouring Latin words, as "future of". */
  pairs: Set<string>;
  /** Every title in lower case, one a line. */
  text: string;
}

const SAID = new WeakMap<readonly Talk[], Said>();

function saidOf(talks: readonly Talk[]): Said {
  let said = SAID.get(talks);
  if (!said) {
    const titles = [...new Set(talks.flatMap((talk) => [talk.title, ...Object.values(talk.titles)]).filter((title): title is string => typeof title === 'string'))].map((title) => title.toLowerCase());
    const pairs = new Set(titles.flatMap((title) => (title.match(LATIN) ?? []).flatMap((word, at, words) => (at ? [`${words[at - 1]} ${word}`] : []))));
    said = { pairs, text: titles.join('\n') };
    SAID.set(talks, said);
  }
  return said;
}

/** Whether a time word of `text` that says "next" is typed as a title of `talks` writes it, with its neighbour. */
export function nextInTitle(text: string, talks: readonly Talk[]): boolean {
  const lower = text.toLowerCase();
  const words = lower.match(LATIN) ?? [];
  const latin = words.flatMap((word, at) => (timeOf(word) === 'next' ? [`${words[at - 1] ?? ''} ${word}`, `${word} ${words[at + 1] ?? ''}`] : []));
  // A Chinese time word of two characters with the character before or after it.
  const chars = [...lower];
  const han = chars.flatMap((char, at) => {
    const piece = `${char}${chars[at + 1] ?? ''}`;
    return HAN.test(char) && piece.length === 2 && timeOf(piece) === 'next' ? [`${chars[at - 1] ?? ''}${piece}`, `${piece}${chars[at + 2] ?? ''}`].filter((three) => three.length === 3) : [];
  });
  if (!latin.length && !han.length) return false;
  const said = saidOf(talks);
  return latin.some((pair) => said.pairs.has(pair)) || han.some((three) => said.text.includes(three));
}
