/**
 * Phrases of several words read whole out of a question's text before it is split into words: the synonyms of several
 * words ("ambient mesh", "加入 cncf") and the time phrases ("on the horizon"). Pure.
 */

/** Phrases to take out of a text, longest first, each with the way it stands in one. */
export interface PhraseList {
  readonly phrases: readonly { phrase: string; standing: string }[];
}

/**
 * A phrase as it stands in a question's text: a space on each side that ends in a Latin letter or digit, none beside a
 * Chinese character, which needs none to stand apart ("什么时候加入 cncf": 加入 cncf).
 */
const standing = (phrase: string): string => `${/^\p{Script=Han}/u.test(phrase) ? '' : ' '}${phrase}${/\p{Script=Han}$/u.test(phrase) ? '' : ' '}`;

/** The phrases, longest first: a longer phrase is taken before one it holds. */
export function phraseList(phrases: Iterable<string>): PhraseList {
  return { phrases: [...phrases].sort((a, b) => b.length - a.length).map((phrase) => ({ phrase, standing: standing(phrase) })) };
}

/** The phrases of `list` that `text` (padded with a space each side) holds, and the text without them. */
export function takePhrases(text: string, list: PhraseList): { taken: string[]; rest: string } {
  const taken: string[] = [];
  let rest = text;
  for (const { phrase, standing: said } of list.phrases) {
    if (!rest.includes(said)) continue;
    taken.push(phrase);
    rest = rest.split(said).join(' ');
  }
  return { taken, rest };
}
