/**
 * The line of a question the event knowledge answers (`EventPart.direct`: an event's dates, place or link), with what the
 * passages add to it or say in its place: a call's tracks or deadline, a count of talks a post qualifies, the day a
 * schedule came out or a part of the week was held, an event already held said to be over, and, asked what a recap said
 * came next, the recap's own pointer ahead (`pointed-next.ts`). Moved out of `answerer.ts`, which reads it.
 */
import type { RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { EventPart } from './about-events.js';
import type { Calendar } from './calendar.js';
import { callFormats } from './call-formats.js';
import { callList } from './call-list.js';
import { callLead } from './deadline.js';
import { withHeldNote } from './held-note.js';
import { venueFirst, type Lead } from './page.js';
import { partDateLine } from './part-date.js';
import { pointedNext } from './pointed-next.js';
import type { Programme } from './programme.js';
import { qualifiedCount } from './qualified-count.js';
import { scheduleLaunchLead } from './schedule-launch.js';
import { topicOf } from './topic.js';
import type { DirectAnswer } from './types.js';

/** What the answerer knows that these lines read. */
export interface KnownSources {
  calendar: Calendar;
  programme: Programme;
  passages: readonly Passage[];
}

export function knownLead(question: Question, ranked: RankedPassages, known: EventPart & { direct: DirectAnswer }, now: Date, { calendar, programme, passages }: KnownSources): Lead {
  const [only] = known.events ?? [];
  // The call of an event already held is over: its deadline is said to have passed.
  const held = (only?.start ?? '9999') < now.toISOString().slice(0, 10);
  if (question.ask === 'cfp' && only) {
    // "cfp topics": the tracks its post lists, whole, in the line rather than the deadline.
    const listed = callList(question, ranked, only.name, passages) ?? callFormats(question, ranked, only.name);
    const lead = callLead(known.direct, only.name, ranked, question, held, topicOf(question, calendar, true));
    return listed ? { ...lead, direct: { ...known.direct, text: `${known.direct.text}${question.lang === 'zh' ? '：' : ': '}${listed}` } } : lead;
  }
  // "what did the london recap say comes next": the recap's own "See you in Atlanta in November 2025!", not the calendar's.
  const pointed = known.lookedFrom ? pointedNext(question, ranked, known.lookedFrom, passages) : undefined;
  if (pointed) return pointed;
  // "how many sessions on the theater stage": the post's sentence that counts them, not every talk of the event.
  const counted = known.intent === 'talks' ? qualifiedCount(question, ranked, calendar, programme) : undefined;
  if (counted) return counted;
  // "when was the schedule published": the day its passages say it came out, beside its link.
  const launch = scheduleLaunchLead(question, ranked, known.direct, only, passages);
  if (launch) return launch;
  // "when are the theater's istio sessions at kubecon eu 2026": the day of that part of the week, not the conference's dates.
  const part = known.events?.length === 1 ? partDateLine(question, ranked, only, () => topicOf(question, calendar, true)) : undefined;
  if (part) return part;
  // "is istiocon 2022 registration still open": an event already held is said to be over, with its dates.
  const direct = only && known.events?.length === 1 ? withHeldNote(known.direct, only, question, now) : known.direct;
  return { direct, ...venueFirst(question, ranked, only) };
}
