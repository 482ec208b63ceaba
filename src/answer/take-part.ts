/**
 * "how do I register for istio day", "cfp deadline istio day europe", "怎么投稿": a question about
 * taking part (registering, submitting a talk) that names several events, or none at all, is about
 * the latest of them whose knowledge holds the link asked for (the earliest, for "the first one"). Its line gives that link (and, for a
 * call for proposals, the answer stage adds the deadline its passages give); no line when no such
 * event holds one. So is the schedule of a series named ("istio day na agenda", "istiocon 议程"): its latest edition's,
 * named in the line. Pure, given the calendar.
 */
import { askOf, asksHowHeld, asksOpening, asksPrice, scheduleLaunchAsked, sessionLanguageNamed, type Question } from '../understand/index.js';
import { ANY_EVENT_WORDS, CALL_CLOSES, isProgrammePage } from '../domain/index.js';
import type { Calendar } from './calendar.js';
import { linkLine } from './direct.js';
import { eventDates } from './event-dates.js';
import { fitsNamed } from './event-match.js';
import { landingPageOf, ownLinks } from './own-links.js';
import { scheduleInLanguage } from './schedule-language.js';
import type { EventInfo, Lang } from '../model/index.js';
import type { Answer, DirectAnswer } from './types.js';

const TAKING_PART = { register: 'register', cfp: 'cfp', schedule: 'schedule' } as const;

/**
 * The line of the latest event of `named` (every event when the question names none and asks
 * nothing else: "怎么投稿") that holds the registration or call-for-proposals link asked for.
 * Undefined for other questions, for one event named (the event knowledge answers it), and for a
 * question about something else ("toc 选举 怎么报名" is no event's registration).
 */
export function takingPart(question: Question, held: readonly EventInfo[], calendar: Calendar): Required<Pick<Answer, 'events' | 'direct'>> | undefined {
  const kind = question.ask === 'register' || question.ask === 'cfp' || question.ask === 'schedule' ? TAKING_PART[question.ask] : undefined;
  // A track held at a conference named beside it ("kubecon amsterdam": three editions, one with its maintainer track) is
  // part of that edition, not an event of another kind.
  const ids = new Set(held.map((one) => one.id));
  const named = held.filter((one) => one.parent === null || !ids.has(one.parent));
  // A schedule is asked of a series named, never of whatever was held last; when one came out is asked of the edition
  // whose passages date it, not of the latest.
  if (!kind || named.length === 1 || (kind === 'schedule' && (!named.length || scheduleLaunchAsked(question.rest)))) return undefined;
  // "istio 最近的 cfp", "最近一次议题征集什么时候截止": the project's name, a noun for any event, and when a call closes ask nothing else of it.
  const asksOnly = (word: string): boolean => askOf(word) !== 'search' || ANY_EVENT_WORDS.includes(word) || (kind === 'cfp' && (word.match(CALL_CLOSES)?.length ?? 0) > 0);
  const onlyAsks = question.words.groups.every((group) => asksOnly(group.word));
  if (!named.length && !onlyAsks) return undefined;
  // Several events of one series ("istio day") stand for its latest; events of several kinds (a birthday's community
  // meetup and a city's meetup) are several things asked about, none of whose links answers.
  if (new Set(named.map((one) => one.kind)).size > 1) return undefined;
  // Only those of the kind, city, year and region the question names: "istio day in chicago, how to sign up" gets Chicago's or none.
  const among = (named.length ? named : calendar.events(question.lang)).filter((one) => fitsNamed(one, question));
  // Newest first (the calendar's order), oldest first for "the first IstioCon": the first that holds the link.
  const ordered = question.time === 'first' ? [...among].reverse() : among;
  // "istiocon 中文议程": the edition with a session list in the language named, before the latest.
  const inLanguage = kind === 'schedule' && sessionLanguageNamed(question.rest) ? ordered.find((one) => scheduleInLanguage(one, question.rest) !== one) : undefined;
  const event = inLanguage ?? ordered.find((one) => ownLinks(one, kind).length > 0);
  const direct = event && linkLine(kind === 'schedule' ? scheduleInLanguage(event, question.rest) : event, kind, question.lang);
  if (event && direct) return { events: [event], direct };
  // No edition of the series gives a registration link: as for one event asked about, the latest's schedule or
  // landing page, where the conference takes its registrations, rather than nothing. Not when the question asks what
  // it costs, how it is held or when sign-ups opened: a page is no price, and the price line answers those.
  const linkAsked = kind === 'register' && asksLink(question.rest);
  const paged = linkAsked ? ordered.find((one) => signUpLine(one, question.lang)) : undefined;
  const page = paged && signUpLine(paged, question.lang);
  return paged && page ? { events: [paged], direct: page } : undefined;
}

/**
 * "register istio day atlanta", "kubecon eu 2026 tickets": the registration link of the one event
 * asked about; when the posts give none, its schedule or landing page (filed as `schedule`), where the conference
 * takes its registrations, named for what it is: its schedule only when it is a page of the programme (a sched site,
 * `/program/schedule/`), else its event page ("register for the atlanta istio day" is sent to no schedule); with no schedule page, its landing page
 * when `landing` (the question asks for a link, not a price or how it is held). Undefined when it has neither. With `dated` (the
 * question asks which day too), the event's dates after its name: "Registration of Istio Day Europe 2025 (1 April 2025)".
 */
export function signUpLine(event: EventInfo, lang: Lang, dated = false, landing = true): DirectAnswer | undefined {
  const page = ownLinks(event, 'schedule')[0];
  const line = linkLine(event, 'register', lang) ?? (page ? linkLine(event, 'schedule', lang, !isProgrammePage(page)) : landing ? eventPageLine(event, lang) : undefined);
  if (!line || !dated || !event.start) return line;
  const dates = eventDates(event, lang);
  return { ...line, text: lang === 'zh' ? `${line.text}（${dates}）` : `${line.text} (${dates})` };
}

/**
 * "istiocon 2022 schedule": an event the posts give no schedule page of, nor talks, whose programme lived on its site (its
 * landing page, where it also took registrations): that page, named its event page, never its schedule. Undefined without one.
 */
export function eventPageLine(event: EventInfo, lang: Lang): DirectAnswer | undefined {
  const page = landingPageOf(event);
  return page ? linkLine({ ...event, links: { ...event.links, register: [page] } }, 'register', lang, true) : undefined;
}

/** Whether a registration question asks where to sign up, not what it costs, how it is held or when sign-ups opened (a page answers none of those). */
export const asksLink = (rest: string): boolean => ![asksPrice, asksHowHeld, asksOpening].some((asks) => asks(rest));

/** A past call named for the next one, which is not announced: said so first. */
const NO_NEW_CALL = { en: (line: string) => `No upcoming call for proposals is announced; the latest: ${line}`, zh: (line: string) => `尚未公布新的征稿；最近一次：${line}` } as const;

/**
 * "when's the next cfp", "下一次 cfp": no event is announced, and the latest call is what the posts can tell (the answer stage
 * adds when it closed), said to be the latest; undefined when no event links one. An event named ("the cfp for the next
 * istio day") is answered with that series' latest event instead (`aboutEvents`).
 */
export function latestCall(question: Question, named: readonly EventInfo[], calendar: Calendar): Required<Pick<Answer, 'events' | 'direct'>> | undefined {
  const call = question.ask === 'cfp' ? takingPart({ ...question, time: 'latest' }, named, calendar) : undefined;
  return call && { ...call, direct: { ...call.direct, text: NO_NEW_CALL[question.lang](call.direct.text) } };
}
