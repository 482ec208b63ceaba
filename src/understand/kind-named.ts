/**
 * A "what is" subject that names a kind of event by one of its names ("maintainer track" in "maintainer track 是什么")
 * names it by all of them: the Chinese posts define the maintainer track as 维护者专场, and a Chinese question may
 * type the English name. The names are the event kinds' own (`KIND_NAMES`), never a question's wording.
 */
import { KIND_NAMES } from '../domain/index.js';
import { analyze, fold } from '../store/index.js';
import type { WordGroup } from './types.js';

/** Each name of a kind that has names in both scripts, with every name of that kind as index terms. */
const NAMED: ReadonlyMap<string, string[][]> = new Map(
  KIND_NAMES.filter(({ aliases }) => aliases.some((alias) => /\p{Script=Han}/u.test(alias)) && aliases.some((alias) => /^[a-z ]+$/.test(alias))).flatMap(({ aliases }) => {
    const terms = aliases.map(analyze);
    return aliases.map((alias) => [fold(alias), terms] as const);
  }),
);

/** The subject's words with a run of them that names a kind (two words at most: "maintainer track") made one word, said every way the kind is named. */
export function withKindNames(words: readonly WordGroup[]): WordGroup[] {
  const out: WordGroup[] = [];
  for (let at = 0; at < words.length; at += 1) {
    const group = words[at] as WordGroup;
    const next = words[at + 1];
    const pair = next ? NAMED.get(`${group.word} ${next.word}`) : undefined;
    const alternatives = pair ?? NAMED.get(group.word);
    if (pair && next) at += 1;
    out.push(alternatives ? { word: pair && next ? `${group.word} ${next.word}` : group.word, alternatives } : group);
  }
  return out;
}
