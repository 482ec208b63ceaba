import type { Options, SearchOptions } from 'minisearch';
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** The document MiniSearch indexes for each passage; `id` is the passage's position in the store. */
export interface PassageDocument {
  id: number;
  /** Post title, description and keywords. */
  post: string;
  headings: string;
  event: string;
  text: string;
}

/** The document MiniSearch indexes for each talk; `id` is the talk's position in the store. */
export interface TalkDocument {
  id: number;
  title: string;
  speakers: string;
  event: string;
}

const LATIN_WORD = /^[a-z]+$/;

/**
 * Recent words' stems: the Porter stemmer runs a dozen patterns per word, and the query side stems the words of every
 * passage it shows and of every sentence a line weighs, the same words question after question.
 */
const stems = new Map<string, string>();
/** Words remembered before the memo starts over (a plain Map: an LRU's bookkeeping cost more than the stemming it saved). */
const STEMS_KEPT = 50_000;

function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, (stem = stemmer(word)));
  }
  return stem;
}

/**
 * What an index term is: stop words dropped, English words stemmed ("opened" and "opening" are one
 * term), everything else (Han bigrams, numbers, versions) kept as it is.
 */
export function processTerm(term: string): string | null {
  if (STOP_WORDS.has(term)) return null;
  return LATIN_WORD.test(term) && term.length > 3 ? stemOf(term) : term;
}

/** The index terms of a text, as the index sees them. */
export function analyze(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}

/**
 * Search options for index terms as they are: the query side searches terms `analyze` already made,
 * and tokenizing and stemming them again changes some ("propos", the term of "proposals", stemmed
 * again is "propo", which no passage holds).
 */
export const AS_INDEX_TERMS: Pick<SearchOptions, 'processTerm' | 'tokenize'> = { processTerm: (term) => term, tokenize: (text) => [text] };

/** Index options shared by the indexer (which builds) and the engine (which loads): they must agree. */
export const PASSAGE_INDEX_OPTIONS: Options<PassageDocument> = {
  fields: ['post', 'headings', 'event', 'text'],
  storeFields: [],
  tokenize,
  processTerm,
};

export const TALK_INDEX_OPTIONS: Options<TalkDocument> = {
  fields: ['title', 'speakers', 'event'],
  storeFields: [],
  tokenize,
  processTerm,
};
