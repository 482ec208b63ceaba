/**
 * An event's links by kind, from the links of the passages about it. Only a deck, or a page the post
 * says holds the slides and that is no schedule or landing page, is called slides; sched and Linux
 * Foundation event pages are the schedule; playlists and recording links are the recordings.
 * A talk's own session page or video is the talk's, not the event's.
 */
import type { EventLinks } from '../model/index.js';
import { isSchedSession, normalizeYouTube, parseUrl, youtubeId } from '../domain/index.js';
import { isSlideDeck } from './talk-links.js';
import type { Anchor } from './types.js';

/** Hosts whose pages are an event's programme or landing page. */
const EVENT_HOSTS = /(?:^|\.)(?:sched\.com|sched\.co|events\.linuxfoundation\.org|cncf\.io)$/;

/** A schedule or an event's landing page (never slides): sched pages, LF event pages, a site's root or `/events/…`. */
export function isScheduleOrLanding(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'sched.co' || host.endsWith('sched.com')) return !/\/hosted_files\//.test(parsed.pathname);
  if (host === 'events.linuxfoundation.org') return true;
  if (/(?:^|\.)cncf\.io$/.test(host) && /^\/(?:events|kubecon)/.test(parsed.pathname)) return true;
  return parsed.pathname.split('/').filter(Boolean).length === 0;
}

const RECORDING_TEXT = /\b(?:recordings?|playlist|videos|replays?|watch)\b|录像|回放|视频/i;
const REGISTER = /\bregist(?:er|ration)\b|注册|报名/i;
const CFP = /\bcfp\b|call[- ]for[- ](?:proposals|papers|speakers)|sessionize\.com|征集|提交话题|提交议题/i;
const SLIDES_TEXT = /\bslides?\b|slide decks?|幻灯片|演示文稿/i;

export function emptyEventLinks(): EventLinks {
  return { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] };
}

function add(links: EventLinks, kind: keyof EventLinks, url: string): void {
  if (url && !links[kind].includes(url)) links[kind].push(url);
}

/** Where one link of a passage about the event goes, judged by its URL and its anchor text; null for a talk's own link or plain context. */
export function eventLinkKind(url: string, text: string): keyof EventLinks | null {
  if (isSchedSession(url)) return null;
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (youtubeId(url)) return RECORDING_TEXT.test(text) && !/^▶/.test(text.trim()) ? 'recordings' : null;
  if (normalizeYouTube(url)) return 'recordings';
  if (CFP.test(url) || CFP.test(text)) return 'cfp';
  if (REGISTER.test(text) || /\/regist/i.test(parsed.pathname)) return 'register';
  if (isSlideDeck(url)) return SLIDES_TEXT.test(text) ? 'slides' : null;
  if (EVENT_HOSTS.test(parsed.hostname.replace(/^www\./, '')) && isScheduleOrLanding(url)) return 'schedule';
  if (SLIDES_TEXT.test(text)) return isScheduleOrLanding(url) ? 'schedule' : 'slides';
  return null;
}

/** The event's links from the anchors of the passages about it, and the page the posts say holds its slides. */
export function eventLinksOf(anchors: readonly Anchor[], slidesPages: readonly (string | null)[]): EventLinks {
  const links = emptyEventLinks();
  for (const page of slidesPages) {
    if (page) add(links, isScheduleOrLanding(page) ? 'schedule' : 'slides', normalizeYouTube(page) ?? page);
  }
  for (const anchor of anchors) {
    const kind = eventLinkKind(anchor.url, anchor.text);
    if (kind) add(links, kind, normalizeYouTube(anchor.url) ?? anchor.url);
  }
  return links;
}
