/**
 * One talk, one event, one title across posts. An announcement, a recap and the project's own post
 * often name the same talk (the same recording or session page): a recap tells the week's story and
 * leaves a talk at the conference, where another post places it at the co-located Istio Day or in
 * the maintainer track; a recap's sentence links the talk by a few of its words ("a roadmap update
 * session"), where a list gives its title. Every copy takes the narrower event and the listed title.
 */
import { parseUrl, youtubeId } from '../domain/index.js';
import type { EventInfo, Talk } from '../model/index.js';
import { isListed } from './talks.js';

/** What names one talk whatever post tells it: its video and its session on the schedule. */
function linkKeys(talk: Talk): string[] {
  const keys: string[] = [];
  const video = talk.video ? youtubeId(talk.video) : null;
  if (video) keys.push(`v:${video}`);
  const path = talk.schedule ? parseUrl(talk.schedule)?.pathname : undefined;
  const session = path ? /^\/(?:event\/)?(\w+)/.exec(path)?.[1] : undefined;
  if (session) keys.push(`s:${session}`);
  return keys;
}

/** The copies of each talk, every talk with all the talks that share one of its links. */
function copiesOf(talks: readonly Talk[]): Map<Talk, Talk[]> {
  const byKey = new Map<string, Talk[]>();
  for (const talk of talks) for (const key of linkKeys(talk)) byKey.set(key, [...(byKey.get(key) ?? []), talk]);
  const copies = new Map<Talk, Talk[]>();
  for (const talk of talks) copies.set(talk, [...new Set(linkKeys(talk).flatMap((key) => byKey.get(key) ?? []))]);
  return copies;
}

/**
 * The event the listed copies of a talk (list items and talk lines, whose place in the post is its
 * structure, not a sentence's guess) agree on: the narrowest one, when only one is narrowest.
 */
function listedEvent(copies: readonly Talk[], partOf: (name: string) => string | null): string | null {
  const named = new Set(copies.filter(isListed).flatMap((copy) => (copy.event ? [copy.event] : [])));
  const narrowest = [...named].filter((name) => ![...named].some((other) => partOf(other) === name));
  return narrowest.length === 1 ? (narrowest[0] ?? null) : null;
}

/**
 * Every copy of a talk goes to the event its listed copies agree on, when that event is in the week
 * of the copy's own (the conference, or a day or track within it), or when the copy is a sentence's
 * link: a list places a talk, a recap's sentence only tells of it, and a call to register for
 * IstioCon 2022 that links last year's recordings tells of IstioCon 2021's talks. When the lists name
 * two events, nothing says which is right and each copy stays. Copies titled by a sentence's words
 * take a listed copy's titles.
 */
export function placeCopies(talks: readonly Talk[], events: readonly EventInfo[]): void {
  const byId = new Map(events.map((event) => [event.id, event]));
  const byName = new Map(events.map((event) => [`${event.lang}|${event.name}`, event]));
  const parents = new Map(events.map((event) => [event.name, event.parent ? (byId.get(event.parent)?.name ?? null) : null]));
  const partOf = (name: string): string | null => parents.get(name) ?? null;
  const conference = (name: string): string => partOf(name) ?? name;
  for (const [talk, copies] of copiesOf(talks)) {
    const target = listedEvent(copies, partOf);
    const moves = target !== null && (!isListed(talk) || (talk.event !== null && conference(target) === conference(talk.event)));
    const event = moves ? byName.get(`${talk.lang}|${target}`) : undefined;
    if (event) {
      talk.event = event.name;
      talk.eventId = event.id;
      talk.date = event.start;
    }
    if (isListed(talk)) continue;
    const titled = copies.find((copy) => copy !== talk && isListed(copy) && copy.titles[talk.lang] !== undefined);
    if (titled) {
      talk.title = titled.titles[talk.lang] ?? talk.title;
      talk.titles = { ...titled.titles };
    }
  }
}
