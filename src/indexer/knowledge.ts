/**
 * The talks and events of a set of parsed posts. Each talk and each passage is attributed to the
 * event its section is about (a KubeCon recap's "Istio Day" section is the Istio Day's); every event
 * so named becomes an event of its own, tied to its conference; then talks and passages take the
 * event's date.
 */
import { findDates, isoDate } from '../domain/index.js';
import type { EventInfo, Talk } from '../model/index.js';
import { namesEvent } from './audit.js';
import { linkParents } from './event-tree.js';
import { shareTwinLinks } from './twin-links.js';
import { eventKind, groupKey } from './event-keys.js';
import { anchorsOf, extractEvents, postOf, type Sighting } from './events.js';
import { headingScope, scopeIn, scopeName, talkScope } from './talk-events.js';
import { placeCopies } from './talk-places.js';
import { mergeTranslations } from './talk-translations.js';
import { extractTalks, isPlaceholder } from './talks.js';
import type { ParsedPost, PassageDraft } from './types.js';

/** The rank of an event a post's section names (see `Sighting.rank`: a passing mention's). */
const SECTION_RANK = 3;

const KUBECON_WORDS = /\bkube ?con\b|\bcloud ?native ?con\b/i;

/**
 * The event the headings of a passage name, in the week of the post's event `base`. Under a heading
 * that names several ("Istio Day and Key Sessions"), the passage's own first sentence says which.
 */
function headingEvent(draft: PassageDraft, base: string): string | null {
  for (const heading of [...draft.passage.headings].reverse()) {
    if (!scopeIn(heading)) continue;
    const scope = headingScope(heading) ?? scopeIn(draft.passage.text.split(/(?<=[.!?。！？])\s*/)[0] ?? '');
    return scope ? scopeName(scope, base) : null;
  }
  return null;
}

/**
 * The day a section gives its event ("at the Maintainer Summit on 31 March 2025"), when it gives one
 * full date and only one; else none, and the event takes its conference's dates.
 */
function ownDay(drafts: readonly PassageDraft[], name: string): { start: string | null; end: string | null } {
  const year = /\b(20\d\d)\b/.exec(name)?.[1];
  const days = new Set<string>();
  for (const { passage } of drafts) {
    for (const mention of findDates(passage.text)) {
      if (mention.until || mention.year === null || String(mention.year) !== year) continue;
      days.add(isoDate(mention.year, mention.month, mention.day));
    }
  }
  const [day] = days;
  return days.size === 1 && day ? { start: day, end: day } : { start: null, end: null };
}

/** The events a post's sections are about besides its own, with the passages about each. */
function sectionSightings(post: ParsedPost, talks: readonly Talk[]): Sighting[] {
  const base = post.meta.event;
  if (!base) return [];
  const names = new Map<string, PassageDraft[]>();
  const note = (name: string | null, draft?: PassageDraft): void => {
    if (!name || groupKey(post.meta.lang, name) === groupKey(post.meta.lang, base)) return;
    names.set(name, [...(names.get(name) ?? []), ...(draft ? [draft] : [])]);
  };
  for (const draft of post.passages) note(draft.passage.event === base ? null : draft.passage.event, draft);
  for (const talk of talks) note(talk.event);
  return [...names.entries()].map(([name, drafts]) => ({
    rank: SECTION_RANK,
    lang: post.meta.lang,
    name,
    kind: eventKind(name) === 'other' ? 'co-located' : eventKind(name),
    city: null,
    country: null,
    venue: null,
    ...ownDay(drafts, name),
    posts: post.meta.date ? [postOf(post)] : [],
    slidesPages: [],
    anchors: anchorsOf(post, name, (draft) => drafts.includes(draft)),
  }));
}

/**
 * A post about a conference that names one of its co-located events or tracks ("Istio Day is on
 * 12 November") is about that event too, in the role it has for the conference.
 */
function sharePosts(events: readonly EventInfo[], texts: ReadonlyMap<string, string>): void {
  const byId = new Map(events.map((event) => [event.id, event]));
  for (const event of events) {
    const parent = event.parent ? byId.get(event.parent) : undefined;
    if (!parent) continue;
    for (const source of parent.sources) {
      if (event.posts.includes(source.url) || !namesEvent(event, texts.get(source.url) ?? '')) continue;
      event.sources.push(source);
    }
    event.sources.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    event.posts = event.sources.map((source) => source.url);
  }
}

/**
 * A Chinese translation's section event that its English original does not name is the
 * translator's wording, not an event: the zh KubeCon Europe 2026 post calls the Cloud Native
 * Theater sessions "Istio Day 议题", and there was no Istio Day Europe 2026. Its talks and passages
 * stay with the post's own event.
 */
function dropUnoriginalEvents(posts: readonly ParsedPost[], texts: ReadonlyMap<string, string>, sightings: Sighting[], talks: Talk[]): void {
  const originals = new Map(posts.filter((post) => post.meta.lang === 'en').map((post) => [post.meta.translationKey, texts.get(post.meta.url) ?? '']));
  for (const post of posts) {
    const original = originals.get(post.meta.translationKey);
    if (post.meta.lang !== 'zh' || !post.meta.event || original === undefined) continue;
    const dropped = sightings.filter((sighting) => sighting.rank === SECTION_RANK && sighting.posts.some((source) => source.url === post.meta.url) && !namesEvent(sighting, original));
    if (!dropped.length) continue;
    const names = new Set(dropped.map((sighting) => sighting.name));
    sightings.splice(0, sightings.length, ...sightings.filter((sighting) => !dropped.includes(sighting)));
    for (const talk of talks) if (talk.url.startsWith(post.meta.url) && talk.event !== null && names.has(talk.event)) talk.event = post.meta.event;
    for (const { passage } of post.passages) if (passage.event !== null && names.has(passage.event)) passage.event = post.meta.event;
  }
}

/** Each post listed by exactly one event, by the language of that event and the post's URL: the event it is about. */
function listedBy(events: readonly EventInfo[]): Map<string, EventInfo> {
  const listing = new Map<string, EventInfo | null>();
  for (const event of events) {
    for (const url of event.posts) {
      const key = `${event.lang} ${url}`;
      listing.set(key, listing.has(key) ? null : event);
    }
  }
  return new Map([...listing].flatMap(([key, event]) => (event ? [[key, event] as const] : [])));
}

/** The talks and events of the posts: what `buildCorpus` takes as its `extract` option. */
export function extractKnowledge(posts: readonly ParsedPost[]): { talks: Talk[]; events: EventInfo[] } {
  const talks: Talk[] = [];
  const sightings: Sighting[] = [];
  const texts = new Map<string, string>();
  for (const post of posts) {
    const base = post.meta.event;
    texts.set(post.meta.url, [post.meta.title, post.meta.description, ...post.passages.map((draft) => draft.passage.text)].join('\n'));
    if (base) for (const draft of post.passages) draft.passage.event = headingEvent(draft, base) ?? base;
    const own = extractTalks(post, (draft, span, spans) => {
      if (!base) return null;
      const scope = talkScope(draft, span, spans);
      return scope ? scopeName(scope, base) : (draft.passage.event ?? base);
    });
    talks.push(...own);
    sightings.push(...sectionSightings(post, own));
  }
  dropUnoriginalEvents(posts, texts, sightings, talks);
  const events = linkParents(extractEvents(posts, sightings), (url) => KUBECON_WORDS.test(texts.get(url) ?? ''));
  sharePosts(events, texts);
  shareTwinLinks(events);
  const byKey = new Map(events.map((event) => [groupKey(event.lang, event.name), event]));
  for (const talk of talks) {
    const event = talk.event ? byKey.get(groupKey(talk.lang, talk.event)) : undefined;
    talk.eventId = event?.id ?? null;
    talk.event = event?.name ?? talk.event;
    talk.date = event?.start ?? null;
  }
  const listing = listedBy(events);
  for (const post of posts) {
    for (const { passage } of post.passages) {
      const named = passage.event ? byKey.get(groupKey(passage.lang, passage.event)) : undefined;
      // "The first local Istio meetup is here!" names "Istio Meetup 2021", no event's name: the event that lists the
      // post among its own (Istio Meetup China 2021) is the one it is about.
      const event = named ?? (passage.event ? listing.get(`${passage.lang} ${post.meta.url}`) : undefined);
      if (event) passage.event = event.name;
      passage.published = passage.date;
      if (event?.start) passage.date = event.start;
    }
  }
  const merged = mergeTranslations(talks, posts).filter((talk) => !isPlaceholder(talk));
  placeCopies(merged, events);
  return { talks: merged, events };
}
