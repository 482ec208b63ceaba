/**
 * The event held right after or right before one past event a question names ("which istiocon
 * followed the 2021 one", "istio day after paris 2024", "the istio day before atlanta"): of its
 * kind, or, for a place alone, the conference held there; asked what followed when none of its kind did,
 * the next Istio Day, IstioCon, meetup or KubeCon. Pure, given the calendar.
 */
import { ANY_EVENT_WORDS, kindIn, placeOf } from '../domain/index.js';
import { afterAsked, afterSides, beforeAsked, beforeSides, followsAsked, pickAsked, understand, whatFollowedAsked, withoutSpansAround, yearsAround, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { eventLine, latestLine } from './direct.js';
import type { EventInfo } from '../model/index.js';
import type { EventPart } from './about-events.js';
import { nthEarliest } from './picked.js';

const HAN = /\p{Script=Han}/u;

/**
 * The one event `named` stands for: the only one, or the conference whose tracks are all the others
 * ("kubecon eu 2026" names its maintainer track too, whose name holds the conference's); none when
 * the question names events that are not one. `place`: they are the events held at a place named alone.
 */
export function soleEvent(named: readonly EventInfo[], place = false): EventInfo | undefined {
  // Of a place named alone, a book launch or a birthday campaign held the same week ("Izzy Saves the Birthday" in
  // Salt Lake City) is no occasion of its own beside the conference: it does not make the place name two. Named by
  // the question's words, it is one of the things asked about (a birthday's meetup is not Beijing's).
  const occasions = place ? named.filter((event) => event.kind !== 'other') : named;
  const among = occasions.length ? occasions : named;
  return among.find((event) => among.every((other) => other === event || other.parent === event.id));
}

/** "after the first one": the earliest of the events named, of a series the posts know from its start (none else). */

/** Which way from the event named the question looks: after it, before it, or neither. */
function directionOf({ time, edition, rest: said, entities }: Question): 'after' | 'before' | null {
  // "the day before istio day london" asks of a day around it, not of the Istio Day held before it.
  const text = withoutSpansAround(said);
  // "next" with a year ("the next istiocon after 2021") follows it; without one it may mean the next to come, so
  // only "after" says so. "after" alone, with no time word, says it outright ("istio day after paris 2024").
  // "paris, what came next", "芝加哥那届接下来去了哪" ask what followed it as "after" does.
  if (time === 'next') return (entities.years.length ? followsAsked(text) : afterAsked(text) || whatFollowedAsked(text)) ? 'after' : null;
  // "the istiocon held after the first one": the ordinal picks the event, "after" looks past it.
  if (time !== 'latest' && afterAsked(text)) return 'after';
  // "previous istio day before atlanta": "last" or "previous" alone is the latest, "before" one named is its predecessor.
  return (time !== 'first' || edition !== null) && beforeAsked(text) ? 'before' : null;
}

/**
 * Which of the events named a question looks past or before: the one "the first", "the last" picks; of the
 * year named (of one kind), the last of them to look past, the first to look before ("the istio day after the
 * 2024 one"); else all of them.
 */
function pickedOf({ time, edition, rest, entities }: Question, named: readonly EventInfo[], direction: 'after' | 'before'): readonly EventInfo[] {
  // "what came after the second istiocon": an edition said by its rank is picked as "the first" is.
  const pick = time === 'first' ? 'first' : (pickAsked(rest) ?? (edition === null ? null : 'first'));
  if (pick === 'first') return nthEarliest(named, edition);
  // Of one kind only: "istiocon 2021 以后北京…" names the Beijing meetup of 2021 too, which is no earlier IstioCon.
  const ofYears = entities.years.length > 0 && named.every((event) => event.kind === named[0]?.kind && entities.years.some((year) => event.start?.startsWith(String(year))));
  if (pick === 'latest' || (ofYears && direction === 'after')) return named.slice(0, 1);
  return ofYears ? named.slice(-1) : named;
}

/** The one past event the events named stand for (a conference with its tracks, the one a time word picks); none when they are several. */
function lookedPast(question: Question, kinds: readonly string[], named: readonly EventInfo[], direction: 'after' | 'before', now: Date): EventInfo | undefined {
  const picked = pickedOf(question, named, direction);
  // A conference and its tracks are one event; a place alone stands for the conference held there.
  const [only] = kinds.length ? picked : [soleEvent(picked, true)];
  const once = !kinds.length || picked.every((event) => event.start === only?.start);
  const past = only?.start !== null && only?.start !== undefined && only.start < now.toISOString().slice(0, 10);
  return only && once && past ? only : undefined;
}

/** The event after or before the one past event `named` stands for, with its line; none when the question asks neither. */
export function sequelPart(question: Question, named: readonly EventInfo[], calendar: Calendar, now: Date): EventPart | undefined {
  const { kinds, cities, regions } = question.entities;
  // "what followed the 4th birthday", "the event after the book launch": named by its own name, of no kind or place.
  const span = yearSpan(question);
  const direction = span?.direction ?? directionOf(question);
  // "巴黎之后的北美站": no event is held in the city and the region named together; each side of "after" names one.
  if (!named.length && direction === 'after' && cities.length && regions.length) return splitSequel(question, calendar, now);
  if (!named.length || (kinds.length + cities.length + regions.length === 0 && !calendar.namesByName(question.words.groups.map(({ word }) => word)))) return undefined;
  if (!direction) return undefined;
  // Two series named ("the istiocon after the beijing meetup", "北京 meetup 之后的 istiocon"): the words on either side of
  // "after" say which one is looked past and which is asked for (a KubeCon beside its Istio Day is one week, no second).
  const split = direction === 'after' && new Set(kinds.filter((kind) => kind !== 'kubecon')).size > 1 ? splitSequel(question, calendar, now) : undefined;
  if (split) return split;
  const only = lookedPast(question, kinds, named, direction, now);
  if (!only) return direction === 'after' ? splitSequel(question, calendar, now) : undefined;
  // "what came after istiocon china 2023", "上海站的下一场 istio 活动": when none of its kind followed, the next event of
  // another ("istio day after atlanta" asks for an Istio Day: none is said so). A place alone names no kind: what
  // followed it is the next stop of any ("盐湖城之后的下一站": the Istio Day in London, before its KubeCon).
  // "the next event after kubecon 2020": a noun for any event asks for the next of any kind, whatever the kind of the one named;
  // a Chinese one may be part of a run read as one word ("之后是哪个活动呢": 是哪个活动呢).
  const anyEvent = question.words.groups.some(({ word }) => word !== 'istio' && ANY_EVENT_WORDS.some((noun) => word === noun || (HAN.test(noun) && word.includes(noun))));
  const anyKind = kinds.length > 0 && whatFollowedAsked(question.rest);
  const among = wantedAmong(question, direction, calendar, span && { only, years: span.years }, anyEvent || anyKind);
  const following = (): EventInfo | undefined => (kinds.length && !anyEvent ? (calendar.after(only, question.lang, among) ?? (anyKind ? calendar.afterAny(only, question.lang, among) : undefined)) : calendar.afterAny(only, question.lang, among));
  // "the istio day before kubecon eu 2026": a kind said on the side asked for is what is looked for, not the named one's.
  const sought = direction === 'before' ? kindIn(beforeSides(question.rest)?.wanted ?? '')?.kind : undefined;
  const found = direction === 'before' ? calendar.before(only, question.lang, among, sought ?? only.kind) : following();
  return sequelLine(question, direction, only, found, now);
}

/**
 * "the istio day na before salt lake city", "kubecon eu before the amsterdam 2026 one": a region said on the side of
 * "before" or "after" that asks for the event found is where that one was held; said on the side of the one looked
 * from ("what came after kubecon eu 2025"), it says nothing of the other. All events of `lang` when none is said.
 */
function wantedAmong(question: Question, direction: 'after' | 'before', calendar: Calendar, span?: { only: EventInfo; years: number }, anyNext = false): readonly EventInfo[] | undefined {
  const sides = direction === 'after' ? afterSides(question.rest) : beforeSides(question.rest);
  const wanted = (span && yearsAround(question.rest)?.wanted) || sides?.wanted;
  const said = wanted?.trim() ? understand(wanted, question.lang).entities.regions : [];
  // "上上届北美 istio day": a word that says "before the latest" whole splits nothing; the regions said name the series.
  const unsplit = !sides && direction === 'before' ? question.entities.regions : said;
  const regions = said.length || anyNext || !sides ? unsplit : seriesRegions(question, sides.named);
  const held = regions.length ? calendar.heldIn([], regions, question.lang) : undefined;
  if (!span?.only.start) return held;
  // "the year before london": of those, the ones held in that year.
  const year = String(Number(span.only.start.slice(0, 4)) + (direction === 'after' ? span.years : -span.years));
  return (held ?? calendar.events(question.lang)).filter((event) => event.start?.startsWith(year));
}

/**
 * "北美 istio day 盐湖城之前那届", "after salt lake city, which north american istio day came next": a region said beside
 * the city that names the one looked from, where that city lies, is no help in naming it (the city does): it names the
 * series, whose edition before or after is asked for. Without a city ("what came after kubecon eu 2025") the region
 * names the one looked from, and asked what came next of any kind, the region says nothing of it.
 */
function seriesRegions(question: Question, named: string): readonly string[] {
  const { cities, regions } = question.entities;
  if (!cities.length || !regions.length) return [];
  const side = understand(named, question.lang).entities;
  const within = side.cities.length > 0 && side.cities.every((city) => side.regions.includes(placeOf(city)?.region ?? ''));
  return within ? side.regions : [];
}

/**
 * "istio day eu the year before london", "伦敦前一年的欧洲 istio day": a year said around the event named, beside the kind or
 * place of the one asked for (not "the day before istio day london", nor "contributors the year before"): that one.
 */
function yearSpan(question: Question): { direction: 'after' | 'before'; years: number } | undefined {
  const around = yearsAround(question.rest);
  if (!around?.wanted.trim()) return undefined;
  const { kinds, cities, regions } = understand(around.wanted, question.lang).entities;
  return kinds.length + cities.length + regions.length ? around : undefined;
}

/**
 * "istiocon 2022 之后欧洲有什么活动": the question as a whole names no one event, but the words on one side of
 * "after" do (before 之后, after "after"), and those on the other say what followed it: held where they name,
 * of the kind they name; of any kind, the next stop.
 */
function splitSequel(question: Question, calendar: Calendar, now: Date): EventPart | undefined {
  const sides = afterSides(question.rest);
  if (!sides) return undefined;
  const side = understand(sides.named, question.lang);
  const { kinds, cities, regions } = side.entities;
  if (kinds.length + cities.length + regions.length === 0) return undefined;
  // A place alone stands for every event held there (of the year named), as for the whole question.
  const ofYear = (event: EventInfo): boolean => !side.entities.years.length || side.entities.years.some((year) => event.start?.startsWith(String(year)));
  const named = kinds.length ? calendar.about(side.rest, question.lang) : calendar.heldIn(cities, regions, question.lang).filter(ofYear);
  const only = lookedPast(side, kinds, named, 'after', now);
  if (!only) return undefined;
  const wanted = understand(sides.wanted, question.lang).entities;
  const held = wanted.cities.length + wanted.regions.length ? calendar.heldIn(wanted.cities, wanted.regions, question.lang) : calendar.events(question.lang);
  const among = wanted.kinds.length ? held.filter((event) => wanted.kinds.includes(event.kind)) : held;
  return sequelLine(question, 'after', only, calendar.afterAny(only, question.lang, among), now);
}

/** The line of the event found after (before) `only`; when none followed, `only` named as the latest, said so. */
function sequelLine(question: Question, direction: 'after' | 'before', only: EventInfo, found: EventInfo | undefined, now: Date): EventPart | undefined {
  // "istio day after atlanta", the latest of its kind: none after it is announced, and it is the latest, said so.
  // "where was the istio day after paris": the line names its venue.
  const where = { venue: question.ask === 'where' };
  const direct = found ? eventLine(found, question.lang, where) : direction === 'after' ? latestLine(only, now, question.lang, where) : undefined;
  if (!direct) return undefined;
  return { events: [found ?? only], direct, lookedFrom: { event: only, direction } };
}
