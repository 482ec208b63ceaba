/** Which of the events a question names its time word picks. Pure, given the calendar. */
import { OWN_SERIES } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';

/**
 * "the last istio day": the newest of `named`; "the first": the earliest, of a series the posts know
 * from its start (none else: "the first kubecon" was before the posts); "the next": the next to
 * come; else all of them.
 */
export function picked(named: EventInfo[], { time, edition }: Pick<Question, 'time' | 'edition'>, lang: Question['lang'], calendar: Calendar, now: Date): EventInfo[] {
  if (time === 'latest') return calendar.begun(named, now).slice(0, 1);
  if (time === 'first') return nthEarliest(named, edition);
  return time === 'next' ? calendar.next(lang, now, named) : named;
}

/**
 * The earliest dated of `named` (newest first), or the `edition`th earliest ("the second istiocon"), when they are of a
 * series the posts know from its start; none else ("the first kubecon" was before the posts), nor past those known.
 */
export function nthEarliest(named: readonly EventInfo[], edition: number | null): EventInfo[] {
  const nth = named.every((event) => OWN_SERIES.has(event.kind)) ? named.filter((event) => event.start).at(-(edition ?? 1)) : undefined;
  return nth ? [nth] : [];
}
