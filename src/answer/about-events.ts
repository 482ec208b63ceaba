/**
 * Natural questions that the event knowledge answers: "when is the next istio day" (the next
 * event), "what talks were at istio day london" (its talks), "who talked about ambient at kubecon
 * 2025" (its talks on a topic), "when was istio day in paris" (its dates, as a direct line),
 * "istiocon 2021 slides" (its slides link). Passages are still found and shown below; this adds the
 * structured part. Pure, given the calendar and the programme.
 */
import { afterAsked, asksDateToo, asksHowLong, beforeAsked, countedPhrases, namesPart, relativeYears, talkSizeAsked, talksAsked, timeOf, whoRanAsked, whoTookPartAsked, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { eventLine, latestLine, linkLine, nextLine, pastLine, unheldLine, type EventLinkKind, type Whereabouts } from './direct.js';
import { fitsNamed, namedInPassing, otherDateAsked } from './event-match.js';
import type { Programme } from './programme.js';
import { scheduleInLanguage } from './schedule-language.js';
import { sequelPart, soleEvent } from './sequel.js';
import { sequelAsked } from './sequel-asked.js';
import { seriesPart } from './series-line.js';
import { namedEvents } from './staged-event.js';
import { nthEarliest, picked } from './picked.js';
import { conferenceYear } from './conference-time.js';
import { linkedEvent } from './linked-event.js';
import { datesAsked } from './lasting.js';
import { asksLink, eventPageLine, latestCall, signUpLine, takingPart } from './take-part.js';
import { givenElsewhere, heldLine, sessionSchedule, wholeProgramme, withEventSchedule } from './talk-lines.js';
import { talksPart } from './talks-part.js';
import { weekSessions } from './week-sessions.js';
import { nameWords } from './name-words.js';
import { nextInTitle } from './titled-time.js';
import { topicOf } from './topic.js';
import { byWording, unheldWords } from './worded-talks.js';
import { heldInYear, withHeldInYear } from './year-held.js';
import { ANY_EVENT_WORDS, eventName, KIND_NAMES, OWN_SERIES, REGIONS, VIRTUAL_WORDS } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';
import type { Answer, DirectAnswer } from './types.js';

/**
 * What the event knowledge adds to an answer; `lookedFrom`, the past event a question asks what came after or before
 * ("what happened after istio day paris", "the istio day before london") and which way, only reorders the passages.
 */
export type EventPart = Partial<Pick<Answer, 'intent' | 'events' | 'talks' | 'direct'>> & { lookedFrom?: { event: EventInfo; direction: 'after' | 'before' } };

/** Event links a question can ask for, by the intent that asks. */
const LINK_OF: Partial<Record<Question['ask'], EventLinkKind>> = { slides: 'slides', video: 'recordings', schedule: 'schedule', register: 'register', cfp: 'cfp' };

/**
 * The next event among `among` (default: every event), with its line and the days until it; when
 * none is announced, the latest one, said so. `latest` is set only in that case. `where` says
 * whether the line names the venue.
 */
export function nextOrLatest(calendar: Calendar, lang: Question['lang'], now: Date, among = calendar.events(lang), where: Whereabouts = {}): { next?: EventInfo; latest?: EventInfo; direct?: DirectAnswer } {
  const [next] = calendar.next(lang, now, among);
  if (next?.start) {
    const direct = nextLine(next, now, lang, where);
    return direct ? { next, direct } : { next };
  }
  const [latest] = among;
  const direct = latest && latestLine(latest, now, lang, where);
  return latest ? (direct ? { latest, direct } : { latest }) : {};
}

/** `nextOrLatest` as what the event knowledge adds: the next event (the intent `next`), else the latest, said so. */
function nextOrLatestPart(calendar: Calendar, lang: Question['lang'], now: Date, among?: EventInfo[], where: Whereabouts = {}): EventPart {
  const { next, latest, direct } = nextOrLatest(calendar, lang, now, among, where);
  if (next) return { intent: 'next', events: [next], ...(direct ? { direct } : {}) };
  return latest ? { events: [latest], ...(direct ? { direct } : {}) } : {};
}

const HAN = /\p{Script=Han}/u;

/** What is asked of an event's programme (its talks, their links, its schedule), not of whether it is held. */
const ASKS_OF_HELD: ReadonlySet<Question['ask']> = new Set(['talks', 'slides', 'video', 'schedule']);

/**
 * "is there an istio day in 2026", "kubecon europe 2027", "istiocon this year", "2027 events": one
 * kind of event (or events of any kind, in one region or none) and one year after the latest of them
 * the posts know: none is announced, and that latest one, said so; events of the year under way, whose latest it is ("今年
 * istio 有哪些活动", "kubecon eu this year"), the next to come, else that latest. A year with none before that is no news of the future. An Istio Day or a track "at kubecon na 2026" is the one kind (kinds come narrowest first), not one before or after it.
 */
function unheld(question: Question, calendar: Calendar, now: Date): EventPart | undefined {
  const { kinds, regions, years } = question.entities;
  const [kind, otherKind, third] = kinds;
  if ((otherKind && (otherKind !== 'kubecon' || third || afterAsked(question.rest) || beforeAsked(question.rest))) || regions.length > 1) return undefined;
  // "events" of no kind: a noun for any event, not the project's name alone ("istio 2027").
  const says = (noun: string): boolean => (HAN.test(noun) ? question.rest.includes(noun) : question.words.groups.some(({ word }) => word === noun));
  if (!kind && !ANY_EVENT_WORDS.some((noun) => noun !== 'istio' && says(noun))) return undefined;
  const said = [...new Set([...years, ...relativeYears(question.rest).map((offset) => now.getUTCFullYear() + offset)])];
  const region = REGIONS.find((one) => one === regions[0]) ?? null;
  // "istio day at the last kubecon eu": the year of that KubeCon, as though said.
  const [year = conferenceYear(question, calendar, region, now) ?? undefined, otherYear] = said;
  if (year === undefined || otherYear !== undefined) return undefined;
  const [latest] = calendar.ofKind(kind ?? null, region, question.lang);
  const name = KIND_NAMES.find((entry) => entry.kind === kind);
  const latestYear = Number(latest?.start?.slice(0, 4));
  // "is there a kubecon eu this year", said after it was held, asks of this year's as "今年 istio 有哪些活动" does.
  const underWay = relativeYears(question.rest).length > 0 && year === now.getUTCFullYear();
  if (!latest || latestYear > year || (latestYear === year && !underWay)) return undefined;
  // "今年 kubecon eu 维护者专场 链接", "this year's kubecon eu schedule": the talks or a link of this year's, held already,
  // are asked of it, as of its year said in digits; not whether another is coming.
  if (latestYear === year) return ASKS_OF_HELD.has(question.ask) ? undefined : nextOrLatestPart(calendar, question.lang, now, calendar.ofKind(kind ?? null, region, question.lang));
  // "any istio day this year?": none is, but the project may have been at another kind of event that year.
  const during = kind ? heldInYear(calendar, kind, region, year, question.lang) : [];
  const direct = withHeldInYear(unheldLine(name ? eventName(name, region, null) : null, year, latest, now, question.lang), during, year, now, question.lang);
  return { events: [latest, ...during], ...(direct ? { direct } : {}) };
}

export function aboutEvents(question: Question, calendar: Calendar, programme: Programme, now: Date): EventPart {
  const { lang, ask, time } = question;
  const none = unheld(question, calendar, now);
  if (none) return none;
  const named = namedEvents(question, calendar, programme);
  // "下一次选举", "next steering election": the next of something else than events. A year alone names no event.
  const { kinds, cities, regions } = question.entities;
  const namesEvent = named.length > 0 && kinds.length + cities.length + regions.length > 0;
  // Worked out only for the questions with a time word that read it.
  const ofEvents = (): boolean => namesEvent || !topicOf(question, calendar).some((word) => timeOf(word) === null);
  // "what's coming up in amsterdam": every event held there, not the one "istio" names best (Istio Day Europe 2023).
  const timed = namesEvent && !kinds.length ? calendar.heldIn(cities, regions, lang) : named;
  const asksEvent = ask === 'latest' || ask === 'when' || ask === 'where' || ask === 'search';
  // "where was…", "venue", "地址": the line names the venue the posts give, with the city.
  const where: Whereabouts = { venue: ask === 'where' };
  // "the istiocon that followed 2021's", "the istio day before atlanta": the one held after (before) that past event
  // ("the next kubecon europe 2027", not held yet, is that one; "the next istio day in london" is the next to come there).
  // A place alone ("after atlanta") is every event held there, of the year named if any: the week's conference is the one.
  const held = namesEvent && !kinds.length ? timed.filter((event) => !question.entities.years.length || question.entities.years.some((year) => event.start?.startsWith(String(year)))) : named;
  // "another istiocon after the first one": the first of the series named is where the question looks from.
  const first = time === 'first' && !cities.length && !regions.length && !question.entities.years.length ? picked(named, question, lang, calendar, now) : held;
  const sequel = asksEvent ? sequelPart(question, first, calendar, now) : sequelAsked(question, first, calendar, now);
  if (sequel) return Array.isArray(sequel) ? ofNamed(question, sequel, calendar, programme, now, true) : sequel;
  // "the chicago istio day 2023 call, closing soon": a year already past says which event is asked, not "soon", "next".
  const pastYear = question.entities.years.length > 0 && question.entities.years.every((year) => year < now.getUTCFullYear());
  const upcoming = time === 'next' && !pastYear;
  // Of the kind named though no name holds its words ("上次的 istio 大会"); none held in the place named, no line.
  const ofKind = timed.length || !kinds.length ? timed : calendar.events(lang).filter((event) => kinds.includes(event.kind));
  if ((upcoming || time === 'latest') && asksEvent && regions.length + cities.length > 0 && !ofKind.some((event) => fitsNamed(event, question))) return {};
  // "the next virtual event", "下一场线上活动": the posts tell too little of how each was held to name the latest online one (IstioCon 2023's no event of theirs).
  if (upcoming && asksEvent && question.words.groups.some(({ word }) => VIRTUAL_WORDS.some((virtual) => word.includes(virtual)))) return {};
  if (upcoming && asksEvent && ofEvents()) return nextOrLatestPart(calendar, lang, now, ofKind.length ? ofKind.filter((event) => fitsNamed(event, question)) : undefined, where);
  // "the latest kubecon istio was at": an event named plainly is what the latest is of, whatever else is said.
  if (time === 'latest' && asksEvent && (namesEvent || !topicOf(question, calendar).length)) {
    const [latest] = calendar.begun(ofKind.length ? ofKind : calendar.events(lang), now);
    return latest ? { events: [latest], direct: pastLine(latest, now, lang, where) } : {};
  }
  // "when was the first istiocon", "first istio day in europe": the earliest dated one of the events named, when they are of
  // a series the posts know from its start (none when none is named: "the first kubecon" was before the posts).
  if (time === 'first' && (ask === 'when' || ask === 'where' || (asksEvent && named.length > 0)) && named.every((event) => OWN_SERIES.has(event.kind)) && !topicOf(question, calendar).length) {
    const [first] = nthEarliest(named, question.edition);
    return first ? { events: [first], direct: eventLine(first, lang, where) } : {};
  }
  // "slides of the next istio day", "the cfp of the next one": none is announced, the latest is named, said so (not a past call).
  const readsEvent = LINK_OF[ask] !== undefined || ask === 'talks' || ask === 'who' || ask === 'how-many';
  // "who gave the future of istio talk in amsterdam": "future" typed in a talk's title asks for no next event.
  const titledNext = (): boolean => question.aboutTalks && (ask === 'who' || ask === 'talks') && nextInTitle(question.rest, programme.all(lang));
  if (upcoming && namesEvent && readsEvent && !calendar.next(lang, now, named).length && !titledNext()) return nextOrLatestPart(calendar, lang, now, named);
  // "How do I register for istio day": the latest Istio Day whose registration link is known.
  // "when's the next cfp", of no event named, none to come: the latest call, said to be the latest.
  const linked = (upcoming && !namesEvent && !calendar.next(lang, now).length && latestCall(question, named, calendar)) || takingPart(question, named, calendar);
  if (linked) return linked;
  // "who spoke at the last istio day", "talks at the first istiocon": the one event the time word picks.
  return ofNamed(question, namesEvent ? picked(named, { time: upcoming || time !== 'next' ? time : null, edition: question.edition }, lang, calendar, now) : named, calendar, programme, now);
}

/** What the question asks of the events it names: their talks (a count, their speakers), their dates, a link. */
function ofNamed(question: Question, named: EventInfo[], calendar: Calendar, programme: Programme, now: Date, sequel = false): EventPart {
  const { lang, ask } = question;
  const { kinds, cities, years } = question.entities;
  // "How many talks…" is counted from the knowledge only for an event named plainly (its kind, city or year),
  // and when the talks are what is counted ("istiocon 2021 演讲 多少分钟" counts minutes).
  const countsTalks = (): boolean => {
    const nouns = countedPhrases(question.rest);
    // "How long does an istio day lightning talk last" asks a duration, "max speakers of a panel" people, not how many talks there were.
    return (!nouns.length || nouns.some(talksAsked)) && !asksHowLong(question.rest) && !talkSizeAsked(question.rest);
  };
  const counted = named.length > 0 && ask === 'how-many' && question.aboutTalks && kinds.length + cities.length + years.length > 0 && countsTalks();
  // "keynotes at kubecon eu 2025", "contribfest kubecon na 2023": a plain question about talks, or naming a session
  // of the project's (its maintainer track, its ContribFest), at an event named, asks for its talks; one that asks
  // about something no talk's title says ("the keynote's sponsor") is answered by the passages.
  const session = kinds.includes('maintainer-track') || kinds.includes('contribfest');
  // A word is titled when a title holds it or one of its synonyms (惠普 of "HP end-user talk").
  const untitled = (spared: ReadonlySet<string> = new Set()): boolean => topicOf(question, calendar).some((word) => programme.titleSaid(word) === null && !spared.has(word));
  // An organisation named says whose talks ("the lyft speaker at the stream"), no title word: `talksPart` picks them (`givenBy`).
  const whose = (): Set<string> => new Set(programme.organisations.in(question.rest).flatMap((organisation) => organisation.words));
  // "keith mattix london", "faseela k chicago": a speaker typed beside an event asks for their talks there, whose titles
  // hold no word of their name.
  const speakers = (): string[] => programme.speakersIn(question.rest);
  const given = (): Set<string> => new Set([...whose(), ...speakers().flatMap((name) => nameWords(name))]);
  const aboutTalks = ask === 'search' && named.length > 0 && (question.aboutTalks || session || speakers().length > 0) && !untitled(given());
  // "who was on the stream", "who was at istio day": who took part in a programme is who gave its talks; "who ran the contribfest", its "主持人" too.
  // So does who, of a session named with nothing else asked of it ("2025 kubecon 欧洲 维护者专场 是谁").
  const tookPart = ask === 'who' && named.length > 0 && ((whoTookPartAsked(question.rest) && !untitled(whose())) || (session && (whoRanAsked(question.rest) || namesPart(question.rest) || !topicOf(question, calendar).length)));
  if (ask === 'talks' || (ask === 'who' && (question.aboutTalks || tookPart)) || counted || aboutTalks) return wholeProgramme(question, talksPart(question, named, calendar, programme), named);
  // Nothing more is asked of no event.
  if (!named.length) return {};
  // "北京 meetup envoy 幻灯片": the slides, video or schedule page of the talks of an event a word of their title names;
  // "the agenda, what was talked about": the talks, linking the event's schedule when they have none. Else (no such talk) its own link.
  const titled = (): boolean => topicOf(question, calendar).some((word) => programme.titleSaid(word) !== null) && !untitled();
  // "paris 2024 istio project update sched page": a talk's own schedule page, as its slides or video.
  const ofTalks = ((ask === 'slides' || ask === 'video' || ask === 'schedule') && titled()) || (ask === 'schedule' && question.aboutTalks);
  const listed = ofTalks ? talksPart(question, named, calendar, programme) : {};
  // "istio day paris sessions schedule": the conference's talks stood in for an Istio Day that has a schedule page of its own:
  // that page answers, unless the question titles one of those talks ("the sched page of the paris 2024 istio project update").
  if (listed.talks?.length && !(ask === 'schedule' && givenElsewhere(listed.talks, named) && !titled()))
    return ask === 'schedule' ? withEventSchedule({ ...listed, talks: listed.talks }, named.map((event) => scheduleInLanguage(event, question.rest))) : mediaOf(listed);
  // A year or a number alone ("2026 选举投票时间", "kiali 2.0") names no event to answer about; a city does, in as many
  // words as it takes ("salt lake city": no event's name holds the three as one word).
  const byName = cities.length > 0 || calendar.namesByName(question.words.groups.map(({ word }) => word));
  // The line names the one event asked about, or none: never one of another kind, city, year or region (`series-line.ts`).
  const only = byName ? soleEvent(named, kinds.length === 0 && cities.length > 0) : undefined;
  if (!only || !(sequel || fitsNamed(only, question))) return (!only && byName && (ask === 'when' || ask === 'where') && seriesPart(question, named, calendar)) || {};
  // "who hosted the last istio day", "the latest istio day sponsor", "who chaired the istio day before atlanta": the one event
  // the time word, "before" or "after" (`sequel`) picks is what the who line quotes, not another whose passage ranks first.
  if (ask === 'who' && (question.time !== null || sequel)) return { events: [only] };
  // "speaker notifications date", "when did izzy become one of phippy's friends": its own date or city is no answer.
  const dated = datesAsked(question, calendar, only);
  if (dated && otherDateAsked(only, question, topicOf(question, calendar, true))) return { events: [only] };
  if (dated) return heldLine(only, question, programme, calendar, now);
  const kind = LINK_OF[ask];
  // "the programme of the day before istio day paris" asks about what was held beside it, not its own page (but "上上届 istio
  // day 欧洲 ppt" is the one event before the latest, `sequel`); "automated cloud native sched link", the title of a talk given
  // elsewhere, not Cloud Native AI Day's ("izzy book reading" is its own).
  if (!kind || (!sequel && (beforeAsked(question.rest) || afterAsked(question.rest))) || titlesTalkElsewhere(only, question, calendar, programme)) return {};
  const linked = linkedEvent(only, named, kind);
  const direct = kind === 'register' ? signUpLine(linked, lang, asksDateToo(question.rest), asksLink(question.rest)) : (linkLine(kind === 'schedule' ? scheduleInLanguage(linked, question.rest) : linked, kind, lang) ?? (kind === 'schedule' ? sessionSchedule(linked, programme, lang) : undefined));
  // Its talks' own recordings or decks, also beside the event's own page ("beijing meetup slides"); no schedule page: the programme its posts list.
  const { intent: _talks, ...own } = ask === 'video' || ask === 'slides' || (!direct && ask === 'schedule') ? talksPart(question, named, calendar, programme, ask === 'schedule' ? undefined : ask) : {};
  // Chinese words no title holds name one talk in other words (`byWording`): it first, or, none near, the passages (beside a line of the event's own link, its talks).
  const unheld = ask === 'schedule' || !own.talks ? [] : unheldWords(topicOf(question, calendar, true), (word) => programme.titleWord(word));
  const talks = unheld.length && own.talks ? (byWording(own.talks, unheld) ?? (direct ? own.talks : null)) : own.talks;
  if (talks?.length) return ask === 'schedule' ? own : { ...mediaOf({ ...own, talks, intent: 'talks' }), ...(direct ? { direct } : {}) };
  // A schedule: beside the event's own page, the pages of the sessions of its week that have one.
  const week = ask === 'schedule' ? weekSessions(only, calendar, programme, lang) : [];
  return { events: [linked], direct: direct ?? (ask === 'schedule' ? eventPageLine(linked, lang) : undefined), ...(week.length ? { talks: week } : {}) };
}

/** Whether an occasion is named in passing by words that title talks, all of them given at other events. */
function titlesTalkElsewhere(event: EventInfo, question: Question, calendar: Calendar, programme: Programme): boolean {
  const topic = topicOf(question, calendar, true);
  if (!namedInPassing(event, question.rest, topic)) return false;
  const titled = programme.titled(topic, question.lang);
  return titled.length > 0 && titled.every((talk) => talk.event !== event.name);
}

/** Talks listed for their videos or slides, without the line naming them: the one talk titled gets `talkMedia`'s line. */
const mediaOf = ({ direct: _titles, ...talks }: EventPart): EventPart => talks;
