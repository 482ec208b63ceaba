/**
 * What the query side returns for one question: plain data that the present step turns into
 * sections and every surface draws.
 */
import type { Mark } from '../find/index.js';
import type { EventInfo, Lang, Links, Talk } from '../model/index.js';

export type { Mark };

/** One ranked passage in an answer. */
export interface Result {
  id: string;
  title: string;
  url: string;
  postUrl: string;
  /** The innermost heading, or null before the first heading. */
  heading: string | null;
  text: string;
  /** Where the query's terms matched inside `text`. */
  marks: Mark[];
  lang: Lang;
  event: string | null;
  date: string | null;
  score: number;
  links: Links;
  /** Set when the passage is in the other language than the question's: shown only when none in its language answers. */
  otherLanguage?: true;
}

/** What the question asked for; decides which parts of an answer a surface shows first. */
export type Intent = 'search' | 'help' | 'events' | 'next' | 'talks' | 'speaker';

/** A one-line answer taken from the event knowledge, with its source. */
export interface DirectAnswer {
  text: string;
  url: string;
  lang: Lang;
}

/** The engine's reply to one question: plain data that every surface renders its own way. */
export interface Answer {
  /** The question as the engine read it (trimmed; cut to the maximum length when longer). */
  query: string;
  /** True when the question was longer than the maximum and was cut. */
  truncated: boolean;
  intent: Intent;
  /** The language the reply's own words should use (the question's language unless forced). */
  lang: Lang;
  /** How many passages matched in all; `results` is one page of them. */
  total: number;
  /** Index of the first result of this page in the full ranking. */
  offset: number;
  results: Result[];
  talks: Talk[];
  events: EventInfo[];
  /**
   * The fact itself, when the event knowledge holds it (an event's dates, its slides, who was
   * elected…): one line in the question's language with the link it comes from. Absent otherwise;
   * never made up.
   */
  direct?: DirectAnswer;
  /** Queries known to match, offered when nothing matched (and in help). */
  suggestions: string[];
}

/** Options of one question; every field is optional and documented with its default. */
export interface AnswerOptions {
  /** How many passages per page. Default 3. */
  limit?: number;
  /** How many passages to skip (paging). Default 0. */
  offset?: number;
  /** Force the language of results and reply; overrides `lang:` in the query. Default: detected from the query. */
  lang?: Lang;
  /** Restrict to one event (substring of the event name, case-insensitive). Default: none. */
  event?: string;
  /** "Today", for relative dates in `next`. Default: the current date. */
  now?: Date;
}

/** The one thing every surface needs from the engine. Adapters depend on this, not on the engine class. */
export interface QueryService {
  answer(question: string, options?: AnswerOptions): Answer;
  /** Names of the events the index knows, newest first (for autocomplete). */
  eventNames(): string[];
}
