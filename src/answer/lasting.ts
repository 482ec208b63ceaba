/** "how long did kubecon eu 2025 last", "istiocon 2022 duration": how long an event went on is answered by its dates. Pure. */
import { asksHowLong, talksAsked, talkSizeAsked, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { topicOf } from './topic.js';
import type { EventInfo } from '../model/index.js';

/**
 * Whether the question asks for the dates of `event`: when or where it was, or how long it went on, asked of nothing but
 * the event ("how long an istio day lightning talk runs", "演讲多长时间" ask a talk's length, which the passages give). Its dates say how
 * long only when the knowledge holds its last day (the same as its first for a one-day event): a start alone ("IstioCon
 * 2021: 22 February 2021", a weeklong event) would say one day.
 */
export function datesAsked(question: Question, calendar: Calendar, event: EventInfo): boolean {
  const { ask, rest } = question;
  if (ask === 'when' || ask === 'where') return true;
  // A day held within its conference's week (`weekOf`) did not last the week.
  const spanned = event.start !== null && event.end !== null && event.end >= event.start && !event.weekOf;
  // A talk named ("演讲多长时间", "how long is a talk there") asks the length of one, which the call's formats give.
  return spanned && ask === 'how-many' && asksHowLong(rest) && !talkSizeAsked(rest) && !talksAsked(rest) && topicOf(question, calendar).length === 0;
}
