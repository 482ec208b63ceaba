/**
 * A talk told in both languages is one talk: the copies in a post and its translation that share a
 * video or a session page meet, and so do a copy whose link is still to come and the one copy of the
 * translation told between the same landmarks (`Outline`) by the same speakers; the first copy
 * (English, when there is one) keeps both titles, every link and format note of either copy, and the speakers'
 * organisations either copy gives.
 */
import { mergedFormat } from '../domain/index.js';
import type { Talk } from '../model/index.js';
import { talkKey } from './talks.js';
import type { ParsedPost } from './types.js';

function absorb(kept: Talk, other: Talk): void {
  kept.titles = { ...other.titles, ...kept.titles };
  kept.urls = { ...other.urls, ...kept.urls };
  kept.video ??= other.video;
  kept.slides ??= other.slides;
  kept.schedule ??= other.schedule;
  kept.format = mergedFormat(kept.format, other.format);
  if (kept.people.length === 0) {
    kept.people = other.people;
    kept.speakers = other.speakers;
  } else {
    for (const person of kept.people) {
      person.organisation ??= other.people.find((candidate) => candidate.name === person.name)?.organisation ?? null;
    }
  }
  kept.organisations = [...new Set([...kept.organisations, ...kept.people.flatMap((person) => (person.organisation ? [person.organisation] : []))])];
  kept.eventId ??= other.eventId;
  kept.event ??= other.event;
  kept.date ??= other.date;
}

const hasLink = (talk: Talk): boolean => Boolean(talk.video ?? talk.slides ?? talk.schedule);

/** Where a copy of a talk stands: its post's translation and the stretches between landmarks its passage covers. */
interface Place {
  translation: string;
  /** The post's landmarks: segment numbers of two copies compare only when these are the same. */
  landmarks: string;
  segments: Set<number>;
}

function placesOf(posts: readonly ParsedPost[]): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const post of posts) {
    for (const draft of post.passages) {
      const segments = new Set((draft.sources ?? []).flatMap((source) => post.outline?.units[source.unit]?.segment ?? []));
      places.set(draft.passage.id, { translation: draft.passage.translationKey, landmarks: post.outline?.landmarks.join(' ') ?? '', segments });
    }
  }
  return places;
}

/** What names a copy by its people: the translation, its speakers in order (none without speakers). */
function peopleKey(talk: Talk, places: ReadonlyMap<string, Place>): string | null {
  const place = places.get(talk.passageId);
  return place && talk.speakers.length ? `${place.translation}|${[...talk.speakers].sort().join('|')}` : null;
}

/**
 * Each copy without a link (its recording "to be added") with the one copy in the other language that
 * has a link, the same speakers and a passage between the same landmarks; a pair that is not the
 * only one of its speakers on either side is no proof.
 */
function byPeople(talks: readonly Talk[], places: ReadonlyMap<string, Place>): Map<Talk, Talk> {
  const groups = new Map<string, Talk[]>();
  for (const talk of talks) {
    const key = peopleKey(talk, places);
    if (key) groups.set(key, [...(groups.get(key) ?? []), talk]);
  }
  const pairs = new Map<Talk, Talk>();
  for (const group of groups.values()) {
    const [a, b, ...more] = group;
    if (!a || !b || more.length || a.lang === b.lang || hasLink(a) === hasLink(b)) continue;
    const one = places.get(a.passageId);
    const other = places.get(b.passageId);
    if (!one || one.landmarks !== other?.landmarks || ![...one.segments].some((segment) => other.segments.has(segment))) continue;
    const [kept, absorbed] = a.lang === 'en' ? [a, b] : [b, a];
    pairs.set(absorbed, kept);
  }
  return pairs;
}

/** The talks with each translated pair merged into its first copy, English first. */
export function mergeTranslations(talks: readonly Talk[], posts: readonly ParsedPost[]): Talk[] {
  const translationOf = new Map<string, string>();
  for (const post of posts) for (const { passage } of post.passages) translationOf.set(passage.id, passage.translationKey);
  const places = placesOf(posts);
  const ordered = [...talks].sort((a, b) => (a.lang === b.lang ? 0 : a.lang === 'en' ? -1 : 1));
  const kept = new Map<string, Talk>();
  const result: Talk[] = [];
  for (const talk of ordered) {
    const key = talkKey(talk);
    // A title alone is no proof that two copies are one talk: only a shared video or session page is.
    const shared = key.startsWith('t:') ? null : `${translationOf.get(talk.passageId) ?? talk.passageId}|${key}`;
    const first = shared ? kept.get(shared) : undefined;
    if (first && first.lang !== talk.lang) {
      absorb(first, talk);
      continue;
    }
    if (shared && !first) kept.set(shared, talk);
    result.push(talk);
  }
  for (const [other, kept] of byPeople(result, places)) {
    absorb(kept, other);
    result.splice(result.indexOf(other), 1);
  }
  const position = new Map(talks.map((talk, i) => [talk, i]));
  return result.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
