/**
 * Which of an event's links are its own, for a line that names the link by the event: the index files a conference's
 * landing page and the page of its co-located Istio Day (where a recap says the week's slides are) with its schedules,
 * and neither is the conference's schedule. Pure.
 */
import { isColocatedPageOfAnother, isLandingPage } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';
import type { EventLinkKind } from './direct.js';

/** A blog post's path (`/blog/2023/…`): a post that tells of the call, not where proposals go. */
const BLOG_POST = /\/blog\/\d{4}\//;

/** Whether `url` is a post announcing the event (one of its posts, or a blog post) rather than a page of the event's own. */
const announcing = (event: EventInfo, url: string): boolean => event.posts.includes(url) || BLOG_POST.test(url);

/**
 * The links of `kind` that are the event's own; of its schedules, neither another event's page nor a landing page; of
 * its call for proposals, where proposals were sent (the CNCF portal, Sessionize) before the event's own post that
 * announced the call ("istio day chicago cfp": the portal, not the blog post the passages already cite).
 */
export function ownLinks(event: EventInfo, kind: EventLinkKind): readonly string[] {
  if (kind === 'cfp') return [...event.links.cfp.filter((url) => !announcing(event, url)), ...event.links.cfp.filter((url) => announcing(event, url))];
  if (kind !== 'schedule') return event.links[kind];
  return event.links.schedule.filter((url) => !isColocatedPageOfAnother(url, event.name) && !isLandingPage(url));
}

/** The event's landing page (its site, where a conference took registrations and kept its programme), or undefined. */
export function landingPageOf(event: EventInfo): string | undefined {
  return [...event.links.schedule, ...event.links.register, ...event.posts].find(isLandingPage);
}
