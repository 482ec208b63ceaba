import type { EventKind, Lang } from '../model/index.js';

/** Commands a question can start with (`talks istio day`, `speaker Lin Sun`, `events`, `next`, `help`). */
export type Command = 'help' | 'events' | 'next' | 'talks' | 'speaker';

/**
 * What a question asks for when it is not a command. `search` is the default; the others are read
 * from the question's words (en and zh) and rank the passage that holds that kind of answer first.
 * New intents slot in here and in `intents.ts`.
 */
export type Ask =
  | 'search'
  | 'when'
  | 'where'
  | 'who'
  | 'how-many'
  | 'slides'
  | 'video'
  | 'talks'
  | 'schedule'
  | 'cfp'
  | 'register'
  | 'results'
  | 'latest'
  | 'buy'
  | 'what-is';

/** Which of the events named a question means: the next one, the latest one, or the first one held. */
export type Time = 'next' | 'latest' | 'first';

/** One thing the question is about, and every way of saying it, each as its index terms. */
export interface WordGroup {
  word: string;
  alternatives: string[][];
  /** The vocabulary word `word` misspells ("ambient" for "ambiant", "chicago" for "chicgo"), whose group `alternatives` then hold. */
  meant?: string;
}

/** The free words of a question, read for searching. */
export interface Words {
  /** What the question is about: every group should match. */
  groups: WordGroup[];
  /** Words that only say what is wanted ("slides", "视频"): they rank passages that say them, and are not required. */
  soft: WordGroup[];
  /** The kinds of links or facts the question asks for; ranking favours passages that hold them. */
  wants: Want[];
}

/**
 * A kind of thing a passage can hold, which ranking can see (links, dates, counts, who was elected
 * or won, a call for proposals, where a thing is sold or handed out, how to register). `clock`: a
 * time of day, which a question that asks the hour wants ("what time", "几点").
 */
export type Want = 'video' | 'slides' | 'talk' | 'date' | 'clock' | 'number' | 'outcome' | 'cfp' | 'definition' | 'people' | 'shop' | 'register';

/** The events, places, times and people a question names. */
export interface Entities {
  /** Event kinds named ("istio day", "kubecon", "istiocon", "meetup"). */
  kinds: EventKind[];
  /** KubeCon regions named, in English ("Europe", "North America", "China"…). */
  regions: string[];
  /** Cities named, in English ("London"), whatever the question's language. */
  cities: string[];
  /** Years named in the free text (20xx); they rank rather than filter. */
  years: number[];
  /** The speaker of `speaker <name>`; names in free text are matched against the index by the answer stage. */
  speaker: string | null;
}

/** Filters the user wrote (`lang:`, `year:`, `event:`, "quoted phrases"); each one excludes. */
export interface Filters {
  lang: Lang | null;
  year: number | null;
  event: string | null;
  phrases: string[];
}

/** A question as the query side reads it: pure data, built without the index. */
export interface Question {
  /** The question as read: trimmed, cut at the length limit. */
  text: string;
  truncated: boolean;
  /** The language to answer in: `lang:` or the script of the question. */
  lang: Lang;
  command: Command | null;
  ask: Ask;
  /** "next", "upcoming", 下一届 → next; "latest", "most recent", 最近 → latest; "first", 首届 → first; else null. */
  time: Time | null;
  /** "the second istiocon", "第三届 istio day": which edition of a series held by the community is meant (2, 3…); else null. */
  edition: number | null;
  /** What a "what is" question asks about, its words in order ("istio day"); null for other questions. */
  subject: string | null;
  /** Whether the question is about talks given: "who talked about ambient", "演讲". */
  aboutTalks: boolean;
  /** The free text: filters, quotes and the command word taken out. */
  rest: string;
  words: Words;
  entities: Entities;
  filters: Filters;
}
