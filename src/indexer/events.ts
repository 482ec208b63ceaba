/**
 * The events the posts are about. Our own posts declare theirs in front matter, which is authoritative; for the
 * others (istio.io recaps, announcements, banners) it is the parser's `meta.event`, with city, dates and slides page
 * read from the post, and a closing "See you in Paris in March 2024!" / "2024 年 3 月巴黎见！" announcing the next.
 * The same event seen in several posts (recap, announcement, banner) is merged, once per language.
 */
import type { EventInfo } from '../model/index.js';
import { findDates, findPlaces, SEE_YOU, type DateMention, type Place } from '../domain/index.js';
import { anchorsOfYear, yearOfName } from './anchor-years.js';
import { announced } from './announced-events.js';
import { eventLinksOf, isOtherEventsSection } from './event-links.js';
import { conferenceOf } from './talk-events.js';
import { eventKind, groupKey, joinTwins } from './event-keys.js';
import { roleOf, type SightingPost } from './event-roles.js';
import { RANK, resolve, sentencesOf, type Sighting } from './sightings.js';
import type { Anchor, ParsedPost } from './types.js';

export type { Sighting } from './sightings.js';

/** Words around a date or city that make it the CFP's, a sponsor deadline's or a registration's, not the event's. */
const NOT_THE_EVENT = /\b(?:cfp|call for|proposals?|deadline|closes?|submit\w*|until|enrol\w*|prospectus|sponsor\w*)\b|征集|提案|截止/i;
/** Words around a date that tie it to the event itself. */
const EVENT_WORDS =
  /istio ?day|istio ?con|kube ?con|meetup|conference|event|co-located|summit|gathered|held|took place|kicked off|time and day|活动|大会|会议|峰会|举办|举行|齐聚/i;
/** "starting on February 22": the first day of several, the last one unknown. */
const STARTING_BEFORE = /\b(?:starting|beginning)\s+(?:on\s+)?$/i;
const STARTING_AFTER = /^\s*(?:起|开始)/;
function nameYear(name: string): number | null {
  const year = /\b((?:19|20)\d\d)\b/.exec(name)?.[1];
  return year ? Number(year) : null;
}

/** The date of the event a post is about: a date in a sentence that names the city or the event, not a deadline. */
function eventDates(texts: string[], place: Place | null, name: string, published: string | null): [string | null, string | null] {
  let best: { score: number; mention: DateMention; open: boolean } | null = null;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (NOT_THE_EVENT.test(sentence.text) || SEE_YOU.test(sentence.text)) continue;
      const namesCity = place !== null && findPlaces(sentence.text).some((found) => found.place === place);
      for (const mention of findDates(sentence.text)) {
        if (mention.year !== null && nameYear(name) !== null && mention.year !== nameYear(name)) continue;
        const window = sentence.text.slice(Math.max(0, mention.start - 60), mention.end + 60);
        const score = (namesCity ? 4 : 0) + (EVENT_WORDS.test(window) ? 2 : 0) + (mention.until ? 1 : 0);
        if (score >= 2 && (!best || score > best.score))
          best = {
            score,
            mention,
            open: STARTING_BEFORE.test(sentence.text.slice(0, mention.start)) || STARTING_AFTER.test(sentence.text.slice(mention.end)),
          };
      }
    }
  }
  if (!best) return [null, null];
  const [start, end] = resolve(best.mention, nameYear(name), published);
  return [start, best.open ? null : end];
}

/** The city of the event a post is about: the first one its title, description or opening names. */
function eventPlace(texts: string[]): Place | null {
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      if (NOT_THE_EVENT.test(sentence.text) || SEE_YOU.test(sentence.text)) continue;
      const found = findPlaces(sentence.text)[0];
      if (found) return found.place;
    }
  }
  return null;
}

function withYear(name: string, start: string | null): string {
  return nameYear(name) === null && start ? `${name} ${start.slice(0, 4)}` : name;
}

function fromFrontMatter(post: ParsedPost): Sighting | null {
  const front = post.meta.frontEvent;
  if (!front) return null;
  const posts = [postOf(post)];
  if (front.recap && front.recap !== post.meta.url) posts.push({ ...postOf(post), url: front.recap });
  return {
    rank: RANK.front,
    lang: post.meta.lang,
    name: front.name,
    kind: front.kind,
    city: front.city ?? null,
    country: front.country ?? null,
    venue: front.venue ?? null,
    start: front.start ?? null,
    end: front.end ?? null,
    slidesPages: [front.schedule ?? null, post.eventSlides],
    anchors: anchorsOf(post, front.name),
    posts,
  };
}

/**
 * The conference a co-located day's front matter gives the week of (`conference:`): the KubeCon + CloudNativeCon of its
 * region and year, in its city, which no post of ours is about alone.
 */
function conferenceWeek(post: ParsedPost): Sighting | null {
  const front = post.meta.frontEvent;
  if (!front?.conference) return null;
  const name = conferenceOf(front.name);
  return {
    rank: RANK.front,
    lang: post.meta.lang,
    name,
    kind: 'kubecon',
    city: front.city ?? null,
    country: front.country ?? null,
    venue: null,
    start: front.conference.start,
    end: front.conference.end,
    slidesPages: [],
    anchors: [],
    posts: [postOf(post)],
  };
}

/** The post as one of an event's sources. */
export function postOf(post: ParsedPost): SightingPost {
  return { url: post.meta.url, date: post.meta.date, lang: post.meta.lang, about: `${post.meta.title} ${post.meta.description}` };
}

/**
 * The links of the post's passages (or of those `keep` selects) about `event`: not those of a sentence about another year,
 * nor of a section about another event.
 */
export function anchorsOf(post: ParsedPost, event: string, keep: (draft: ParsedPost['passages'][number]) => boolean = () => true): Anchor[] {
  const year = yearOfName(event);
  const kind = eventKind(event);
  return post.passages
    .filter((draft) => keep(draft) && !isOtherEventsSection(draft.passage.headings, kind))
    .flatMap((draft) => anchorsOfYear(draft.passage.text, draft.anchors, year));
}

/** The post's own text, first the parts that introduce the event. */
function textsOf(post: ParsedPost): string[] {
  return [post.meta.title, post.meta.description, ...post.passages.map((draft) => draft.passage.text)];
}

function fromPost(post: ParsedPost): Sighting | null {
  const { meta } = post;
  if (!meta.event) return null;
  const texts = textsOf(post);
  const place = eventPlace(texts);
  const [start, end] = eventDates(texts, place, meta.event, meta.date);
  const name = withYear(meta.event, start);
  return {
    rank: meta.date ? RANK.post : RANK.page,
    lang: meta.lang,
    name,
    kind: eventKind(name),
    city: place?.city ?? null,
    country: place?.country ?? null,
    // A venue is only ever what our own posts' front matter names.
    venue: null,
    start,
    end,
    slidesPages: [post.eventSlides],
    anchors: anchorsOf(post, name),
    posts: meta.date ? [postOf(post)] : [],
  };
}

function slug(key: string): string {
  return key.replace(/\s+/g, '-');
}

/** One event from every sighting of it, the better-ranked sighting deciding each field. */
function merge(key: string, sightings: Sighting[]): EventInfo {
  const ordered = [...sightings].sort((a, b) => a.rank - b.rank);
  const best = ordered[0] as Sighting;
  const dated = ordered.find((sighting) => sighting.start !== null);
  const posts = new Map<string, SightingPost>();
  for (const sighting of ordered) for (const post of sighting.posts) if (!posts.has(post.url)) posts.set(post.url, post);
  const located = ordered.find((sighting) => sighting.city !== null);
  // The venue goes with the city it is in: that of the sighting that gives the city.
  const placed = ordered.find((sighting) => sighting.venue !== null && sighting.city === (located?.city ?? null));
  const links = eventLinksOf(
    best,
    ordered.flatMap((sighting) => sighting.anchors),
    ordered.flatMap((sighting) => sighting.slidesPages),
  );
  const byDate = [...posts.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const start = dated?.start ?? null;
  return {
    id: `${best.lang}:${slug(key)}`,
    name: best.name,
    kind: best.kind,
    city: located?.city ?? null,
    country: located?.country ?? null,
    venue: placed?.venue ?? null,
    start,
    end: dated?.end ?? null,
    parent: null,
    posts: byDate.map((post) => post.url),
    sources: byDate.map((post) => ({ url: post.url, role: roleOf(post, start), lang: post.lang, date: post.date })),
    slides: links.slides[0] ?? null,
    links,
    lang: best.lang,
  };
}

/**
 * Every event the posts are about or announce, one per event and language, newest first. `extra`
 * adds what the sections of posts say (an Istio Day section in a KubeCon recap, a maintainer track).
 */
export function extractEvents(posts: readonly ParsedPost[], extra: readonly Sighting[] = []): EventInfo[] {
  const groups = new Map<string, Sighting[]>();
  const add = (sighting: Sighting): void => {
    const group = groupKey(sighting.lang, sighting.name);
    groups.set(group, [...(groups.get(group) ?? []), sighting]);
  };
  for (const post of posts) {
    const own = fromFrontMatter(post) ?? fromPost(post);
    if (own) add(own);
    const week = conferenceWeek(post);
    if (week) add(week);
    if (!post.meta.frontEvent) announced(post, own).forEach(add);
  }
  extra.forEach(add);
  const events = joinTwins(groups, merge, (sighting) => sighting.rank === RANK.front);
  const when = (event: EventInfo): string => event.start ?? String(nameYear(event.name) ?? '');
  return events.sort((a, b) => when(b).localeCompare(when(a)) || a.name.localeCompare(b.name) || a.lang.localeCompare(b.lang));
}
