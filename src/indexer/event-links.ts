/**
 * An event's links by kind, from the links of the passages about it. Only a deck, or a page the post
 * says holds the slides and that is no schedule or landing page, is called slides; sched and Linux
 * Foundation event pages are the schedule; playlists and recording links are the recordings.
 * A talk's own session page or video is the talk's, not the event's.
 */
import type { EventInfo, EventKind, EventLinks } from '../model/index.js';
import { CALL_FOR_PROPOSALS, isScheduleOrLanding, isSchedSession, kindIn, normalizeYouTube, parseUrl, regionIn, SCHEDULE, youtubeId } from '../domain/index.js';
import { isSlideDeck } from './talk-links.js';
import type { Anchor } from './types.js';

/** Hosts whose pages are an event's programme or landing page (cncf.io itself, not its store or other sites). */
const EVENT_HOSTS = /(?:^|\.)(?:sched\.com|sched\.co)$|^(?:events\.linuxfoundation\.org|cncf\.io)$/;

/**
 * Words that say a video link holds the event's recordings. Not "video" or a bare 视频: "a video of
 * contributors congratulating Istio" (一段……的视频) is one film shown at the event, not its recordings.
 */
const RECORDING_TEXT = /\b(?:recordings?|playlist|videos|replays?|watch)\b|录像|回放|(?:所有|全部|完整)\S{0,6}视频/i;
const REGISTER = /\bregist(?:er|ration)\b|注册|报名/i;
/** Sessionize hosts the calls for proposals of CNCF events. */
const CFP_HOST = /(?:^|\.)sessionize\.com$/;
const SLIDES_TEXT = /\bslides?\b|slide decks?|幻灯片|演示文稿/i;

export function emptyEventLinks(): EventLinks {
  return { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] };
}

/** A page without the part after `#`: "…/istio-day/#about" and "…/istio-day/" are one page, linked once. */
const pageOf = (url: string): string => url.replace(/#.*$/, '');

function add(links: EventLinks, kind: keyof EventLinks, url: string): void {
  if (url && !links[kind].some((known) => pageOf(known) === pageOf(url))) links[kind].push(url);
}

/** Where one link of a passage about the event goes, judged by its URL and its anchor text; null for a talk's own link or plain context. */
export function eventLinkKind(url: string, text: string): keyof EventLinks | null {
  if (isSchedSession(url)) return null;
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (youtubeId(url)) return RECORDING_TEXT.test(text) && !/^▶/.test(text.trim()) ? 'recordings' : null;
  if (normalizeYouTube(url)) return 'recordings';
  if (CFP_HOST.test(parsed.hostname) || CALL_FOR_PROPOSALS.test(decodeURI(parsed.pathname + parsed.hash)) || CALL_FOR_PROPOSALS.test(text)) return 'cfp';
  if (REGISTER.test(text) || /\/regist/i.test(parsed.pathname)) return 'register';
  if (isSlideDeck(url)) return SLIDES_TEXT.test(text) ? 'slides' : null;
  if (EVENT_HOSTS.test(parsed.hostname.replace(/^www\./, '')) && isScheduleOrLanding(url)) return 'schedule';
  if (SLIDES_TEXT.test(text)) return isScheduleOrLanding(url) ? 'schedule' : 'slides';
  // "You can now find the full schedule": the page the post calls the schedule is the schedule.
  return SCHEDULE.test(text) ? 'schedule' : null;
}

/** A co-located event's own page on the conference site: `/co-located-events/istio-day/`, `/features-add-ons/maintainer-summit/`. */
const COLOCATED_PAGE = /\/(?:[\w-]*co-located-events|features-add-ons)\/(?!cfp)([\w-]+)/;

/** Kinds of event not held at a KubeCon. */
const STANDALONE: ReadonlySet<EventKind> = new Set<EventKind>(['istiocon', 'meetup', 'birthday', 'launch', 'virtual']);

/**
 * Whether a section is about another edition of an event held on its own, named with its year: the birthday post's
 * "Looking back at IstioCon 2021" links IstioCon's recordings, not the birthday's. A heading that names a kind alone
 * ("The meetup" of a birthday) is about the event's own parts.
 */
export function isOtherEventsSection(headings: readonly string[], kind: EventKind): boolean {
  return headings.some((heading) => {
    const named = kindIn(heading)?.kind;
    return named !== undefined && named !== kind && STANDALONE.has(named) && /\b(?:19|20)\d\d\b/.test(heading);
  });
}

/** What an event is, for telling its links from another event's. */
export type LinkedEvent = Pick<EventInfo, 'name' | 'kind'>;

/** The words of a link's host and path: "events linuxfoundation org kubecon cloudnativecon north america …". */
function linkWords(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed ? `${parsed.hostname} ${parsed.pathname}`.toLowerCase().replace(/[-_/.]+/g, ' ') : null;
}

/** Whether a link is the conference site of another region (`kubecon-cloudnativecon-north-america/…` for a European event). */
function isOtherRegionsLink(words: string, event: LinkedEvent): boolean {
  const region = regionIn(words);
  const own = regionIn(event.name);
  return region !== null && own !== null && region !== own;
}

/**
 * Whether a link is another event's page: another region's, or the page of a co-located event
 * (Istio Day, the Maintainer Summit) or of IstioCon for any other event. The passages about an
 * event link to next year's and to its neighbours' pages too.
 */
export function isOtherEventsLink(url: string, event: LinkedEvent): boolean {
  const words = linkWords(url);
  if (words === null) return false;
  if (isOtherRegionsLink(words, event)) return true;
  if (/\bistio ?day\b/.test(words) && event.kind !== 'istio-day') return true;
  if (/\bistiocon\b/.test(words) && event.kind !== 'istiocon') return true;
  // A KubeCon's pages are no page of an event held on its own (IstioCon 2022 online), unless the
  // page is that KubeCon of the event's own region (IstioCon China 2023, held with KubeCon China).
  if (/\bkubecon\b/.test(words) && STANDALONE.has(event.kind) && (regionIn(words) === null || regionIn(words) !== regionIn(event.name))) return true;
  const page = COLOCATED_PAGE.exec(parseUrl(url)?.pathname ?? '')?.[1];
  return page !== undefined && !/istio-?day|istiocon/.test(page) && !event.name.toLowerCase().includes(page.replace(/-/g, ' '));
}

/**
 * The event's links from the anchors of the passages about it, never another event's pages; and the
 * page its posts say holds its slides, unless it is another region's ("the slides of every session
 * are on the Istio Day schedule" in a KubeCon recap says where the week's slides are).
 */
export function eventLinksOf(event: LinkedEvent, anchors: readonly Anchor[], slidesPages: readonly (string | null)[]): EventLinks {
  const links = emptyEventLinks();
  for (const page of slidesPages) {
    const words = page ? (linkWords(page) ?? '') : '';
    // A birthday post that recalls IstioCon says where IstioCon's slides are, not its own.
    const istioCons = /\bistiocon\b/.test(words) && event.kind !== 'istiocon';
    if (page && !isOtherRegionsLink(words, event) && !istioCons) add(links, isScheduleOrLanding(page) ? 'schedule' : 'slides', normalizeYouTube(page) ?? page);
  }
  for (const anchor of anchors) {
    if (isOtherEventsLink(anchor.url, event)) continue;
    const kind = eventLinkKind(anchor.url, anchor.text);
    if (kind) add(links, kind, normalizeYouTube(anchor.url) ?? anchor.url);
  }
  return links;
}
