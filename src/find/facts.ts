/** What ranking reads of a passage beyond the index (its facts, worked out once per passage), and the text tests it uses. */
import { CALL_FOR_PROPOSALS, findPlaces, KIND_NAMES, kindIn, mentionsDate, placeOf, regionIn } from '../domain/index.js';
import type { EventKind, Passage } from '../model/index.js';
import { analyze, fold } from '../store/index.js';

/** What ranking knows of a passage beyond the index: its years and whether it names a date. */
export interface Facts {
  years: number[];
  /** The newest and the oldest of `years` (-Infinity and Infinity when it has none). */
  newest: number;
  oldest: number;
  namesDate: boolean;
  /** Event name, folded, for `event:`. */
  event: string;
  /** Whether the text is about a call for proposals and holds its link or a date (its deadline); worked out for the questions that ask. */
  namesCfp?: boolean;
  /** Whether the text gives a count ("4,000", "84 countries", "292 人"): a number that is no year and no day of a date. */
  namesNumber: boolean;
  /** City and region of the passage's event, to weigh the event a question names by its place. */
  city: string | null;
  region: string | null;
  /** Kind of the passage's event ("istio-day", "kubecon"…), else every kind its text names: to weigh the kind of event a question names. */
  kinds: EventKind[];
  /** The index terms of the few words after each count ("13 seats", "120 eligible voters", "292 人报名"); worked out for "how many" questions. */
  counted?: string[];
  /** Whether the text names someone; worked out for "who" questions. */
  people?: boolean;
  /** Whether the text announces who was elected or won, naming them; worked out for the questions that ask. */
  outcome?: boolean;
}

/** A count: digits (with thousands separators) that are not a year, a version, or the day of a date ("17 August", "August 17", "9 日"). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const COUNT = new RegExp(
  `(?<![\\d.,\\-/])(?<!${MONTH}[a-z]*\\.? )(?!(?:19|20)\\d\\d\\b)\\d{1,3}(?:,\\d{3})*(?![\\d.,\\-/]|(?:st|nd|rd|th)?\\s*(?:[月日号]|${MONTH}))`,
  'iu',
);

/** Links that are a call for proposals. */
const CFP_LINK = /sessionize\.com|\bcfp\b|call-for-(?:proposals|papers|speakers)/i;

/**
 * What a passage that defines `subject` says, en and zh: "Izzy, an Indo-Pacific bottlenose",
 * "Istio Day is a … co-located event", "the TOC is responsible for", "Izzy——一只…", "Istio Day 是…".
 */
export function definitionOf(subject: string): RegExp {
  const said = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // "是" defines only at the start of a sentence and not before a date ("下一场 Istio Day 是 2024 年…" does not).
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${said}(?:[\\s\\p{L}'’-]{0,30}?\\s(?:(?:is|are|was|were)\\s+(?:a|an|the|one|responsible)|oversees|governs)\\s|\\s*(?:,|:|——|—|–)\\s*(?:a|an|the)\\s|\\s*——)` +
      `|(?:^|[。！？；，]\\s*)${said}\\s*(?:是(?!\\s*\\d)|负责)`,
    'iu',
  );
}

/** The words a count counts: up to three Latin words or four Han characters after it. */
const COUNTED = /^\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|^\s*\p{Script=Han}{1,4}/u;

export function countedIn(text: string): string[] {
  const counts = new RegExp(COUNT.source, 'giu');
  return [...text.matchAll(counts)].flatMap((match) => analyze(COUNTED.exec(text.slice(match.index + match[0].length))?.[0] ?? ''));
}

/** Whether two index terms are one word's forms: equal, or one the other's stem ("vote", "voter"). */
export const sameWord = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

export const normalized = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

/** The kinds of event a passage is about: its event's, else every kind its text names (a post about no one event). */
function kindsOf(passage: Passage): EventKind[] {
  if (passage.event) return [kindIn(passage.event)?.kind].filter((kind) => kind !== undefined);
  return KIND_NAMES.filter(({ pattern }) => pattern.test(passage.text)).map(({ kind }) => kind);
}

/** The year of the first event of each kind, from the passages about an event. */
export function firstYears(passages: readonly Passage[]): Map<EventKind, number> {
  const years = new Map<EventKind, number>();
  for (const { event, date } of passages) {
    const kind = event && date ? kindIn(event)?.kind : undefined;
    const year = Number(date?.slice(0, 4));
    if (kind && year < (years.get(kind) ?? Infinity)) years.set(kind, year);
  }
  return years;
}

/** Whether a passage gives a call for proposals: says so, with a date or a link to where proposals go. */
export function namesCfp(passage: Passage): boolean {
  return CALL_FOR_PROPOSALS.test(passage.text) && (mentionsDate(passage.text) || Object.values(passage.links).some((urls: string[]) => urls.some((url) => CFP_LINK.test(url))));
}

/** The city of the event named `event`: the event knowledge's, else the place its name says. */
export function cityIn(event: string, cities: ReadonlyMap<string, string | null>): string | null {
  return cities.get(event) ?? findPlaces(event)[0]?.place.city ?? null;
}

export function factsOf(passage: Passage, cityOf: (event: string) => string | null): Facts {
  const name = passage.event ?? '';
  const city = cityOf(name);
  const years = [passage.date ? Number(passage.date.slice(0, 4)) : null, Number(/\b(20\d\d)\b/.exec(passage.event ?? '')?.[1] ?? NaN)].filter((year): year is number => year !== null && !Number.isNaN(year));
  return {
    years,
    newest: Math.max(...years),
    oldest: Math.min(...years),
    namesDate: mentionsDate(passage.text),
    namesNumber: COUNT.test(passage.text),
    event: normalized(passage.event ?? ''),
    city,
    region: (city ? placeOf(city)?.region : null) ?? regionIn(name),
    kinds: kindsOf(passage),
  };
}

