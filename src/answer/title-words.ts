/**
 * The words of the talks' titles (both languages) and format notes, and which of them a typed topic word names: itself,
 * a typo of a long word ("kialli"), or its noun ("secure" → "security"). Pure, given the talks.
 */
import { SYNONYMS } from '../domain/index.js';
import type { Talk } from '../model/index.js';
import { Vocabulary } from './name-words.js';
import { phraseHolder, titleWordsOf } from './talk-words.js';

/**
 * A typed word's ending that its noun drops ("secure", "observed", "migrating"), the fewest letters left, and the
 * noun's ending ("security", "observability", "migration"): a verb's other forms ("programming" of "programme") are
 * no such noun, and are a typo's reach anyway.
 */
const FORM_ENDING = /(?:e|es|ed|ing)$/;
const FORM_STEM = 5;
const NOUN_ENDING = /^(?:ity|ities|ability|ibility|ion|ions|ation|ations)$/;
/** How close a typed word must come to a word of a title to name it (1 is the word itself). */
const TOPIC_MATCH = 0.8;
/**
 * Shorter typed words name only the title words they are: a typo of a short word is often another
 * word ("give" is one letter from "live"), a typo of a long one is that word ("kialli", "amibent").
 */
const TOPIC_TYPO_LENGTH = 6;
/** Words whose title matches are remembered before the memo starts over. */
const TOPICS_KEPT = 2_000;

/** Each word of the vocabulary's synonym groups, with the others of its group (开场: 开幕). */
const SAID_ALSO = new Map<string, readonly string[]>(SYNONYMS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const)));

export class TitleWords {
  readonly #vocabulary: Vocabulary;
  /** Each recent word's `#topicMatches`: a question asks for its topic words several times (`word`, `on`). */
  readonly #topics = new Map<string, ReadonlyArray<[string, number]>>();

  constructor(talks: readonly Talk[]) {
    this.#vocabulary = new Vocabulary(talks.flatMap((talk) => titleWordsOf(talk)));
  }

  /**
   * The word of the titles that `word` names (itself, or the word it misspells: "kialli" is
   * "kiali"); null when no title holds it ("list" in "list of talks at kubecon" is no topic).
   */
  word(word: string): string | null {
    // A Chinese title's run that holds the word as typed ("的大规模现场基准测试" holds 基准测试) names it better than a shorter
    // word a few characters away ("测试").
    const matches = /\p{Script=Han}/u.test(word) ? this.#topicMatches(word).map(([match]) => match) : [];
    const best = matches.find((match) => match === word) ?? matches.find((match) => match.includes(word)) ?? this.best(word);
    // A compound typed as a title writes it, as one word or as two, is named as typed: "llm-d", "end user".
    return best !== null && best === word.replace(/[-\s]/g, '') ? word : best;
  }

  /**
   * The word of the titles `word` names, else the one a synonym of it names: a company by the name Chinese readers give it
   * (爱彼迎, 惠普) is titled by the name the posts use ("Airbnb", "HP").
   */
  saidWord(word: string): string | null {
    const named = this.word(word);
    if (named !== null) return named;
    for (const said of SAID_ALSO.get(word) ?? []) {
      const match = this.word(said);
      if (match !== null) return match;
    }
    return null;
  }

  /** The title word `word` names best: itself when a title spells it (a Latin word), else the closest. */
  best(word: string): string | null {
    let best: [string, number] | null = null;
    // A Latin word a title spells as typed is itself ("ebpf", not the run "ebpf加速istio"); a Chinese word's run says more.
    const latin = !/\p{Script=Han}/u.test(word);
    for (const [match, score] of this.#topicMatches(word)) if (latin && match === word) return match; else if (!best || score > best[1]) best = [match, score];
    return best?.[0] ?? null;
  }

  /**
   * Talks whose title holds every topic word (whole, or a typo of a word of the title); with `synonyms`, or a synonym of
   * it the vocabulary gives: "开场主题演讲" of a title that writes 开幕主题演讲, which some posts write of the same session.
   */
  on(talks: readonly Talk[], topic: readonly string[], synonyms = false): Talk[] {
    if (!topic.length) return [...talks];
    const sayings = (word: string): readonly string[] => [word, ...(synonyms ? (SAID_ALSO.get(word) ?? []) : [])];
    const wanted = topic.map((word) => ({ matches: new Set(sayings(word).flatMap((said) => this.#topicMatches(said).map(([match]) => match))), holds: phraseHolder(word) }));
    return talks.filter((talk) => {
      // A talk the programme merged from its copies is a new object: its words are read again, from every title.
      const words = titleWordsOf(talk);
      return wanted.every(({ matches, holds }) => words.some((word) => matches.has(word)) || holds(words));
    });
  }

  /**
   * The title words that are the noun of `word` ("security" of "secure", "observability" of "observe"): its stem, five
   * letters or more, and a noun's ending; scored as a close typo, below the word itself.
   */
  #formsOf(word: string): Array<[string, number]> {
    const stem = word.replace(FORM_ENDING, '');
    if (stem === word || stem.length < FORM_STEM || /[^a-z]/.test(stem)) return [];
    return [...this.#vocabulary.matches(stem).keys()].filter((form) => form.startsWith(stem) && NOUN_ENDING.test(form.slice(stem.length))).map((form) => [form, TOPIC_MATCH]);
  }

  /** The words of titles `word` names as a topic, with how well: itself, (a long word) a typo of it, or its noun. */
  #topicMatches(typed: string): ReadonlyArray<[string, number]> {
    let found = this.#topics.get(typed);
    if (!found) {
      const word = typed.replace(/[-\s]/g, '');
      const least = word.length >= TOPIC_TYPO_LENGTH ? TOPIC_MATCH : 1;
      if (this.#topics.size >= TOPICS_KEPT) this.#topics.clear();
      const matched = [...this.#vocabulary.matches(word)].filter(([, score]) => score >= least);
      this.#topics.set(typed, (found = [...matched, ...this.#formsOf(word).filter(([form]) => !matched.some(([match]) => match === form))]));
    }
    return found;
  }
}
