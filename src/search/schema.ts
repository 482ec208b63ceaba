import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** The document indexed for each passage; `id` is the passage's position in the store. */
export interface PassageDocument {
  id: number;
  /** Post title, description and keywords. */
  post: string;
  headings: string;
  event: string;
  text: string;
}

/** The document indexed for each talk; `id` is the talk's position in the store. */
export interface TalkDocument {
  id: number;
  title: string;
  speakers: string;
  event: string;
}

const LATIN_WORD = /^[a-z]+$/;

/**
 * What an index term is: stop words dropped, English words stemmed ("opened" and "opening" are one
 * term), everything else (Han bigrams, numbers, versions) kept as it is.
 */
export function processTerm(term: string): string | null {
  if (STOP_WORDS.has(term)) return null;
  return LATIN_WORD.test(term) && term.length > 3 ? stem(term) : term;
}

/** Stems already computed: a corpus repeats its words, and the stemmer is the costly part of indexing them. */
const stems = new Map<string, string>();
const MAX_STEMS = 200_000;

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stemmed = stemmer(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** The index terms of a text, as the index sees them. */
export function analyze(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/** Indexed fields, in the order scores are summed; the index file records them. */
export const PASSAGE_FIELDS = ['post', 'headings', 'event', 'text'] as const satisfies ReadonlyArray<keyof PassageDocument>;
export const TALK_FIELDS = ['title', 'speakers', 'event'] as const satisfies ReadonlyArray<keyof TalkDocument>;
