/**
 * The words a talk is found by as a topic: its titles' and its format note's; and, apart, those of the
 * heading the post lists it under (a stage, a track, a kind of session). Pure.
 */
import { copyKeys } from '../find/index.js';
import type { Talk } from '../model/index.js';
import { TALK_FORMATS } from '../understand/index.js';
import { hyphenated, nameWords, Vocabulary } from './name-words.js';

/** The titles of a talk, in both languages. */
function titlesOf(talk: Talk): string[] {
  const titles = Object.values(talk.titles);
  return titles.length ? titles : [talk.title];
}

/** The words of `texts`, with their hyphenated compounds as one word too ("llmd"). */
function wordsOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => [...nameWords(text), ...hyphenated(text).map((word) => word.replaceAll('-', ''))]);
}

/** Each talk's title words, worked out once per talk object (the programme's merged copies are objects of their own). */
const TITLE_WORDS = new WeakMap<Talk, readonly string[]>();

/** The words of a talk's titles and of its format ("lightning talks" finds a talk noted as one), with their hyphenated compounds as one word too ("llmd"). */
export function titleWordsOf(talk: Talk): readonly string[] {
  let words = TITLE_WORDS.get(talk);
  if (!words) TITLE_WORDS.set(talk, (words = wordsOf([...titlesOf(talk), talk.format ?? ''])));
  return words;
}

/**
 * How a title's words hold a phrase the question's vocabulary reads as one topic ("service mesh", "end user"): word by
 * word, as titles write it ("Is Your Service Mesh AI Ready?"), which the phrase typed alone does not match. Returns the
 * test for one title's words (false for a single word), the phrase split once for every talk tested.
 */
export function phraseHolder(phrase: string | undefined): (words: readonly string[]) => boolean {
  const parts = phrase?.split(/[\s-]+/) ?? [];
  return parts.length > 1 ? (words) => parts.every((part) => words.includes(part)) : () => false;
}

/** A heading's note in brackets ("(24 March)", "（3 月 24 日）") says when, not what the talks are. */
const BRACKETED = /\([^)]*\)|（[^）]*）/g;

/**
 * The headings the posts list talks under, read as what the talks are: a stage, a track or a kind of
 * session the post groups them by ("Istio sessions at the Cloud Native Theater", "KubeCon keynotes
 * that featured Istio") that no title repeats. The programme lists a talk once, merged from the copies
 * of several posts, and one post groups it where another only names it: a talk's headings are those
 * of every copy (`copyKeys`).
 */
export class Sections {
  readonly #byKey = new Map<string, Set<string>>();
  readonly #vocabulary: Vocabulary;
  /** The words of each heading, with the events whose talks it lists: a stage belongs to its conference. */
  readonly #events = new Map<string, Set<string>>();
  /** Each heading's words, worked out once: every question about talks reads every heading. */
  readonly #words = new Map<string, ReadonlySet<string>>();

  /** `listed`: each talk with the heading of a passage that tells it. */
  constructor(listed: Iterable<readonly [Talk, string]>) {
    for (const [talk, heading] of listed) {
      if (!heading) continue;
      for (const key of copyKeys(talk)) this.#byKey.set(key, (this.#byKey.get(key) ?? new Set()).add(heading.replace(BRACKETED, ' ')));
      if (talk.event) this.#events.set(heading.replace(BRACKETED, ' '), (this.#events.get(heading.replace(BRACKETED, ' ')) ?? new Set()).add(talk.event));
    }
    this.#vocabulary = new Vocabulary(wordsOf([...new Set([...this.#byKey.values()].flatMap((set) => [...set]))]));
  }

  /** The heading word `typed` is (itself; a Chinese piece, a heading word holding it), or null. */
  word(typed: string): string | null {
    const word = typed.replace(/[-\s]/g, '');
    const matches = this.#vocabulary.matches(word);
    // The heading word that is the piece itself before one that is part of it ("主题演讲", not the 演讲 of another heading).
    if (matches.has(word)) return word;
    for (const [match, score] of matches) if (score === 1 || /\p{Script=Han}/u.test(typed)) return match;
    return null;
  }

  /**
   * Those of `talks` that `titled` holds or that a heading names of the kind `topic` asks for: "KubeCon keynotes that
   * featured Istio" says its talks are keynotes as a title's "keynote" says it of one, so "the keynotes of kubecon
   * london" are all six, not the one titled so. A topic that is no kind of talk alone keeps the titled talks.
   */
  ofKind(talks: readonly Talk[], topic: readonly string[], titled: readonly Talk[]): Talk[] {
    // The heading must say the kind itself: the 演讲 ("talks") of a heading is no 闪电演讲 ("lightning talks").
    if (!topic.length || !topic.every((word) => TALK_FORMATS.includes(word) && this.word(word) === word)) return [...titled];
    const listed = new Set(this.holding(talks, topic));
    return talks.filter((talk) => titled.includes(talk) || listed.has(talk));
  }

  /** Those of `talks` listed under a heading that holds every word of `topic`. */
  holding(talks: readonly Talk[], topic: readonly string[]): Talk[] {
    const wanted = topic.map((typed) => this.word(typed));
    if (!topic.length || wanted.some((word) => word === null)) return [];
    return talks.filter((talk) => {
      const headings = [...new Set(copyKeys(talk).flatMap((key) => [...(this.#byKey.get(key) ?? [])]))];
      return headings.some((heading) => {
        const words = this.#wordsOf(heading);
        return wanted.every((word) => word !== null && words.has(word));
      });
    });
  }

  /**
   * The events whose talks a heading lists that holds every word of `all` and one of `some` at least (a stage's: "the
   * cloud native theater"); none when a word of `all` is no heading word.
   */
  eventsListing(all: readonly string[], some: readonly string[]): string[] {
    const wanted = all.map((word) => this.word(word));
    const others = some.map((word) => this.word(word));
    if (wanted.some((word) => word === null) || others.every((word) => word === null)) return [];
    const holds = (heading: string): boolean => {
      const words = this.#wordsOf(heading);
      return wanted.every((word) => word !== null && words.has(word)) && others.some((word) => word !== null && words.has(word));
    };
    return [...new Set([...this.#events].filter(([heading]) => holds(heading)).flatMap(([, events]) => [...events]))];
  }

  #wordsOf(heading: string): ReadonlySet<string> {
    let words = this.#words.get(heading);
    if (!words) this.#words.set(heading, (words = new Set(wordsOf([heading]))));
    return words;
  }
}
