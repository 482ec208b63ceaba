/**
 * Which links can stand for a talk. A recap links a talk to its recording or to its page on the
 * conference schedule; every other link (company blogs, social media, cncf.io, istio.io posts) is
 * context, never a talk.
 */

import { isSchedSession, parseUrl, youtubeId, youtubeVideoUrl } from '../domain/index.js';

export type TalkLinkKind = 'video' | 'sched' | 'slides';

/** A YouTube video link in the one form the index uses, `https://www.youtube.com/watch?v=ID`; other URLs unchanged. */
export function normalizeVideoUrl(url: string): string {
  const id = youtubeId(url);
  return id ? youtubeVideoUrl(id) : url;
}

/** A slide deck on a slide host, or any PDF (a recap links a talk's PDF only when it is the talk's deck). */
export function isSlideDeck(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'speakerdeck.com' || host.endsWith('slideshare.net')) return parsed.pathname.split('/').filter(Boolean).length >= 2;
  if (host === 'docs.google.com') return parsed.pathname.startsWith('/presentation/');
  return /\.pdf$/i.test(parsed.pathname);
}

/** What a link is to a talk: its recording, its schedule page, its slide deck, or nothing (null). */
export function talkLinkKind(url: string): TalkLinkKind | null {
  if (youtubeId(url)) return 'video';
  if (isSchedSession(url)) return 'sched';
  if (isSlideDeck(url)) return 'slides';
  return null;
}
