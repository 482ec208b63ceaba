/**
 * What a link is, in one place: the kinds of links the index keeps (videos, slides, schedule, other),
 * the one form of a YouTube link, and the words and labels posts use for them. The indexer classifies
 * with it, the talk extractor and the eval normalise with it, and surfaces label links by its kinds.
 */
import type { Links } from '../model/index.js';

export type LinkKind = keyof Links;

export function emptyLinks(): Links {
  return { videos: [], slides: [], schedule: [], other: [] };
}

/** Adds a link once, keeping first-seen order. */
export function addLink(links: Links, kind: LinkKind, url: string): void {
  if (!links[kind].includes(url)) links[kind].push(url);
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
}

function onHost(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

const YOUTUBE_ID = /^[\w-]{6,20}$/;

/** The id of a single YouTube video, from any form posts use (watch, youtu.be, embed, shorts, live, nocookie), else null. */
export function youtubeId(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const host = hostOf(parsed);
  let id: string | null = null;
  if (host === 'youtu.be') {
    id = parsed.pathname.slice(1).split('/')[0] ?? null;
  } else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, kind, rest] = parsed.pathname.split('/');
    if (kind === 'watch') id = parsed.searchParams.get('v');
    else if (kind === 'embed' || kind === 'shorts' || kind === 'live' || kind === 'v') id = rest ?? null;
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

/** The one form of a YouTube video link the index uses. */
export function youtubeVideoUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}

/**
 * The one form of a YouTube recording link: a video as `https://www.youtube.com/watch?v=ID`, a
 * playlist as `https://www.youtube.com/playlist?list=ID`; null when it is neither.
 */
export function normalizeYouTube(url: string): string | null {
  const id = youtubeId(url);
  if (id) return youtubeVideoUrl(id);
  const parsed = parseUrl(url);
  const list = parsed?.searchParams.get('list');
  if (parsed && list && hostOf(parsed) === 'youtube.com' && parsed.pathname === '/playlist') {
    return `https://www.youtube.com/playlist?list=${list}`;
  }
  return null;
}

/** PDFs that are documents, not decks, wherever they are filed ("…/slides/IstioCon2021-Report.pdf"). */
const NOT_A_DECK = /report|prospectus|audit|assessment|whitepaper/;

/** Hosts whose pages below `/<user>/<deck>` are slide decks. */
const DECK_HOSTS = ['speakerdeck.com', 'slideshare.net', 'slides.com'];

/**
 * A slide deck by its URL alone: a deck on a slide host, a Google Slides presentation, a file
 * attached to a sched.com session, or a PDF whose path says it is a deck (audit reports and sponsor
 * prospectuses are PDFs too, and are not slides).
 */
function isSlideDeck(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = hostOf(parsed);
  const path = safeDecode(parsed.pathname).toLowerCase();
  if (DECK_HOSTS.some((deckHost) => onHost(host, deckHost))) return path.split('/').filter(Boolean).length >= 2;
  if (host === 'docs.google.com') return path.startsWith('/presentation/');
  if (onHost(host, 'sched.com') && path.includes('/hosted_files/')) return true;
  return path.endsWith('.pdf') && /slide|deck|presentation|talk|keynote/.test(path) && !NOT_A_DECK.test(path);
}

/** A PDF of any kind (a deck when the post says so). */
function isPdf(url: URL): boolean {
  return safeDecode(url.pathname).toLowerCase().endsWith('.pdf');
}

/** The page of one session on a sched.com schedule (the short sched.co form or an `/event/` page). */
export function isSchedSession(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = hostOf(parsed);
  if (host === 'sched.co') return /^\/\w+\/?$/.test(parsed.pathname);
  return onHost(host, 'sched.com') && /^\/event\/\w+/.test(parsed.pathname);
}

/** Hosts of conference schedules and event landing pages. */
const SCHEDULE_HOSTS = ['sched.co', 'sched.com', 'events.linuxfoundation.org', 'events.istio.io'];

/** Pages of an event site that are about taking part, not about the program. */
const NOT_A_SCHEDULE = /regist|cfp|call-for-proposals|sponsor|travel|venue|code-of-conduct/i;

/** A schedule: a sched session or event page, a Linux Foundation event page, an IstioCon site page. */
function isSchedulePage(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || isSlideDeck(url) || isPdf(parsed)) return false;
  const host = hostOf(parsed);
  if (NOT_A_SCHEDULE.test(`${parsed.pathname}${parsed.hash}`)) return false;
  return SCHEDULE_HOSTS.some((scheduleHost) => onHost(host, scheduleHost));
}

/**
 * An event site's landing page (`events.linuxfoundation.org/kubecon-cloudnativecon-north-america/`, `events.istio.io/istiocon-2022/`):
 * the event's page, which no post calls its schedule (the KubeCon posts link `/program/schedule/` for that).
 */
export function isLandingPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || parsed.hash || isProgrammePage(url)) return false;
  return SCHEDULE_HOSTS.some((host) => onHost(hostOf(parsed), host)) && parsed.pathname.split('/').filter(Boolean).length <= 1;
}

/**
 * Whether `url` is the own page of an event co-located with the conference `name` ("/co-located-events/istio-day/" for
 * "KubeCon + CloudNativeCon Europe 2025"): a conference recap says its Istio Day's sessions are there, which makes that
 * page no schedule of the conference's own, though it keeps it. Not the co-located event's own ("Istio Day Europe 2025").
 */
export function isColocatedPageOfAnother(url: string, name: string): boolean {
  const page = /\/(?:[\w-]*co-located-events|features-add-ons)\/([\w-]+)/.exec(parseUrl(url)?.pathname ?? '')?.[1];
  return page !== undefined && !name.toLowerCase().includes(page.replace(/-/g, ' '));
}

/** A page of the programme itself: a sched site, or a page whose path names the schedule, program or sessions. */
export function isProgrammePage(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return onHost(hostOf(parsed), 'sched.co') || onHost(hostOf(parsed), 'sched.com') || /\/(?:schedule|program|programme|sessions|agenda)\b/i.test(parsed.pathname);
}

/**
 * A schedule or an event's landing page, which is never called slides even where a post keeps the
 * slides on it: sched pages (not their attached files), Linux Foundation event pages, CNCF event
 * pages, a site's root.
 */
export function isScheduleOrLanding(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'sched.co' || host.endsWith('sched.com')) return !/\/hosted_files\//.test(parsed.pathname);
  if (host === 'events.linuxfoundation.org') return true;
  if (/(?:^|\.)cncf\.io$/.test(host) && /^\/(?:events|kubecon)/.test(parsed.pathname)) return true;
  return parsed.pathname.split('/').filter(Boolean).length === 0;
}

/**
 * Classifies one absolute URL. `saysSlides` is true when the post says the slides are there: that
 * makes a PDF or a page slides, never a schedule or an event's landing page ("the slides of every
 * session are on the Istio Day schedule" links a schedule, which `saysSlidesOnSchedule` tells).
 */
export function classifyLink(url: string, saysSlides: boolean): { kind: LinkKind; url: string } {
  const recording = normalizeYouTube(url);
  if (recording) return { kind: 'videos', url: recording };
  if (isSlideDeck(url)) return { kind: 'slides', url };
  if (isSchedSession(url)) return { kind: 'schedule', url };
  if (saysSlides) return { kind: isScheduleOrLanding(url) ? 'schedule' : 'slides', url };
  if (isSchedulePage(url)) return { kind: 'schedule', url };
  return { kind: 'other', url };
}

/** Whether a passage says the slides are on the schedule page it links ("the slides of every session are on the schedule"). */
export function saysSlidesOnSchedule(text: string, links: Links): boolean {
  return links.schedule.some((url) => !isSchedSession(url)) && SLIDES_WORDS.test(text);
}

/** Words that say "the slides are there", in both languages. */
export const SLIDES_WORDS = /\b(slides?|slide decks?|decks|presentations? (?:are|is) available)\b|幻灯片|演示文稿|\bPPT\b/i;

/** Headings of a section of talks' slides ("Presentations", "演讲资料"): a PDF linked below one is a deck. */
export const SLIDES_HEADING = /\b(?:slides?|slide decks?|decks?|presentations?)\b|幻灯片|演示文稿|演讲资料/i;

/**
 * Anchor texts that only label a talk's own link ("▶ Video", "Slides", "日程"): they name no talk and
 * say nothing a reader needs once the link is shown beside the passage.
 */
export const LINK_LABEL =
  /^(?:▶\s*)?(?:videos?|recordings?|视频|录像|回放)$|^(?:slides?|slide deck|deck|schedule|幻灯片|演示文稿|日程)$/i;

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
