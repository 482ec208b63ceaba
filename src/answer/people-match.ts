/**
 * People found from what users type: `speaker faseela`, `speaker jose` (José), `speaker lin`,
 * `speaker jhon howard` (a typo). Every typed word must match a word of the name (whole, a typo of
 * it, or its beginning). Pure.
 */
import { editDistance, nameWords, Vocabulary } from './name-words.js';

/** The people a text names (best first); `nearest` when none: the closest names, for suggestions. */
export interface PeopleMatch {
  names: string[];
  nearest: string[];
}

const NEAREST = 3;
/** A suggestion is offered only when at most this share of the typed name differs from it. */
const NEAREST_DISTANCE = 0.5;

/** A name, its words as a user types them, and those words joined by single spaces. */
interface Person {
  name: string;
  words: string[];
  joined: string;
}

/** The shortest word of a name a typo is read in: a shorter one spelt otherwise is another name. */
const MISSPELLABLE = 5;

export class PeopleMatcher {
  readonly #people: Person[];
  readonly #vocabulary: Vocabulary;
  /** Each word of a name of two words or more, with the people whose name holds it. */
  readonly #byWord = new Map<string, Person[]>();

  constructor(names: Iterable<string>) {
    this.#people = [...new Set(names)].map((name) => ({ name, words: nameWords(name), joined: nameWords(name).join(' ') }));
    this.#vocabulary = new Vocabulary(this.#people.flatMap((person) => person.words));
    for (const person of this.#people) if (person.words.length > 1) for (const word of new Set(person.words)) this.#byWord.set(word, [...(this.#byWord.get(word) ?? []), person]);
  }

  /**
   * The people whose name of two words or more `typed` writes in order with one word of five letters or more one edit
   * off and the others as written ("talks by hayk hovseypan", "john howrad"): found from a word typed right, so a
   * question naming nobody costs a look-up per word.
   */
  misspelt(typed: readonly string[]): string[] {
    const found = new Set<string>();
    typed.forEach((word, at) => {
      for (const person of this.#byWord.get(word) ?? []) {
        const start = at - person.words.indexOf(word);
        const run = typed.slice(Math.max(0, start), start + person.words.length);
        if (start < 0 || run.length < person.words.length) continue;
        const wrong = person.words.flatMap((part, index) => (run[index] === part ? [] : [[part, run[index] ?? ''] as const]));
        if (wrong.length === 1 && wrong.every(([part, typo]) => part.length >= MISSPELLABLE && editDistance(typo, part, 1) <= 1)) found.add(person.name);
      }
    });
    return [...found];
  }

  /** Every name the matcher knows, with its words (read once, not per question). */
  get people(): readonly Person[] {
    return this.#people;
  }

  match(text: string): PeopleMatch {
    const typed = nameWords(text);
    if (!typed.length) return { names: [], nearest: [] };
    const scored = this.#people
      .map((person) => ({ name: person.name, scores: typed.map((word) => this.#vocabulary.best(word, person.words)) }))
      .filter(({ scores }) => scores.every((score) => score > 0))
      .map(({ name, scores }) => ({ name, score: scores.reduce((sum, score) => sum + score, 0) }))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    if (scored.length) return { names: scored.map(({ name }) => name), nearest: [] };
    return { names: [], nearest: this.#nearest(typed.join(' ')) };
  }

  /** Names within a few edits of what was typed, as a whole or as one of their words. */
  #nearest(typed: string): string[] {
    const max = Math.max(1, Math.floor(typed.length * NEAREST_DISTANCE));
    return this.#people
      .map((person) => ({
        name: person.name,
        distance: Math.min(editDistance(typed, person.joined, max), ...person.words.map((word) => editDistance(typed, word, max))),
      }))
      .filter(({ distance }) => distance <= max)
      .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
      .slice(0, NEAREST)
      .map(({ name }) => name);
  }
}
