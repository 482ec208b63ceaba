/**
 * A video or slides question that names an event and words of one talk that no title holds as words: a recap's own
 * Chinese wording of the talk ("使用肆意代码运行服务带来的影响" for the title "运行任意代码的服务带来的影响"), or a phrase
 * written without spaces ("开幕致辞" for "欢迎致辞与开幕"). Listing every talk of the event in its order put that talk
 * anywhere; the talk whose titles share the most of those words' character pairs comes first. Pure.
 */
import type { Talk } from '../model/index.js';

const HAN = /\p{Script=Han}/u;

/** The Chinese words of `words` that no title holds as they are written (`titleWord` may give a title word near them only). */
export function unheldWords(words: readonly string[], titleWord: (word: string) => string | null): string[] {
  return words.filter((word) => HAN.test(word) && !titleWord(word)?.includes(word));
}

/** The pairs of adjacent Han characters of a text, how the index too matches Chinese; none across 的 ("成员的互动": 成员, 互动), which ties words and names nothing. */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.match(/[^\P{Script=Han}的]+/gu) ?? []) for (let i = 0; i + 1 < run.length; i += 1) pairs.add(run.slice(i, i + 2));
  return pairs;
}

/** Each talk's title pairs, worked out once per talk object. */
const TITLE_PAIRS = new WeakMap<Talk, Set<string>>();

function titlePairs(talk: Talk): Set<string> {
  let pairs = TITLE_PAIRS.get(talk);
  if (!pairs) TITLE_PAIRS.set(talk, (pairs = pairsOf([talk.title, ...Object.values(talk.titles)].join('\n'))));
  return pairs;
}

/**
 * `talks` with those whose titles share the most pairs of `words` (the question's Chinese words no title holds) first,
 * the rest in their order; null when no title shares any: the words then name something else (a recap's sentence about
 * the talk), which the passages answer rather than a list of every talk.
 */
export function byWording(talks: readonly Talk[], words: readonly string[]): Talk[] | null {
  const asked = pairsOf(words.filter((word) => HAN.test(word)).join('\n'));
  const shared = talks.map((talk) => [...titlePairs(talk)].filter((pair) => asked.has(pair)).length);
  if (!Math.max(0, ...shared)) return null;
  return talks.map((talk, at) => ({ talk, at })).sort((a, b) => (shared[b.at] ?? 0) - (shared[a.at] ?? 0) || a.at - b.at).map(({ talk }) => talk);
}

/** The share of the character pairs of `words` that a talk's titles hold (0 when the words have none). */
export function wordingShare(talk: Talk, words: readonly string[]): number {
  const asked = pairsOf(words.join('\n'));
  const held = titlePairs(talk);
  return asked.size ? [...asked].filter((pair) => held.has(pair)).length / asked.size : 0;
}
