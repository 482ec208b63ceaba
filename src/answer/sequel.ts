/**
 * The event held right after or right before one past event a question names ("which istiocon
 * followed the 2021 one", "istio day after paris 2024", "the istio day before atlanta"): of its
 * kind, or, for a place alone, the conference held there; asked what followed when none of its kind did,
 * the next Istio Day, IstioCon, meetup or KubeCon. Pure, given the calendar.
 */
import { ANY_EVENT_WORDS } from '../domain/index.js';
import { afterAsked, beforeAsked, followsAsked, whatFollowedAsked, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { eventLine, latestLine } from './direct.js';
import type { EventInfo } from '../model/index.js';
import type { EventPart } from './about-events.js';

/**
 * The one event `named` stands for: the only one, or the conference whose tracks are all the others
 * ("kubecon eu 2026" names its maintainer track too, whose name holds the conference's); none when
 * the question names events that are not one.
 */
export function soleEvent(named: readonly EventInfo[]): EventInfo | undefined {
  return named.find((event) => named.every((other) => other === event || other.parent === event.id));
}

/** Which way from the event named the question looks: after it, before it, or neither. */
function directionOf({ time, text, entities }: Question): 'after' | 'before' | null {
  // "next" with a year ("the next istiocon after 2021") follows it; without one it may mean the next to come, so
  // only "after" says so. "after" alone, with no time word, says it outright ("istio day after paris 2024").
  if (time === 'next') return (entities.years.length ? followsAsked(text) : afterAsked(text)) ? 'after' : null;
  if (time === null && afterAsked(text)) return 'after';
  // "another istiocon after the first one": the first is the one named, what followed it is asked.
  if (time === 'first') return afterAsked(text) ? 'after' : null;
  // "previous istio day before atlanta": "last" or "previous" alone is the latest, "before" one named is its predecessor.
  return (time === 'latest' || time === null) && beforeAsked(text) ? 'before' : null;
}

/** The event after or before the one past event `named` stands for, with its line; none when the question asks neither. */
export function sequelPart(question: Question, named: readonly EventInfo[], calendar: Calendar, now: Date): EventPart | undefined {
  const { kinds, cities, regions } = question.entities;
  if (!named.length || kinds.length + cities.length + regions.length === 0) return undefined;
  const direction = directionOf(question);
  if (!direction) return undefined;
  // A conference and its tracks are one event; a place alone stands for the conference held there.
  // A place alone that held other things beside its conference (a book launch) stands for the conference.
  const conferences = named.filter((event) => event.kind === 'kubecon');
  const [only] = kinds.length ? named : [soleEvent(named) ?? (conferences.length === 1 ? conferences[0] : undefined)];
  const once = !kinds.length || named.every((event) => event.start === only?.start);
  const past = only?.start !== null && only?.start !== undefined && only.start < now.toISOString().slice(0, 10);
  if (!only || !once || !past) return undefined;
  // "what came after istiocon china 2023", "上海站的下一场 istio 活动": when none of its kind followed, the next event of
  // another ("istio day after atlanta" asks for an Istio Day: none is said so). A place alone already stands for its conference.
  const anyKind = kinds.length > 0 && (whatFollowedAsked(question.text) || question.words.groups.some(({ word }) => word !== 'istio' && ANY_EVENT_WORDS.includes(word)));
  const found = direction === 'before' ? calendar.before(only, question.lang) : (calendar.after(only, question.lang) ?? (anyKind ? calendar.afterAny(only, question.lang) : undefined));
  // "istio day after atlanta", the latest of its kind: none after it is announced, and it is the latest, said so.
  // "where was the istio day after paris": the line names its venue.
  const where = { venue: question.ask === 'where' };
  const direct = found ? eventLine(found, question.lang, where) : direction === 'after' ? latestLine(only, now, question.lang, where) : undefined;
  if (!direct) return undefined;
  return { events: [found ?? only], direct };
}
