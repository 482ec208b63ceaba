/**
 * The data model the indexer writes and the query side reads: passages, talks, events.
 * Everything here is plain, JSON-serializable data stored in the index.
 */

export type Lang = 'en' | 'zh';

/** Links found in a passage, classified by `src/domain/links.ts`. Every URL is absolute and normalized. */
export interface Links {
  /** YouTube recordings: videos as `https://www.youtube.com/watch?v=ID`, playlists as `https://www.youtube.com/playlist?list=ID`. */
  videos: string[];
  /**
   * Slide decks (speakerdeck, slideshare, slides.com, Google Slides, sched attachments, PDF decks) and
   * pages the post says hold the slides, unless the page is a schedule or an event's landing page:
   * that stays in `schedule` (a schedule page is never called slides).
   */
  slides: string[];
  /** Schedules: sched session and event pages, Linux Foundation event pages, event landing pages. */
  schedule: string[];
  /** Every other link. */
  other: string[];
}

/** A speaker and the organisation they spoke for, when the post names it. */
export interface Person {
  name: string;
  organisation: string | null;
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
  /**
   * The date a reader needs, `YYYY-MM-DD`: the start of the event the passage is about when that event
   * is dated (a recap's passages carry the day of the event, not the day of the recap), else the
   * post's publish date; null when neither is known.
   */
  date: string | null;
  /** Publish date of the post, `YYYY-MM-DD`, or null: for ranking by freshness. */
  published: string | null;
  /**
   * Name of the event the passage is about, e.g. "Istio Day North America 2023": the event its
   * headings name (a KubeCon recap's "Istio Day" section), else the post's; null when none.
   */
  event: string | null;
  /** Plain text of the passage: no markdown, no HTML. */
  text: string;
  links: Links;
  /** What the passage says beyond its words, worked out when indexing. */
  facts: PassageFacts;
  /**
   * Who wrote the post, as its front matter's attribution writes it ("Craig Box, for the Istio Steering Committee"),
   * on the post's first passage only and only when it names someone: "who wrote…" and a post's "I" are answered by it.
   */
  byline?: string;
}

/** A passage as its post gives it, before the indexer works out its facts. */
export type ParsedPassage = Omit<Passage, 'facts'>;

/**
 * What ranking weighs a passage by beyond its words: worked out once when indexing
 * (`src/facts/`), so that answering a question reads them instead of reading every hit's text.
 * Stored sparsely: a fact that does not hold (false, none) is left out, which keeps the index and
 * the loaded passages small (22,000 passages at 10x the corpus).
 */
export interface PassageFacts {
  /** The years it is about: its date's, and the one its event's name gives. */
  years?: number[];
  /** It names a date ("18 April", "4 月 18 日"). */
  date?: true;
  /** It gives a time of day ("13:30", "10 am Pacific", "下午 1 点半"). */
  clock?: true;
  /** It gives a count ("4,000", "84 countries", "292 人"): a number that is no year and no day of a date. */
  count?: true;
  /** The index terms of what its counts count ("13 seats" → "seat"). */
  counted?: string[];
  /** It gives a call for proposals: says so, with a date or a link to where proposals go. */
  cfp?: true;
  /** It names someone ("Lin Sun", "Faseela K"). */
  people?: true;
  /** It announces who was elected or won, naming them. */
  outcome?: true;
  /** City and region of its event, to weigh the place a question names. */
  city?: string;
  region?: string;
  /** Kind of its event, else every kind its text names: to weigh the kind of event a question names. */
  kinds?: EventKind[];
  /** Its sentences that say what something is ("IstioCon is the annual…", "Izzy——一只…"): for "what is" questions. */
  defines?: Definition[];
  /** It is a site banner's text, not a post's (see `src/indexer/banner-passages.ts`): weighed by `bannerWeight`. */
  banner?: true;
}

/** A sentence that says what something is: what it defines, as index terms, and where the sentence is in the passage's text. */
export interface Definition {
  terms: string[];
  start: number;
  end: number;
  /** How plainly it says what kind of thing that is, up to 1 ("is a…", "是一…"); absent for 0 ("oversees…"). */
  strength?: number;
  /**
   * It names a part of what the sentence defines ("… consists of 9 Contribution Seats, and 4 elected Community Seats"):
   * the line may quote it, ranking does not weigh it, since every post about the whole repeats it.
   */
  part?: true;
}

/** A talk (session, keynote, panel, lightning talk) named by a post. */
export interface Talk {
  id: string;
  /** The title in `lang`. */
  title: string;
  /** The title in each language the posts tell the talk in (one talk, even when both copies of a post name it). */
  titles: Partial<Record<Lang, string>>;
  /** Speaker names, in order (the same names as `people`). */
  speakers: string[];
  /** Every organisation named for the speakers, in order (the same as `people`, for older readers). */
  organisations: string[];
  /** Each speaker with their own organisation. */
  people: Person[];
  /**
   * The talk's format as the post's note writes it ("lightning talk", "闪电演讲"), every copy's once
   * (`mergedFormat`), so a question in either language finds the talk by it; null without a note.
   */
  format?: string | null;
  /** Name of the event the talk was given at (the Istio Day, the KubeCon, a co-located event, a maintainer track), or null. */
  event: string | null;
  /** Id of that event in `EventInfo.id`, or null. */
  eventId: string | null;
  /** The event's date (its start), `YYYY-MM-DD`, never the post's publish date; null when unknown. */
  date: string | null;
  video: string | null;
  /** The talk's own slides (a deck, or a page the post says holds the slides); never a schedule page. */
  slides: string | null;
  /** The talk's schedule page (e.g. its sched session), or null. */
  schedule: string | null;
  /** Where the talk is mentioned (passage URL). */
  url: string;
  /**
   * Where each language's copy of the post tells the talk (passage URL), so a reader of that language is sent to
   * their own copy (`talkUrlIn`). Optional only so that hand-built talks may leave it out: the indexer always writes it.
   */
  urls?: Partial<Record<Lang, string>>;
  passageId: string;
  lang: Lang;
}

export type EventKind =
  | 'kubecon'
  | 'istio-day'
  | 'istiocon'
  /** A day co-located with a conference other than Istio Day (Observability Day, …). */
  | 'co-located'
  | 'maintainer-track'
  | 'contribfest'
  | 'meetup'
  | 'birthday'
  /** A launch or release stream. */
  | 'launch'
  | 'virtual'
  | 'other';

/** An event's links by kind: only a link that is slides is called slides. */
export interface EventLinks {
  slides: string[];
  schedule: string[];
  /** Videos and playlists of the event's recordings. */
  recordings: string[];
  register: string[];
  cfp: string[];
  other: string[];
}

/** What a post is to an event. */
export type PostRole = 'announcement' | 'cfp' | 'schedule' | 'recap' | 'results' | 'other';

export interface EventPost {
  url: string;
  role: PostRole;
  lang: Lang;
  /** Publish date of the post, `YYYY-MM-DD`, or null. */
  date: string | null;
}

/**
 * An event (conference, co-located day, track, meetup) known from the posts. One per event and
 * language: the en and zh posts each give their copy (ids `en:…` and `zh:…`, the same canonical
 * English `name`), so an answer lists the events and posts of the question's language only.
 * A track or co-located event whose own day the posts do not give carries its conference's dates.
 */
export interface EventInfo {
  id: string;
  name: string;
  kind: EventKind;
  city: string | null;
  country: string | null;
  /**
   * Where in its city it was held, as the posts of its language name it ("McCormick Place",
   * "麦考密克展览中心"; with the street address when a post gives one), or null when no post names it.
   * Only our own posts' front matter gives it; a conference takes the venue of its Istio Day, and its
   * tracks the conference's.
   */
  venue: string | null;
  /** `YYYY-MM-DD` or null. */
  start: string | null;
  end: string | null;
  /** Id of the conference this event is part of (Istio Day Europe 2024 → KubeCon + CloudNativeCon Europe 2024), or null. */
  parent: string | null;
  /**
   * The name of the conference whose week `start` and `end` are, when the posts give no day of the
   * event's own (Observability Day Europe 2024 → "KubeCon + CloudNativeCon Europe 2024"): it was held
   * within that week, on a day they do not say. Absent when the dates are the event's own.
   */
  weekOf?: string;
  /** URLs of the posts about it, newest first. */
  posts: string[];
  /** The same posts with what each is to the event. */
  sources: EventPost[];
  /** The event's slides: the first of `links.slides`, or null. Never a schedule page. */
  slides: string | null;
  links: EventLinks;
  lang: Lang;
}
