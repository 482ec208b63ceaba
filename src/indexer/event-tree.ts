/**
 * Ties events together once every post is read: a co-located event (an Istio Day, Observability Day,
 * a maintainer track, a ContribFest) belongs to the KubeCon + CloudNativeCon of its region and year.
 * The conference is created when the posts name it but no post is about it alone. A track or
 * co-located event whose own day the posts do not give takes its conference's dates (marked `weekOf`)
 * and city: it was held within that week, and the week is what the posts support. A conference takes the venue its
 * Istio Day's post names, and its maintainer track and ContribFest, its own sessions, take the
 * conference's; a co-located day takes no venue from the conference.
 */
import type { EventInfo } from '../model/index.js';
import { emptyEventLinks } from './event-links.js';
import { eventKey } from './event-keys.js';
import { roleOf } from './event-roles.js';
import { conferenceOf } from './talk-events.js';

const PART_OF_A_CONFERENCE = new Set<EventInfo['kind']>(['istio-day', 'co-located', 'maintainer-track', 'contribfest']);

/**
 * The tracks of a conference: sessions of the conference itself, held where it is held. A co-located
 * day (an Istio Day, Observability Day) may be held elsewhere in the city: it keeps its own venue, or none.
 */
const AT_THE_CONFERENCE = new Set<EventInfo['kind']>(['maintainer-track', 'contribfest']);

/**
 * The venue an event gives its conference: an Istio Day's, whose posts name the venue as the
 * conference's ("co-located with KubeCon + CloudNativeCon Europe … at the RAI in Amsterdam").
 */
function venueFor(event: EventInfo): string | null {
  return event.kind === 'istio-day' ? event.venue : null;
}

/** Whether the text of a post names a KubeCon, so that it says what the event is co-located with. */
export type NamesConference = (postUrl: string) => boolean;

/**
 * Sets `parent` (creating the conference when the posts name it) and fills missing dates and city
 * from it, and the venue as above. A conference whose own dates the posts do not give starts on its
 * dated Istio Day.
 */
export function linkParents(events: EventInfo[], namesConference: NamesConference): EventInfo[] {
  const byKey = new Map(events.map((event) => [`${event.lang}|${eventKey(event.name)}`, event]));
  const created: EventInfo[] = [];
  // Dated days first, so that a conference they date is dated for the tracks that follow.
  const ordered = [...events].sort((a, b) => Number(b.start !== null) - Number(a.start !== null));
  for (const event of ordered) {
    if (!PART_OF_A_CONFERENCE.has(event.kind) || !/\b20\d\d\b/.test(event.name)) continue;
    const name = conferenceOf(event.name);
    const key = `${event.lang}|${eventKey(name)}`;
    let parent = byKey.get(key);
    if (!parent) {
      const sources = event.sources.filter((source) => namesConference(source.url));
      if (sources.length === 0) continue;
      parent = {
        id: `${event.lang}:${eventKey(name).replace(/\s+/g, '-')}`,
        name,
        kind: 'kubecon',
        city: event.city,
        country: event.country,
        venue: venueFor(event),
        // The co-located day opens the conference week; its last day is not known.
        start: event.start,
        end: null,
        parent: null,
        posts: sources.map((source) => source.url),
        sources: sources.map((source) => ({ ...source, role: roleOf({ ...source, about: '' }, event.start) })),
        slides: null,
        links: emptyEventLinks(),
        lang: event.lang,
      };
      byKey.set(key, parent);
      created.push(parent);
    }
    if (parent === event) continue;
    event.parent = parent.id;
    if (parent.start === null && event.start !== null) {
      parent.start = event.start;
      parent.end = null;
    }
    if (event.start === null) {
      event.start = parent.start;
      event.end = parent.end;
      event.weekOf = parent.name;
    }
    event.city ??= parent.city;
    event.country ??= parent.country;
    parent.city ??= event.city;
    parent.country ??= event.country;
    if (parent.city === event.city) parent.venue ??= venueFor(event);
  }
  // Once every conference has the venue its Istio Day gives it: its tracks were held there.
  const byId = new Map([...events, ...created].map((event) => [event.id, event]));
  for (const event of events) {
    const parent = event.parent ? byId.get(event.parent) : undefined;
    if (parent && AT_THE_CONFERENCE.has(event.kind) && parent.city === event.city) event.venue ??= parent.venue;
  }
  for (const event of [...events, ...created]) {
    event.sources = event.sources.map((source) => (source.role === 'other' ? { ...source, role: roleOf({ ...source, about: '' }, event.start) } : source));
  }
  return [...events, ...created];
}
