/**
 * Site banners: istio.io announces some events in a banner shown across the site between
 * `period_start` and `period_end`, sending readers to its `link` ("Join us for Istio Day Europe …
 * Register now!"). The banners are files of the headless `events/` bundle, no posts; for Istio Day
 * Europe 2024 and 2025 and North America 2024 no post gives the page they link to as the place to
 * register. A banner's link is kept as a link of the event its title names that is held within its
 * period, of the kind its text says (a registration page for "Register now", "立即注册").
 */
import { parseUrl } from '../domain/index.js';
import type { EventInfo, Lang } from '../model/index.js';
import { eventKind } from './event-keys.js';
import { eventLinkKind, isOtherEventsLink } from './event-links.js';
import { readFrontMatter } from './frontmatter.js';

/** Where Hugo's banners live: `en/events/banners/istio-day-eu-2024.md`. */
const BANNER_PATH = /^(en|zh)\/events\/banners\/[^/]+\.md$/i;

export function isBannerPath(path: string): boolean {
  return BANNER_PATH.test(path);
}

/** What a banner says: the event its title names, when it is shown, where it sends readers, and its text. */
export interface Banner {
  path: string;
  lang: Lang;
  title: string;
  from: string;
  until: string;
  /** The front-matter `link` the whole banner sends readers to; null when only links in its text do ("[Register now!](…)"). */
  link: string | null;
  text: string;
  /** The file as written, for its passage (see `banner-passages.ts`). */
  source: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const dayOf = (value: unknown): string | null => (typeof value === 'string' && ISO_DAY.test(value) ? value.slice(0, 10) : value instanceof Date ? value.toISOString().slice(0, 10) : null);

/** The banner a file holds; null when it is no banner or names no title or period. */
export function readBanner(path: string, source: string): Banner | null {
  const lang = BANNER_PATH.exec(path)?.[1]?.toLowerCase();
  if (lang !== 'en' && lang !== 'zh') return null;
  const { front, body } = readFrontMatter(source);
  const from = dayOf(front.period_start);
  const until = dayOf(front.period_end);
  const link = typeof front.link === 'string' && parseUrl(front.link) ? front.link : null;
  if (!front.title || !from || !until) return null;
  return { path, lang, title: front.title, from, until, link, text: body.replace(/\s+/g, ' ').trim(), source };
}

/**
 * Adds each banner's link to the events it announces: of its language, of the kind its title names
 * (never "other": "Istio has applied to join the CNCF" announces no event), starting within the
 * period it is shown, and whose page the link may be.
 */
export function withBannerLinks(events: readonly EventInfo[], banners: readonly Banner[]): void {
  for (const banner of banners) {
    const link = banner.link;
    const linkKind = link ? eventLinkKind(link, banner.text) : null;
    if (!link || !linkKind) continue;
    for (const event of announcedEvents(banner, events)) {
      if (isOtherEventsLink(link, event)) continue;
      if (!event.links[linkKind].includes(link)) event.links[linkKind].push(link);
    }
  }
}

/** The events a banner announces: of its language, of the kind its title names, starting within the period it is shown. */
export function announcedEvents(banner: Banner, events: readonly EventInfo[]): EventInfo[] {
  const kind = eventKind(banner.title);
  if (kind === 'other') return [];
  return events.filter((event) => event.lang === banner.lang && event.kind === kind && event.start !== null && event.start >= banner.from && event.start <= banner.until);
}
