/**
 * A talk told in both languages is one talk: the copies in a post and its translation that share a
 * video or a session page meet, and the first copy (English, when there is one) keeps both titles,
 * every link of either copy, and the speakers' organisations either copy gives.
 */
import type { Talk } from '../model/index.js';
import { talkKey } from './talks.js';
import type { ParsedPost } from './types.js';

function absorb(kept: Talk, other: Talk): void {
  kept.titles = { ...other.titles, ...kept.titles };
  kept.video ??= other.video;
  kept.slides ??= other.slides;
  kept.schedule ??= other.schedule;
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

/** The talks with each translated pair merged into its first copy, English first. */
export function mergeTranslations(talks: readonly Talk[], posts: readonly ParsedPost[]): Talk[] {
  const translationOf = new Map<string, string>();
  for (const post of posts) for (const { passage } of post.passages) translationOf.set(passage.id, passage.translationKey);
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
  const position = new Map(talks.map((talk, i) => [talk, i]));
  return result.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
