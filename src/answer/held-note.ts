/**
 * "is registration for istiocon 2022 still open", "how do I sign up for istio day paris": the registration link of an event
 * already held is no way in any more. Its line says when it was held, from the event knowledge's dates ("Registration of
 * IstioCon 2022 (held 25 to 29 April 2022, now over)"), so a reader does not take the old link for an open one. Pure.
 */
import { daysUntil } from '../domain/index.js';
import { asksOpening, type Question } from '../understand/index.js';
import { eventDates, formatDates } from './event-dates.js';
import type { EventInfo, Lang } from '../model/index.js';
import type { DirectAnswer } from './types.js';

/** The note after the line; of an event the knowledge gives no last day of, when it began ("began 22 February 2021"). */
const NOTE: Record<Lang, (line: string, dates: string, ended: boolean) => string> = {
  en: (line, dates, ended) => `${line} (${ended ? 'held' : 'began'} ${dates}, now over)`,
  zh: (line, dates, ended) => `${line}（已于 ${dates}${ended ? '举办' : '开始'}，活动已结束）`,
};

/**
 * The registration line with when `event` was held, when it ended before `now`; the line itself otherwise, when it already
 * gives the dates, or when the question asks when registration opens (a date beside it would read as that day).
 */
export function withHeldNote(line: DirectAnswer, event: EventInfo, question: Question, now: Date): DirectAnswer {
  const { lang } = question;
  if (question.ask !== 'register' || asksOpening(question.rest)) return line;
  const last = event.end ?? event.start;
  const days = last ? daysUntil(last, now) : null;
  if (days === null || days >= 0) return line;
  const dates = event.end ? eventDates(event, lang) : formatDates(last ?? '', null, lang);
  return line.text.includes(dates) ? line : { ...line, text: NOTE[lang](line.text, dates, event.end !== null) };
}
