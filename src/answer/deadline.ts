/**
 * "istio day europe 2023 cfp deadline": the call for proposals line of the event knowledge, with the
 * deadline the event's own passages give ("open until February 12", "8 月 6 日：CFP 关闭"), the date
 * as the post writes it. No deadline is added when no passage of that event, in the question's
 * language, says when the call closes. Asked when the call opened ("when was the cfp announced",
 * "征稿公告是几号"), the day its passages say it was announced instead: its deadline answers nothing asked.
 */
import { CALL_CLOSES, CALL_FOR_PROPOSALS, findDates, PAGE_SIZE } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import { asksHowLong, asksOpening, notificationAsked, reviewAsked, timelineAsked, type Question } from '../understand/index.js';
import type { Passage } from '../model/index.js';
import type { Lead } from './page.js';
import type { DirectAnswer } from './types.js';
import { quotingOrder } from './quoting.js';
import { launchIn } from './schedule-launch.js';
import { held } from './word-share.js';


/**
 * How posts say a call opens or was announced ("announced on 16 June 2023", "CFP + Sponsor Prospectus Launch", "征集于 … 宣布");
 * not "开放至", open until, which says when it closes.
 */
const OPENS = /(?<![\p{L}])(?:announced|opened|opens|launch(?:ed|es)?)(?![\p{L}])|宣布|公布|发布|开放(?!至)|开启/giu;

/** A length of time as a call's formats give it ("160-minute", "40 minutes", "2h 40m", "160 分钟", "两个小时"). */
const DURATION = /\d+\s*-?\s*(?:minutes?|mins?|hours?|h)(?![\p{L}])|[\d一二两三四五六七八九十]+\s*(?:分钟|个?小时)/iu;

/** What follows a date that heads a step of a timeline: a weekday, then a colon ("August 6: CFP Closes", "8 月 6 日星期日：CFP 关闭"). */
const STEP_HEAD = /^\s*(?:星期[一二三四五六日天]|周[一二三四五六日天])?\s*[:：]/u;

const WITH_DEADLINE = { en: (line: string, date: string) => `${line}, open until ${date}`, zh: (line: string, date: string) => `${line}，截止日期：${date}` } as const;
/** Asked when the call opened ("征稿公告是几号"): the day it was announced, not its deadline. */
const OPENED = { en: (line: string, date: string) => `${line}, announced on ${date}`, zh: (line: string, date: string) => `${line}，于 ${date}宣布` } as const;
/** Asked when speakers hear back ("speaker notification date"): the day the call's timeline says they are told. */
const NOTIFIED_ON = { en: (line: string, date: string) => `${line}, speakers notified on ${date}`, zh: (line: string, date: string) => `${line}，${date}通知讲者` } as const;
/** Asked when proposals are reviewed ("cfp review window", "评审什么时候"): the span the call's timeline gives, as written. */
const REVIEWED = { en: (line: string, span: string) => `${line}, reviewed ${span}`, zh: (line: string, span: string) => `${line}，${span}评审` } as const;
/** How a timeline gives the review's span: "review from 8 to 21 August", "8 月 8 日至 21 日评审". */
const REVIEW_SPAN = { en: /\breview (from [^,.;]*\d[^,.;]*)/i, zh: /([\d\s月日至到-]*\d[\d\s月日至到-]*日)\s*评审/u } as const;
/** Once the event has been held, its call is over: "closed on", never "open until". */
const CLOSED = { en: (line: string, date: string) => `${line}, closed on ${date}`, zh: (line: string, date: string) => `${line}，已于 ${date}截止` } as const;

/**
 * The date nearest to a word that says the call for proposals closes, as `text` writes it; null
 * when none is. The words between the dates around it must name the call: in a timeline, "Sponsor
 * Sales Close" is another step.
 */
export function deadlineIn(text: string): string | null {
  return callDateIn(text, CALL_CLOSES);
}

/** The date nearest to a word that says the call for proposals opened or was announced ("announced on 16 June 2023"). */
export function openingIn(text: string): string | null {
  return callDateIn(text, OPENS);
}

/** The date nearest to one of `words` (a global pattern) that the call for proposals is named beside; null when none is. */
function callDateIn(text: string, words: RegExp): string | null {
  const dates = findDates(text);
  let best: { date: string; distance: number } | null = null;
  for (const close of text.matchAll(words)) {
    const at = close.index;
    const end = at + close[0].length;
    const before = dates.filter((date) => date.end <= at);
    // A date that closes an aside ("The call for proposals, announced on 16 June 2023, ran … until 6 August") is no step
    // of a timeline: the call named before it is still the subject of the word.
    const stepEnds = before.filter((date) => !/^\s*,/u.test(text.slice(date.end))).map((date) => date.end);
    const from = Math.max(0, ...stepEnds);
    const to = Math.min(text.length, ...dates.filter((date) => date.start >= end).map((date) => date.start));
    if (!CALL_FOR_PROPOSALS.test(text.slice(from, to))) continue;
    // In a timeline each step follows its date ("8 月 6 日星期日：CFP 关闭。 8 月 8 日星期二至…"): the date heading the
    // step that closes the call is its deadline, however near the next step's date is.
    const heading = dates.find((date) => date.end === from && STEP_HEAD.test(text.slice(date.end, at)));
    if (heading) return text.slice(heading.start, heading.end);
    for (const date of dates) {
      const distance = date.end <= at ? at - date.end : date.start >= end ? date.start - end : 0;
      if (!best || distance < best.distance) best = { date: text.slice(date.start, date.end).replace(/\.$/, ''), distance };
    }
  }
  // Far from the word, a date is some other step of the timeline.
  return best && best.distance <= 40 ? best.date : null;
}

/** How a call's timeline says speakers are told ("Speaker Notifications", "speaker notifications on 7 September", "9 月 7 日通知讲者"). */
const NOTIFIES = /(?<![\p{L}])notif(?:y|ied|ications?)(?![\p{L}])|通知(?:演讲者|讲者)/giu;

/**
 * The date the step that notifies speakers is given: the date heading its step of a timeline ("September 7: Speaker
 * Notifications"), else the date nearest the word, within a few words; null when none is.
 */
export function notificationIn(text: string): string | null {
  const dates = findDates(text);
  let best: { date: string; distance: number } | null = null;
  for (const word of text.matchAll(NOTIFIES)) {
    const at = word.index;
    const end = at + word[0].length;
    // In a timeline the step follows its date and a colon; the next step's date, as near, is another step.
    const heading = dates.find((date) => date.end <= at && STEP_HEAD.test(text.slice(date.end, at)) && !/[.。;；]/u.test(text.slice(date.end, at)));
    if (heading) return text.slice(heading.start, heading.end);
    for (const date of dates) {
      const distance = date.end <= at ? at - date.end : date.start >= end ? date.start - end : 0;
      if (!best || distance < best.distance) best = { date: text.slice(date.start, date.end).replace(/\.$/, ''), distance };
    }
  }
  return best && best.distance <= 12 ? best.date : null;
}

/** The first page's passages, the istio.io originals first: the line quotes a date as the source post writes it. */
const quotable = (ranked: RankedPassages): Ranked[] => quotingOrder(ranked.slice(0, PAGE_SIZE));

/**
 * `line` with the deadline the first page's passages of `event` give, in the question's language; said to be over once
 * the event was held (`held`). Asked when the call opened (`asksOpening`), the day it was announced instead.
 */
function withDeadline(line: DirectAnswer, event: string, ranked: RankedPassages, question: Question, held = false): DirectAnswer {
  const { lang } = question;
  if (timelineAsked(question.rest)) {
    const timeline = withTimeline(line, event, ranked, question, held);
    if (timeline) return timeline;
  }
  if (notificationAsked(question.rest)) return withNotification(line, event, ranked, question);
  if (reviewAsked(question.rest)) return withReview(line, event, ranked, question);
  const opening = asksOpening(question.rest);
  for (const { passage } of quotable(ranked)) {
    if (passage.event !== event || passage.lang !== lang) continue;
    const date = (opening ? openingIn : deadlineIn)(passage.text);
    if (date) return { ...line, text: (opening ? OPENED : held ? CLOSED : WITH_DEADLINE)[lang](line.text, date) };
  }
  return line;
}

/** `line` with the day the first page's passages of `event` say its speakers were notified; as it is when none says. */
function withNotification(line: DirectAnswer, event: string, ranked: RankedPassages, question: Question): DirectAnswer {
  for (const { passage } of quotable(ranked)) {
    if (passage.event !== event || passage.lang !== question.lang) continue;
    const date = notificationIn(passage.text);
    if (date) return { ...line, text: NOTIFIED_ON[question.lang](line.text, date) };
  }
  return line;
}

/** The published schedule's step as the line says it: "schedule published in the week of 11 September", "9 月 11 日那一周公布日程". */
const SCHEDULE_OUT = { en: (line: string, date: string) => `${line}, schedule published ${date}`, zh: (line: string, date: string) => `${line}，${date}公布日程` } as const;

/**
 * Asked a call's timeline ("chicago cfp timeline", "征稿时间表"): `line` with every step the first page's passages of `event`
 * date, in the order a call runs (announced, closing, review, speakers told, schedule out), each from the first passage that
 * gives it; undefined when they date fewer than two steps, a timeline of one step being the usual line's.
 */
function withTimeline(line: DirectAnswer, event: string, ranked: RankedPassages, question: Question, held: boolean): DirectAnswer | undefined {
  const { lang } = question;
  const readers: [(text: string) => string | null | undefined, (line: string, date: string) => string][] = [
    [openingIn, OPENED[lang]],
    [deadlineIn, (held ? CLOSED : WITH_DEADLINE)[lang]],
    [(text) => REVIEW_SPAN[lang].exec(text)?.[1]?.trim(), REVIEWED[lang]],
    [notificationIn, NOTIFIED_ON[lang]],
    [launchIn, SCHEDULE_OUT[lang]],
  ];
  const read = quotable(ranked)
    .filter(({ passage }) => passage.event === event && passage.lang === lang)
    .map(({ passage }) => readers.map(([reader]) => reader(passage.text) ?? null));
  // The passage that dates the most steps gives them all, its dates written one way ("16 June 2023 … 7 September"); the
  // others only the steps it does not date (a post's timeline can be cut in two passages).
  const most = [...read].sort((one, other) => other.filter(Boolean).length - one.filter(Boolean).length);
  const dated = readers.flatMap(([, say], step) => {
    const date = most.map((dates) => dates[step]).find((found) => found);
    return date ? [{ date, say }] : [];
  });
  if (dated.length < 2) return undefined;
  return { ...line, text: dated.reduce((text, { date, say }) => say(text, date), line.text) };
}

/** `line` with the span the first page's passages of `event` say proposals were reviewed in; as it is when none says. */
function withReview(line: DirectAnswer, event: string, ranked: RankedPassages, question: Question): DirectAnswer {
  for (const { passage } of quotable(ranked)) {
    if (passage.event !== event || passage.lang !== question.lang) continue;
    const span = REVIEW_SPAN[question.lang].exec(passage.text)?.[1]?.trim();
    if (span) return { ...line, text: REVIEWED[question.lang](line.text, span) };
  }
  return line;
}

/** Whether `passage` speaks of the call of `event`, or sits under its heading ("演讲征集": "形式包括…"). */
const callOf = (passage: Passage, event: string): boolean => passage.event === event && [passage.text, ...passage.headings].some((text) => CALL_FOR_PROPOSALS.test(text));

/**
 * "istio day eu 2023 cfp timeline": when the first passage is about another event's call (Chicago's timeline, the only one
 * the posts give) the first page's passage about the call of the event the line names leads: the line and the passage
 * under it then speak of the same event.
 */
function sameCallFirst(ranked: RankedPassages, event: string, lang: string): Ranked | undefined {
  const first = ranked.slice(0, PAGE_SIZE);
  const about = first[0]?.passage.event;
  if (about === undefined || about === null || about === event) return undefined;
  return first.find(({ passage }) => passage.lang === lang && callOf(passage, event));
}

/**
 * Asked something of a call beyond the call itself ("how long can a workshop be", "which 方向", "the Sessionize link"): of
 * the first page, the passage about the call of `event` that holds the most of the question's `topic` words (and a length,
 * asked how long), when it holds more than the first passage does. The line already links the call; a passage that only says there is one answers nothing more.
 */
function askedOfCall(question: Question, ranked: RankedPassages, topic: readonly string[], event: string): Ranked | undefined {
  const groups = question.words.groups.filter((group) => topic.includes(group.word));
  if (!groups.length) return undefined;
  const first = ranked.slice(0, PAGE_SIZE);
  // Only a passage that speaks of the call of the event the line links, or sits under its heading ("演讲征集": "形式包括…"):
  // another event's call, or one of its talks that happens to hold a word, answers nothing asked of this call.
  const ofCall = (passage: Passage): boolean => callOf(passage, event);
  // Asked how long ("how long were workshops"), the passage that gives a length beside the word says it, not one that only names it.
  const length = asksHowLong(question.rest);
  const counts = first.map(({ passage }) => (ofCall(passage) ? held(passage.text, groups).size + (length && DURATION.test(passage.text) ? 1 : 0) : 0));
  const most = Math.max(0, ...counts);
  return most > (counts[0] ?? 0) ? first[counts.indexOf(most)] : undefined;
}

/** An event's call-for-proposals `line` with its deadline (or opening day), and the passage that holds what else is asked first. */
export function callLead(line: DirectAnswer, event: string, ranked: RankedPassages, question: Question, held: boolean, topic: readonly string[]): Lead {
  const first = askedOfCall(question, ranked, topic, event) ?? sameCallFirst(ranked, event, question.lang);
  return { direct: withDeadline(line, event, ranked, question, held), ...(first ? { first } : {}) };
}
