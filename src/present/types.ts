/**
 * What the present step gives every surface: an answer as ordered, typed sections of plain text,
 * marks and labelled links. A surface only draws these, in its own syntax and within its own limits.
 */
import type { Intent, Mark } from '../answer/index.js';
import type { Lang } from '../model/index.js';

/** What a link leads to; its label says the same ("Slides" only for slides). */
export type LinkKind = 'video' | 'slides' | 'schedule' | 'recordings' | 'register' | 'cfp' | 'post' | 'source';

export interface Link {
  kind: LinkKind;
  /** The label in the answer's language, from src/i18n. */
  label: string;
  /** An absolute http(s) URL. */
  url: string;
}

/** The lists an answer can hold; "more" pages one of them. */
export type ListKind = 'passages' | 'talks' | 'events';

/** One page of one list: what a "More" button asks for, and what "Share" or "Post here" shows again. */
export interface PageRef {
  list: ListKind;
  /** Position of the page's first item in the whole list. */
  offset: number;
}

/** One entry of a list: a passage, a talk or an event. Every string is plain, unescaped text. */
export interface Item {
  /** Position in the whole list, from 1. */
  number: number;
  title: string;
  /** Where the title leads (the passage, the post that names the talk, the event's post), or null. */
  url: string | null;
  /** A passage's text, with `marks` (ordered, apart, inside it) on the words that matched. Null for talks and events. */
  text: string | null;
  marks: Mark[];
  /** Short facts, in order: heading, speakers with their organisations, event, place, dates, "in 12 days". */
  details: string[];
  /** At most one link per kind, in the order of LINK_ORDER. */
  links: Link[];
  /** Said of this item alone, e.g. that the passage is in the other language; or null. */
  note: string | null;
}

export interface ListSection {
  kind: ListKind;
  title: string;
  /** "Showing 11–20 of 113" when the list is paged or cut, else null. */
  range: string | null;
  items: Item[];
}

export type Section =
  /** Something about the question itself (it was cut). */
  | { kind: 'note'; text: string }
  /** The fact itself in one line, with the link it comes from. */
  | { kind: 'direct'; text: string; link: Link | null }
  | ListSection
  /** Nothing to show: why, and queries that find something (may be empty). */
  | { kind: 'empty'; text: string; label: string; suggestions: string[] }
  /**
   * Usage. `lines` are the bot's own words and may hold `code` spans in backticks; `examples` are
   * queries to try, from src/i18n EXAMPLES (the one rule for every surface).
   */
  | { kind: 'help'; title: string; lines: string[]; label: string; examples: string[] };

export type SectionKind = Section['kind'];

/** An answer ready to draw. */
export interface Presentation {
  query: string;
  intent: Intent;
  lang: Lang;
  sections: Section[];
  /** One plain line that stands for the answer (notifications, screen readers). */
  summary: string;
  /** The page shown: what "Share" or "Post here" shows again. */
  page: PageRef;
  /** The next page of the answer's main list, or null when it was the last. */
  more: PageRef | null;
}
