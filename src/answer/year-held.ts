/**
 * "any istio day this year?", asked in a year that holds none of that kind: the line that says none is announced
 * also names the events of other kinds the project was at that year ("…; in 2026: KubeCon + CloudNativeCon Europe 2026:
 * 23 to 26 March 2026, Amsterdam (9 months ago)"), in the region named if any: where the project met its community that
 * year is what the asker is after, and the posts date it. Tracks and co-located days are their conference's.
 */
import type { Region } from '../domain/index.js';
import type { EventInfo, EventKind, Lang } from '../model/index.js';
import type { Calendar } from './calendar.js';
import { pastLine } from './direct.js';
import type { DirectAnswer } from './types.js';

/** How many of the year's events the line names, newest first. */
const MOST = 2;

const IN_YEAR = { en: (line: string, year: number, events: string) => `${line}; in ${year}: ${events}`, zh: (line: string, year: number, events: string) => `${line}；${year} 年举办的：${events}` } as const;
const SEPARATOR = { en: '; ', zh: '；' } as const;

/** The events of other kinds than `kind` held in `year` (in `region` when named), newest first, conferences and stand-alone events only. */
export function heldInYear(calendar: Calendar, kind: EventKind, region: Region | null, year: number, lang: Lang): EventInfo[] {
  return calendar
    .ofKind(null, region, lang)
    .filter((event) => event.kind !== kind && event.parent === null && event.start?.startsWith(String(year)))
    .slice(0, MOST);
}

/** `line` with the lines of `held`, said to be of `year`; as it is when none is. */
export function withHeldInYear(line: DirectAnswer | undefined, held: readonly EventInfo[], year: number, now: Date, lang: Lang): DirectAnswer | undefined {
  const texts = held.flatMap((event) => pastLine(event, now, lang)?.text ?? []);
  return line && texts.length ? { ...line, text: IN_YEAR[lang](line.text, year, texts.join(SEPARATOR[lang])) } : line;
}
