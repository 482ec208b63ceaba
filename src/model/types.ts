/**
 * The data model the indexer writes and the query side reads: passages, talks, events.
 * Everything here is plain, JSON-serializable data stored in the index.
 */

export type Lang = 'en' | 'zh';

/** Links found in a passage, classified by `src/domain/links.ts`. Every URL is absolute and normalized. */
export interface Links {
  /** YouTube recordings: videos as `https://www.youtube.com/watch?v=ID`, playlists as `https://www.youtube.com/playlist?list=ID`. */
  videos: string[];
  /** Slide decks (speakerdeck, slideshare, slides.com, Google Slides, sched attachments, PDF decks) and pages the post says hold the slides. */
  slides: string[];
  /** Schedules: sched session and event pages, Linux Foundation event pages, event landing pages. */
  schedule: string[];
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
