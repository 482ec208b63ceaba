import type { Options } from 'minisearch';
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

function processTerm(term: string): string | null {
  return STOP_WORDS.has(term) ? null : term;
}

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
