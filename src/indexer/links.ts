import type { Links } from '../model/index.js';

const YOUTUBE_ID = /^[\w-]{6,20}$/;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The id of a single YouTube video, from any form posts use (watch, youtu.be, embed, shorts, live, nocookie), else null. */
export function youtubeId(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.replace(/^(www\.|m\.)/, '');
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

/**
 * The one form of a YouTube video link (`https://www.youtube.com/watch?v=ID`); playlists keep
 * their own URL; null when it is not YouTube.
 */
export function normalizeYouTube(url: string): string | null {
  const id = youtubeId(url);
  if (id) return `https://www.youtube.com/watch?v=${id}`;
  const parsed = parseUrl(url);
  const list = parsed?.searchParams.get('list');
  if (parsed && list && /(^|\.)youtube\.com$/.test(parsed.hostname) && parsed.pathname === '/playlist') {
    return `https://www.youtube.com/playlist?list=${list}`;
  }
  return null;
}

const SLIDE_HOSTS = ['sched.co', 'sched.com', 'speakerdeck.com', 'slideshare.net', 'slides.com'];

/**
 * Whether a URL is a slide deck or the schedule page that holds the decks, judged by the URL alone.
 * Any link whose sentence says it holds slides counts too (see `classifyLink`).
 */
export function isSlidesUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  const host = parsed.hostname.replace(/^www\./, '');
  if (SLIDE_HOSTS.some((slideHost) => host === slideHost || host.endsWith(`.${slideHost}`))) return true;
  if (host === 'docs.google.com' && parsed.pathname.startsWith('/presentation')) return true;
  // A PDF is a deck when its path says so; audit reports and sponsor prospectuses are PDFs too.
  const path = decodeURIComponent(parsed.pathname).toLowerCase();
  if (path.endsWith('.pdf') && /slide|deck|presentation|talk|keynote/.test(path)) return true;
  return host === 'events.linuxfoundation.org' && /\/(program\/)?schedule\/?$/.test(parsed.pathname);
}

export type LinkKind = keyof Links;

/** Classifies one absolute URL; `nearSlidesWords` is true when its sentence says it holds slides. */
export function classifyLink(url: string, nearSlidesWords: boolean): { kind: LinkKind; url: string } {
  const video = normalizeYouTube(url);
  if (video) return { kind: 'videos', url: video };
  if (isSlidesUrl(url) || nearSlidesWords) return { kind: 'slides', url };
  return { kind: 'other', url };
}

/** Words that say "the slides are there", in both languages. */
export const SLIDES_WORDS = /\b(slides?|slide decks?|decks|presentations? (?:are|is) available)\b|幻灯片|演示文稿|\bPPT\b/i;

export function emptyLinks(): Links {
  return { videos: [], slides: [], schedule: [], other: [] };
}

/** Adds a link once, keeping first-seen order. */
export function addLink(links: Links, kind: LinkKind, url: string): void {
  if (!links[kind].includes(url)) links[kind].push(url);
}
