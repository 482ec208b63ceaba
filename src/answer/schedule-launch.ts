/**
 * "when was the istio day chicago schedule published", "芝加哥 istio day 日程什么时候出来": the schedule line of the event, with
 * the day its passages say the schedule came out ("Week of September 11: Schedule Launch & Announcement", "schedule in the
 * week of 11 September", "9 月 11 日那一周公布日程"), the date as the post writes it, and that passage first. No day is added
 * when no passage of that event, in the question's language, gives one: the line stays the schedule's.
 */
import { findDates } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { EventInfo, Passage } from '../model/index.js';
import { scheduleLaunchAsked, type Question } from '../understand/index.js';
import type { Lead } from './page.js';
import type { DirectAnswer } from './types.js';

/** How a post names a schedule (a timeline's step "Schedule Launch", 公布日程). */
const SCHEDULE = /(?<![\p{L}])(?:schedule|agenda|programme|program)(?![\p{L}])|日程|议程/giu;

/** What follows a date that heads a timeline's step: a colon ("Week of September 11: Schedule Launch"). */
const STEP_HEAD = /^\s*[:：]/u;

/** A week said around a date: "the week of 11 September", "9 月 11 日那一周". */
const WEEK_BEFORE = /\b(?:the\s+)?week\s+of\s*$/iu;
const WEEK_AFTER = /^(?:那一周|那周|这一周|当周)/u;

/** How far from the word a date may stand and still be its step's (a timeline's step is a few words: "schedule in the week of"). */
const NEAR = 20;

/** Punctuation between a date and the word: the date is another step's ("notifications on 7 September, schedule in…"). */
const STEP_BREAK = /[,.;:，。；：、]/u;

/** Passages of the ranking read for the day: the first page and a little more, as the line's other leads read. */
const DEPTH = 6;

const PUBLISHED = { en: (line: string, date: string) => `${line}, published ${date}`, zh: (line: string, date: string) => `${line}，${date}公布` } as const;

/**
 * The day `text` says a schedule was published, as the line says it ("in the week of 11 September", "on 7 May", "9 月 11 日那一周"):
 * the date heading the timeline's step that names it, else the nearest date within a few words of the same step; null when none is.
 */
export function launchIn(text: string): string | null {
  const dates = findDates(text);
  let best: { start: number; end: number; distance: number } | null = null;
  for (const word of text.matchAll(SCHEDULE)) {
    const at = word.index;
    const end = at + word[0].length;
    const heading = dates.find((date) => date.end <= at && STEP_HEAD.test(text.slice(date.end, at)) && !/[.。;；]/u.test(text.slice(date.end, at)));
    if (heading) {
      best = { ...heading, distance: 0 };
      break;
    }
    for (const date of dates) {
      const between = date.end <= at ? text.slice(date.end, at) : date.start >= end ? text.slice(end, date.start) : '';
      if (between.length <= NEAR && !STEP_BREAK.test(between) && (!best || between.length < best.distance)) best = { start: date.start, end: date.end, distance: between.length };
    }
  }
  if (!best) return null;
  const date = text.slice(best.start, best.end).replace(/\.$/, '');
  if (WEEK_BEFORE.test(text.slice(0, best.start))) return `in the week of ${date}`;
  const week = WEEK_AFTER.exec(text.slice(best.end));
  if (week) return `${date}${week[0]}`;
  return HAN.test(date) ? date : `on ${date}`;
}

const HAN = /\p{Script=Han}/u;

/** The passages that date a schedule, by their event, found once per corpus: few questions ask it, and the ranking may not hold them. */
const DATED = new WeakMap<readonly Passage[], ReadonlyMap<string, readonly Passage[]>>();

function datedOf(passages: readonly Passage[]): ReadonlyMap<string, readonly Passage[]> {
  let dated = DATED.get(passages);
  if (!dated) {
    const byEvent = new Map<string, Passage[]>();
    for (const passage of passages) {
      if (passage.event === null || !SCHEDULE_SAID.test(passage.text) || launchIn(passage.text) === null) continue;
      byEvent.set(passage.event, [...(byEvent.get(passage.event) ?? []), passage]);
    }
    DATED.set(passages, (dated = byEvent));
  }
  return dated;
}

/** `SCHEDULE` without its global flag, to test a text. */
const SCHEDULE_SAID = new RegExp(SCHEDULE.source, 'iu');

/**
 * The schedule `line` of `event` with the day a passage of that event says its schedule was published, and that passage
 * first: the ranking's first passages', else the event's own from `passages`; undefined when the question does not ask it or
 * no passage of the event, in the question's language, says.
 */
export function scheduleLaunchLead(question: Question, ranked: RankedPassages, line: DirectAnswer, event: EventInfo | undefined, passages: readonly Passage[]): Lead | undefined {
  if (question.ask !== 'schedule' || !event || !scheduleLaunchAsked(question.rest)) return undefined;
  const ofEvent = (passage: Passage): boolean => passage.event === event.name && passage.lang === question.lang;
  const own = datedOf(passages).get(event.name)?.find(ofEvent);
  const ownFirst: Ranked | undefined = own ? { passage: own, score: ranked.slice(0, 1)[0]?.score ?? 0, terms: () => [] } : undefined;
  const first = ranked.slice(0, DEPTH).find(({ passage }) => ofEvent(passage) && launchIn(passage.text) !== null) ?? ownFirst;
  const date = first ? launchIn(first.passage.text) : null;
  return first && date ? { direct: { ...line, text: PUBLISHED[question.lang](line.text, date) }, first } : undefined;
}
