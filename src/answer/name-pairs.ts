/**
 * The Chinese names the posts give speakers beside their English ones ("宋净超（Jimmy Song）"): a
 * question that names a speaker in Chinese ("宋净超在 istiocon 中国站讲了什么") asks about the talks
 * listed under the English name. Read from the posts, never from a list of names.
 */
import type { Passage, Talk } from '../model/index.js';

/** A Chinese name's run of Han characters right before the English name in brackets. */
const PAIRED = /(\p{Script=Han}{2,4})[（(]([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){1,3})[）)]/gu;
/** Fewest characters of a Chinese name: a one-character piece of a run is no name. */
const SHORTEST = 2;

interface Pair {
  /** The Han characters before the brackets: the name, perhaps after a word that ends there ("成员宋净超"). */
  run: string;
  english: string;
}

export class NamePairs {
  readonly #pairs: Pair[] = [];

  constructor(passages: readonly Passage[], talks: readonly Talk[]) {
    const speakers = new Set(talks.flatMap((talk) => talk.speakers));
    const seen = new Set<string>();
    for (const passage of passages) {
      if (passage.lang !== 'zh') continue;
      for (const [, run = '', english = ''] of passage.text.matchAll(PAIRED)) {
        // Only a speaker's name in brackets pairs: not a company's ("谷歌（Google Cloud）").
        if (!speakers.has(english) || seen.has(run + english)) continue;
        seen.add(run + english);
        this.#pairs.push({ run, english });
      }
    }
  }

  /**
   * The question with each Chinese name the posts pair with a speaker's English name written in
   * English: the longest end of the run before the brackets that the question holds is the name.
   */
  inEnglish(text: string): string {
    let said = text;
    for (const { run, english } of this.#pairs) {
      for (let length = run.length; length >= SHORTEST; length -= 1) {
        const name = run.slice(run.length - length);
        if (!said.includes(name)) continue;
        said = said.replaceAll(name, `${name} ${english} `);
        break;
      }
    }
    return said;
  }
}
