/** How two spellings of one event meet, and what kind of event a name is. */
import { kindIn } from '../domain/index.js';
import type { EventKind, Lang } from '../model/index.js';
import { fold } from '../store/index.js';

/** Lower case, accents and diacritics removed, spaces collapsed: "José  Pérez" and "jose perez" match. */
export function normalizeForMatch(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** The key two names of one event share: "KubeCon + CloudNativeCon NA 2019" and "KubeCon North America 2019". */
export function eventKey(name: string): string {
  return normalizeForMatch(name)
    .replace(/kubecon\s*\+?\s*cloudnativecon/g, 'kubecon')
    .replace(/\bna\b/g, 'north america')
    .replace(/\beu\b/g, 'europe')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kind of an event, from its name. */
export function eventKind(name: string): EventKind {
  const kind = kindIn(name);
  if (kind) return kind.kind;
  if (/virtual|online|stream|webinar|线上|直播/i.test(name)) return 'virtual';
  return 'other';
}

/** The key of an event among the events of its language. */
export function groupKey(lang: Lang, name: string): string {
  return `${lang}|${eventKey(name)}`;
}

