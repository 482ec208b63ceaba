/**
 * The knowledge audit: what an index says about events and talks, checked against the passages it
 * came from. A problem is something a user would be misled by (an undated event, a talk not tied to
 * where it was given, a schedule called slides, an event tied to a post that never names it, a
 * venue none of its posts names);
 * a note is something the posts left open (a talk in a post about no event, an event without a city).
 */
import { findPlaces, isScheduleOrLanding, kindIn, REGION_ALIASES, regionIn } from '../domain/index.js';
import type { EventInfo, ParsedPassage, Talk } from '../model/index.js';

export interface AuditInput {
  events: readonly EventInfo[];
  talks: readonly Talk[];
  passages: readonly ParsedPassage[];
}

export interface AuditReport {
  problems: string[];
  notes: string[];
  counts: {
    events: number;
    talks: number;
    /** Talks named in posts that are about no event: left as text, not attributed. */
    talksWithoutEvent: number;
    eventsWithoutCity: number;
    /** Events whose posts name the venue. */
    eventsWithVenue: number;
  };
}

/** Text compared whatever its case and spacing ("花园北路 52 号" is "花园北路52号"). */
const squeezed = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

const lower = (text: string): string => text.toLowerCase();

/** Whether a post's text names the event: its kind (or its own name) and its year, city or region. */
export function namesEvent(event: Pick<EventInfo, 'name' | 'kind' | 'city' | 'start'>, text: string): boolean {
  const year = /\b(20\d\d)\b/.exec(event.name)?.[1];
  const label = event.name.replace(/\s+(?:Europe|North America|China|Japan|India)?\s*20\d\d.*$/, '').trim();
  const kind = kindIn(event.name);
  const namesKind =
    event.kind === 'maintainer-track'
      ? /maintainers?[’']? track|维护者/i.test(text)
      : event.kind === 'co-located'
        ? lower(text).includes(lower(label))
        : kind
          ? kind.pattern.test(text)
          : namesOther(event, text);
  if (!namesKind) return false;
  if (!kind && event.kind !== 'co-located' && event.kind !== 'maintainer-track') return true;
  const city = event.city;
  const region = regionIn(event.name);
  return (
    (year !== undefined && text.includes(year)) ||
    (city !== null && findPlaces(text).some((found) => found.place.city === city)) ||
    (region !== null && REGION_ALIASES[region].some((alias) => (alias.length > 2 || /\p{Script=Han}/u.test(alias)) && lower(text).includes(alias)))
  );
}

/**
 * Whether a text names an event of no known kind ("Istio 4th Birthday Celebration", a launch stream):
 * one of its distinctive words, or the year it took place.
 */
function namesOther(event: Pick<EventInfo, 'name' | 'start'>, text: string): boolean {
  const words = lower(event.name)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((word) => word.length > 2 && word !== 'istio' && !/^20\d\d$/.test(word));
  return words.some((word) => lower(text).includes(word)) || (event.start !== null && text.includes(event.start.slice(0, 4)));
}

export function auditKnowledge({ events, talks, passages }: AuditInput): AuditReport {
  const problems: string[] = [];
  const notes: string[] = [];
  const textOf = new Map<string, string>();
  for (const passage of passages) {
    const key = `${passage.lang}|${passage.postUrl}`;
    textOf.set(key, `${textOf.get(key) ?? `${passage.title}\n`}${passage.headings.join('\n')}\n${passage.text}\n`);
    for (const url of passage.links.slides.filter(isScheduleOrLanding)) problems.push(`passage ${passage.id} calls a schedule or landing page slides: ${url}`);
  }
  const ids = new Set(events.map((event) => event.id));
  for (const event of events) {
    const where = `event "${event.name}" (${event.id})`;
    if (!event.start) problems.push(`${where} has no start date`);
    if (event.start && event.end && event.end < event.start) problems.push(`${where} ends (${event.end}) before it starts (${event.start})`);
    if (event.parent && !ids.has(event.parent)) problems.push(`${where} has a parent that is no event: ${event.parent}`);
    if (!event.city && !['virtual', 'launch', 'birthday', 'other'].includes(event.kind)) notes.push(`${where} has no city`);
    for (const url of [...event.links.slides, ...(event.slides ? [event.slides] : [])]) {
      if (isScheduleOrLanding(url)) problems.push(`${where} calls a schedule or landing page slides: ${url}`);
    }
    const texts: string[] = [];
    for (const source of event.sources) {
      const text = textOf.get(`${source.lang}|${source.url}`);
      // Posts outside the index (a front-matter recap link) cannot be read here.
      if (text === undefined) continue;
      texts.push(text);
      if (!namesEvent(event, text)) problems.push(`${where} is linked to a post that does not name it: ${source.url}`);
    }
    // A venue is only what a post says: one of the event's posts in the index names it.
    const venue = event.venue;
    if (venue !== null && texts.length > 0 && !texts.some((text) => squeezed(text).includes(squeezed(venue)))) {
      problems.push(`${where} has a venue none of its posts names: ${venue}`);
    }
  }
  let talksWithoutEvent = 0;
  for (const talk of talks) {
    const where = `talk "${talk.title}" (${talk.id})`;
    if (!talk.eventId) {
      if (talk.event) problems.push(`${where} names an event that is not in the index: ${talk.event}`);
      else talksWithoutEvent += 1;
    }
    if (talk.slides && isScheduleOrLanding(talk.slides)) problems.push(`${where} calls a schedule or landing page slides: ${talk.slides}`);
  }
  if (talksWithoutEvent > 0) notes.push(`${talksWithoutEvent} talks are named in posts about no event and are not attributed`);
  return {
    problems,
    notes,
    counts: {
      events: events.length,
      talks: talks.length,
      talksWithoutEvent,
      eventsWithoutCity: events.filter((event) => !event.city).length,
      eventsWithVenue: events.filter((event) => event.venue !== null).length,
    },
  };
}
