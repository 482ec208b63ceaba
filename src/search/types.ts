/**
 * The data that flows from the indexer to the query engine and from the engine to every surface.
 * Everything here is plain, JSON-serializable data: the index stores it, the engine returns it,
 * and each surface (CLI, Slack, Discord) renders it in its own `render.ts`.
 */

export type Lang = 'en' | 'zh';

/** Links found in a passage, classified. Every URL is absolute and normalized. */
export interface Links {
  /** YouTube videos, always in the form `https://www.youtube.com/watch?v=ID` (or the short link as the post wrote it when it is a youtu.be link). */
  videos: string[];
  /** Slide decks and the schedule pages that hold them (sched.co, sched.com, speakerdeck, slideshare, Google Slides, PDFs, LF event schedules). */
  slides: string[];
  /** Every other link. */
  other: string[];
}

/** One searchable unit: a few sentences of one heading section of one post. */
export interface Passage {
  /** Stable id: `<lang>:<post path>#<ordinal>`; the same content always gives the same id. */
  id: string;
  /** Id of the post it belongs to (its path relative to the content root, without extension). */
  postId: string;
  /** Key shared by a post and its translations (the path below `en/` or `zh/`), used to avoid showing both copies. */
  translationKey: string;
  title: string;
  /** Headings from the top of the post down to this passage's section (empty before the first heading). */
  headings: string[];
  /** The link to show: the anchor URL when the passage sits under a heading, else the post URL. */
  url: string;
  postUrl: string;
  lang: Lang;
  /** Publish date of the post, `YYYY-MM-DD`, or null when the post has none. */
  date: string | null;
  /** Name of the event the post is about, e.g. "Istio Day North America 2023", or null. */
  event: string | null;
  /** Plain text of the passage: no markdown, no HTML. */
  text: string;
  links: Links;
}

/** A talk (session, keynote, panel, lightning talk) named by a post. */
export interface Talk {
  id: string;
  title: string;
  speakers: string[];
  organisations: string[];
  event: string | null;
  date: string | null;
  video: string | null;
  /** The talk's own slides, or the event's slide/schedule page when the post says all slides are there. */
  slides: string | null;
  /** Where the talk is mentioned (passage URL). */
  url: string;
  passageId: string;
  lang: Lang;
}

export type EventKind = 'kubecon' | 'istio-day' | 'istiocon' | 'virtual' | 'meetup' | 'other';

/** An event (conference, co-located day, meetup) known from the posts. */
export interface EventInfo {
  id: string;
  name: string;
  kind: EventKind;
  city: string | null;
  country: string | null;
  /** `YYYY-MM-DD` or null. */
  start: string | null;
  end: string | null;
  /** URLs of the posts about it, newest first. */
  posts: string[];
  /** Schedule or slides page, when known. */
  slides: string | null;
  lang: Lang;
}

/** A stretch of `text` to emphasise, as [start, end) offsets in UTF-16 code units. */
export interface Mark {
  start: number;
  end: number;
}

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
}

/** What the question asked for; decides which parts of an answer a surface shows first. */
export type Intent = 'search' | 'help' | 'events' | 'next' | 'talks' | 'speaker';

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
