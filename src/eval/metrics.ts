/**
 * The eval's pure tests on what an answer shows: whether an item holds an expected link, phrase or
 * key, the rank of the first that does, and percentiles.
 */
import { normalizeYouTube, youtubeId, youtubeVideoUrl } from '../domain/index.js';

/** The old question shape's evidence: any of these links, or any of these phrases in the text. */
export interface Expectation {
  links_any: string[];
  text_any: string[];
}

/** One shown item (answer line, passage, talk) as the eval sees it: every link it offers and its text. */
export interface RankedItem {
  links: string[];
  text: string;
}

/**
 * One spelling per link: YouTube videos as `watch?v=ID` (whatever the form or extra parameters),
 * host in lower case, no trailing slash. The fragment stays: it can point at the slides section.
 */
export function normalizeLink(url: string): string {
  const video = youtubeId(url);
  if (video) return youtubeVideoUrl(video);
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
  } catch {
    return url.trim();
  }
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * As `squash`, and without the spaces next to Chinese characters: Chinese posts write a date both
 * as "3 月 6 日" and "3月6日", and a key copied from one post must match the other. Typographic
 * quotes are the plain ones: one post writes a title "Let’s…", its summary "Let's…".
 */
const squashKey = (text: string): string =>
  squash(text)
    .replace(/ ?(\p{Script=Han}) ?/gu, '$1')
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"');

/** Old shape: one of the item's links is expected, or its text holds an expected phrase (any case). */
export function answers(item: RankedItem, expect: Expectation): boolean {
  const wanted = new Set(expect.links_any.map(normalizeLink));
  if (item.links.some((link) => wanted.has(normalizeLink(link)))) return true;
  const text = squash(item.text);
  return expect.text_any.some((phrase) => phrase.trim() !== '' && text.includes(squash(phrase)));
}

const isUrl = (key: string): boolean => /^https?:\/\//i.test(key);

/** A link with its percent-escapes read (`%E6%BC%94` → 演), as a post may write it; as written when they do not decode. */
function decoded(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}

/**
 * Each link as written, in its one spelling and with its escapes read, lower case, so that a key
 * copied from a post ("…/Istio 演讲.pdf") matches a link the index stores escaped.
 */
const spellings = (links: readonly string[]): string[] => links.flatMap((link) => [link, normalizeLink(link), decoded(link)].map((spelled) => spelled.toLowerCase()));

/**
 * A key written as a link without its scheme ("youtu.be/ID", as the Chinese recaps write their videos), read as that link:
 * `mediaKeys` counts it as a video, and only in its one spelling does it match a link the index stores as `watch?v=ID`.
 */
const asUrl = (key: string): string => (isUrl(key) ? key : `https://${key.trim()}`);

/** A key as it is looked for inside links: a URL or a video's link in its one spelling, any other key as written. */
const asLinkKey = (key: string): string => (isUrl(key) || youtubeId(asUrl(key)) ? normalizeLink(asUrl(key)) : key.trim()).toLowerCase();

/**
 * New shape: a key appears, in any case and spacing (spaces next to Chinese characters ignored), in
 * the item's text or inside one of its links (a YouTube key matches every spelling of that video).
 */
export function showsKey(item: RankedItem, keys: readonly string[]): boolean {
  const text = squashKey(item.text);
  const links = spellings(item.links);
  return keys.some((key) => {
    if (squash(key) === '') return false;
    return text.includes(squashKey(key)) || links.some((link) => link.includes(asLinkKey(key)));
  });
}

/** The keys that name a video (a playlist of recordings too) or a slides (or schedule) page: what "link shown" looks for. */
export function mediaKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => normalizeYouTube(asUrl(key)) !== null || /^(https?:\/\/)?\S*(sched\.co|sched\.com|speakerdeck|slideshare|docs\.google\.com\/presentation)\S*$|\S\.pdf$/i.test(key.trim()));
}

/** Does the item offer a link that holds one of these keys? For "link shown". */
export function offersLink(item: RankedItem, keys: readonly string[]): boolean {
  const links = spellings(item.links);
  return keys.some((key) => links.some((link) => link.includes(asLinkKey(key))));
}

/** 1-based rank of the first of the first `depth` items that passes `test`; null when none does. */
export function firstRank<T>(items: readonly T[], test: (item: T) => boolean, depth: number): number | null {
  const index = items.slice(0, depth).findIndex(test);
  return index < 0 ? null : index + 1;
}

/** The value below which `share` (0–1) of the values fall, nearest-rank method; 0 for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] ?? 0;
}
