/**
 * What one post says about one event (a sighting), before the sightings of an event are merged: the sentences of a
 * post's text with their links, and a date mention read as the event's first and last day.
 */
import type { EventInfo } from '../model/index.js';
import { isoDate, yearFor, type DateMention } from '../domain/index.js';
import { SENTENCE } from './anchor-years.js';
import type { SightingPost } from './event-roles.js';
import type { Anchor, ParsedPost } from './types.js';

interface Sentence {
  text: string;
  /** Links whose text lies in the sentence. */
  urls: string[];
}

/** The sentences of a text, each with the links inside it. */
export function sentencesOf(text: string, anchors: ParsedPost['passages'][number]['anchors'] = []): Sentence[] {
  const sentences: Sentence[] = [];
  // A full stop inside a word ("Solo.io", "2.0") or glued to the next sentence ("结束.这次") does not end it.
  for (const match of text.matchAll(SENTENCE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!match[0].trim()) continue;
    sentences.push({ text: match[0].trim(), urls: anchors.filter((a) => a.start < end && start < a.end).map((a) => a.url) });
  }
  return sentences;
}

/** What one post says about one event; merged with what other posts say about it. */
export interface Sighting extends Omit<EventInfo, 'id' | 'posts' | 'parent' | 'sources' | 'links' | 'slides'> {
  rank: number;
  /** Posts that are about the event (never a post that only mentions it in passing). */
  posts: SightingPost[];
  /** Pages the post says hold the slides (or the front-matter schedule), to be sorted into slides and schedule. */
  slidesPages: Array<string | null>;
  /** Links of the passages about the event. */
  anchors: Anchor[];
}

/** Ranks of what a post says: front matter over a dated post, over an undated page (banner), over a passing mention. */
export const RANK = { front: 0, post: 1, page: 2, mention: 3 } as const;

/** The ISO start and end of a date mention, with the year filled in. */
export function resolve(mention: DateMention, year: number | null, published: string | null): [string | null, string | null] {
  const startYear = mention.year ?? yearFor(mention.month, mention.day, year, published);
  if (startYear === null) return [null, null];
  const start = isoDate(startYear, mention.month, mention.day);
  const until = mention.until;
  if (!until) return [start, start];
  const endYear = until.year ?? (until.month < mention.month ? startYear + 1 : startYear);
  return [start, isoDate(endYear, until.month, until.day)];
}
