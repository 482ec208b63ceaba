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

export class PeopleMatcher {
  readonly #people: Person[];
  readonly #vocabulary: Vocabulary;

  constructor(names: Iterable<string>) {
    this.#people = [...new Set(names)].map((name) => ({ name, words: nameWords(name), joined: nameWords(name).join(' ') }));
    this.#vocabulary = new Vocabulary(this.#people.flatMap((person) => person.words));
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
