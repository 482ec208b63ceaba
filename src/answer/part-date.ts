/**
 * "when are the istio sessions at the cloud native theater, kubecon eu 2026": asked the day of one part of a conference
 * that runs several days (a stage's sessions, a meeting held in its week), the conference's own dates say only when the
 * whole of it ran. The line quotes instead the sentence of a first-page passage about that conference, in the question's
 * language, that names a single day within those dates and holds every word of the topic asked about ("Join us at Cloud
 * Native Theater on Tuesday, March 24, 2026 — we will have 4 amazing sessions starting at 14:30 CET."), under its post's
 * title. From what the posts say: no such sentence, the conference's dates stay.
 */
import { colocatedNames, findDates } from '../domain/index.js';
import type { RankedPassages } from '../find/index.js';
import type { EventInfo } from '../model/index.js';
import { analyze } from '../store/index.js';
import type { Question } from '../understand/index.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** How far down the ranking the sentence is looked for: the first page. */
const PART_DEPTH = 3;

/** `YYYY-MM-DD` of a day, for comparing it with an event's dates. */
const dayOf = (year: number, month: number, day: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Whether `sentence` names one day (no range) within the event's dates, of its year. */
function namesDayWithin(sentence: string, event: EventInfo, year: number): boolean {
  return findDates(sentence).some((date) => {
    if (date.until) return false;
    const day = dayOf(date.year ?? year, date.month, date.day);
    return day >= (event.start ?? '') && day <= (event.end ?? '');
  });
}

export function partDateLine(question: Question, ranked: RankedPassages, event: EventInfo | undefined, topic: () => readonly string[]): Lead | undefined {
  if (question.ask !== 'when' || !event?.start || !event.end || event.start === event.end) return undefined;
  const words = topic();
  if (!words.length) return undefined;
  const terms = words.map((word) => analyze(word)).filter((own) => own.length > 0);
  const about = new Set([event.name, ...colocatedNames(event.name)]);
  const year = Number(event.start.slice(0, 4));
  const head = ranked.slice(0, PART_DEPTH);
  for (const one of head) {
    const { passage } = one;
    if (passage.lang !== question.lang || passage.event === null || !about.has(passage.event)) continue;
    const said = sentencesOf(passage.text).find((sentence) => {
      if (sentence.length > MAX_SENTENCE || !namesDayWithin(sentence, event, year)) return false;
      const held = new Set(analyze(sentence));
      return terms.every((own) => own.some((term) => held.has(term)));
    });
    if (!said) continue;
    const direct = { text: titled(question.lang, passage.title, said), url: passage.url, lang: question.lang };
    return one === head[0] ? { direct } : { direct, first: one };
  }
  return undefined;
}
