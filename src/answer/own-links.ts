/**
 * Which of an event's links are its own, for a line that names the link by the event: the index files a conference's
 * landing page and the page of its co-located Istio Day (where a recap says the week's slides are) with its schedules,
 * and neither is the conference's schedule. Pure.
 */
import { isColocatedPageOfAnother, isLandingPage } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';
import type { EventLinkKind } from './direct.js';

/** The links of `kind` that are the event's own; of its schedules, neither another event's page nor a landing page. */
export function ownLinks(event: EventInfo, kind: EventLinkKind): readonly string[] {
  if (kind !== 'schedule') return event.links[kind];
  return event.links.schedule.filter((url) => !isColocatedPageOfAnother(url, event.name) && !isLandingPage(url));
}

/** The event's landing page (its site, where a conference took registrations and kept its programme), or undefined. */
export function landingPageOf(event: EventInfo): string | undefined {
  return [...event.links.schedule, ...event.links.register, ...event.posts].find(isLandingPage);
}
