/**
 * Event names as the posts and users write them: the kinds of event the community holds, every way
 * each is spelled (en and zh, abbreviations), and the canonical name an event is shown under
 * ("Istio Day Europe 2024", "KubeCon + CloudNativeCon North America 2023", "IstioCon China 2023").
 */
import type { EventKind } from '../model/types.js';
import { regionIn, type Region } from './places.js';

export interface KindName {
  kind: EventKind;
  /** How an event of this kind is named before its region and year. */
  name: string;
  /** How prose and users write it, tried in this order (longest first within a kind). */
  pattern: RegExp;
  /** Lower-case spellings a user may type, for query understanding. */
  aliases: readonly string[];
}

/**
 * Words that name no event in particular ("the most recent istio event", "最近的活动"): the
 * project's own name, which every community event bears, and the nouns for any event, with the chat's "the next istio
 * thing", "any istio stuff coming up", "the latest istio get-together", "聚会".
 */
export const ANY_EVENT_WORDS: readonly string[] = ['istio', 'event', 'events', 'conference', 'conferences', 'conf', 'confs', 'gathering', 'gatherings', 'get-together', 'get-togethers', 'thing', 'things', 'stuff', '活动', '大会', '聚会'];

/** Ordered: a text naming "Istio Day at KubeCon" is about the Istio Day, so the narrower kinds come first. */
export const KIND_NAMES: readonly KindName[] = [
  {
    kind: 'istio-day',
    name: 'Istio Day',
    // Not "istio 日": no post calls it that, and it is how "istio 日程" (its schedule) and "istio 日期" (its dates) begin.
    pattern: /\bistio ?day\b/i,
    aliases: ['istio day', 'istio days', 'istioday'],
  },
  { kind: 'istiocon', name: 'IstioCon', pattern: /\bistio ?con\b/i, aliases: ['istiocon', 'istio con', 'istio 大会'] },
  {
    kind: 'maintainer-track',
    name: 'Maintainer Track',
    pattern: /\bmaintainers?[’']? track\b|维护者(?:专场|议程|track)/i,
    aliases: ['maintainer track', 'maintainers track', '维护者专场'],
  },
  { kind: 'contribfest', name: 'ContribFest', pattern: /\bcontrib ?fest\b/i, aliases: ['contribfest', 'contrib fest'] },
  {
    kind: 'kubecon',
    name: 'KubeCon + CloudNativeCon',
    pattern: /\bkube ?con\b|\bcloud ?native ?con\b|\bkccnc\b/i,
    aliases: ['kubecon', 'cloudnativecon', 'kubecon + cloudnativecon', 'kccnc', 'kube con'],
  },
  { kind: 'meetup', name: 'Istio Meetup', pattern: /\bmeet-?ups?\b|见面会|线下聚会/i, aliases: ['meetup', 'meetups', 'meet-up', '见面会'] },
];

/**
 * Kinds of event the Istio community holds itself: istio.io announces every one of them, so the
 * earliest the posts know is the first ever. A KubeCon or a track began before the posts do.
 */
export const OWN_SERIES: ReadonlySet<EventKind> = new Set<EventKind>(['istio-day', 'istiocon', 'meetup']);

/** The kind of event a text names first in the order above, or null. */
export function kindIn(text: string): KindName | null {
  return KIND_NAMES.find((entry) => entry.pattern.test(text)) ?? null;
}

/** The kind a word or phrase a user typed stands for ("kubecon", "istio day", "istiocon"), or null. */
export function kindOf(words: string): KindName | null {
  const lower = words.trim().toLowerCase();
  return KIND_NAMES.find((entry) => entry.aliases.includes(lower)) ?? null;
}

/**
 * The Chinese names the zh posts give co-located events they also name in English ("维护者峰会（Maintainer Summit）"): a
 * Chinese question names the event by them. Whole names only, and only those no topic word is part of: "峰会" alone is
 * the Open Source Summit's too, and "可观测性" of Observability Day's "可观测性日" is a subject of talks.
 */
const ZH_NAMES: readonly (readonly [english: string, chinese: string])[] = [['Maintainer Summit', '维护者峰会']];

/** The Chinese names of the event named `name` ("Maintainer Summit Europe 2025" → 维护者峰会), none for most. */
export function zhNamesOf(name: string): string[] {
  return ZH_NAMES.filter(([english]) => name.startsWith(`${english} `)).map(([, chinese]) => chinese);
}

/** Regions an IstioCon is named with: the global one has none, the China one does. */
const NAMED_REGIONS: Partial<Record<EventKind, readonly Region[]>> = { istiocon: ['China'] };

/** The canonical name: kind, region (when the kind is held in several), year. */
export function eventName(kind: KindName, region: Region | null, year: string | number | null): string {
  const allowed = NAMED_REGIONS[kind.kind];
  const where = region && (!allowed || allowed.includes(region)) ? region : null;
  return [kind.name, where, year === null ? null : String(year)].filter(Boolean).join(' ');
}

/** The event a short text names ("Istio Day Europe 2024", "KubeCon EU 2024", "北美 KubeCon 2023"), with `year` when it names none. */
export function eventNameIn(text: string, year: string | null): string | null {
  const kind = kindIn(text);
  if (!kind) return null;
  const named = /\b(20\d\d)\b/.exec(text)?.[1] ?? year;
  return eventName(kind, regionIn(text), named);
}
