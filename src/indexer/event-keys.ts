/** How two spellings of one event meet, and what kind of event a name is. */
import { kindIn } from '../domain/index.js';
import type { EventInfo, EventKind, Lang } from '../model/index.js';
import { fold } from '../store/index.js';

/** Lower case, accents and diacritics removed, spaces collapsed: "José  Pérez" and "jose perez" match. */
export function normalizeForMatch(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** The key two names of one event share: "KubeCon + CloudNativeCon NA 2019" and "KubeCon North America 2019". */
export function eventKey(name: string): string {
  return normalizeForMatch(name)
    .replace(/kubecon\s*\+?\s*cloudnativecon/g, 'kubecon')
    .replace(/\bna\b/g, 'north america')
    .replace(/\beu\b/g, 'europe')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kind of an event, from its name. */
export function eventKind(name: string): EventKind {
  const kind = kindIn(name);
  if (kind) return kind.kind;
  if (/virtual|online|stream|webinar|线上|直播/i.test(name)) return 'virtual';
  return 'other';
}

/** The key of an event among the events of its language. */
export function groupKey(lang: Lang, name: string): string {
  return `${lang}|${eventKey(name)}`;
}


/**
 * One event per group of sightings, a group that names an event differently from our own post about it ("The first
 * local Istio meetup is here!" read as "Istio Meetup 2021" beside the front matter's "Istio Meetup China 2021")
 * joined to that event when they share kind, first day and city: two events for one would leave a question about it
 * two to choose from, and no line.
 */
export function joinTwins<S>(groups: ReadonlyMap<string, S[]>, merge: (key: string, sightings: S[]) => EventInfo, declared: (sighting: S) => boolean): EventInfo[] {
  const entries = [...groups.entries()].map(([group, sightings]) => {
    const key = group.slice(group.indexOf('|') + 1);
    return { key, sightings, joined: false, event: merge(key, sightings) };
  });
  const twinOf = ({ lang, kind, start, city }: EventInfo) =>
    entries.find(({ sightings, event }) => sightings.some(declared) && event.lang === lang && event.kind === kind && event.start === start && event.city === city);
  const gone = new Set<EventInfo>();
  for (const entry of entries) {
    const twin = entry.sightings.some(declared) || !entry.event.start || !entry.event.city ? undefined : twinOf(entry.event);
    if (!twin) continue;
    twin.sightings = [...twin.sightings, ...entry.sightings];
    twin.joined = true;
    gone.add(entry.event);
  }
  return entries.filter(({ event }) => !gone.has(event)).map((entry) => (entry.joined ? merge(entry.key, entry.sightings) : entry.event));
}
