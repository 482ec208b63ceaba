/**
 * "the izzy book, who are its writers", "绘本出自谁手": who wrote a book (not a post, whose byline answers): the sentence that says
 * it was written or co-authored, of the posts the first passages are of. The posts say it in a passage about the book
 * ("The book was written by…", "本书由…合著") that the question's words ("izzy", "book") rank below the book's launch.
 */
import type { Passage } from '../model/index.js';
import type { Ranked } from '../find/index.js';
import type { WordGroup } from '../understand/index.js';
import { held, weigh } from './word-share.js';

/** Asking who wrote: a verb of writing, or the authors "of" a thing or said last; not "signed by the authors", which asks how to get one. */
const WRITING_ASKED = /(?<![\p{L}])(?:wrote|written|authored|writers?\s+of|(?:co-?)?authors?\s+of)(?![\p{L}])|谁写|写的|作者(?:是|有|\s*$)|合著|执笔|撰写|编写/iu;
const SAYS_WRITTEN = /(?<![\p{L}])(?:wrote|written|authored|authors?|co-?author(?:s|ed|ing)?)(?![\p{L}])|合著|作者|执笔|撰写|编写/iu;

/** Whether a who-question asks who wrote something. */
export function writingAsked(text: string): boolean {
  return WRITING_ASKED.test(text);
}

/**
 * Of the sentences (`naming`: those that name someone) of the posts of `top`, the one that says who wrote and, with its
 * passage's title, holds the most of the question's words; none when no such sentence holds one.
 */
export function writtenBy<U extends { text: string; ranked: Ranked }>(
  top: readonly Ranked[],
  passagesOf: (postId: string) => readonly Passage[],
  naming: (told: readonly Ranked[]) => U[],
  groups: readonly WordGroup[],
): U | undefined {
  const posts = [...new Set(top.map(({ passage }) => passage.postId))];
  const told = posts.flatMap((postId) => passagesOf(postId).map((passage) => ({ passage, score: 0, terms: () => [] })));
  const units = naming(told).filter((unit) => SAYS_WRITTEN.test(unit.text));
  // The words that ask who wrote ("wrote" in "the book, who wrote it") are in every such sentence: what was written tells them apart.
  const about = groups.filter((group) => !WRITING_ASKED.test(group.word));
  const scores = weigh(units.map((unit) => held(`${unit.ranked.passage.title} ${unit.text}`, about)));
  let best: { unit: U; score: number } | undefined;
  units.forEach((unit, at) => {
    const score = scores[at] ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { unit, score };
  });
  return best?.unit;
}
