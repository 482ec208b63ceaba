/**
 * The events a stage or track names: "sessions at the cloud native theater" names the conference whose post lists its
 * Istio sessions under "Istio sessions at the Cloud Native Theater", not Cloud Native AI Day, whose name holds two of its
 * words. Pure.
 */
import { ANY_EVENT_WORDS } from '../domain/index.js';
import { TALK_FORMATS, talksAsked, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { nameWords } from './name-words.js';
import { topicOnly, topicWord } from './occasion-words.js';
import type { Programme } from './programme.js';
import type { EventInfo } from '../model/index.js';

/**
 * The events a question names (`Calendar.about`); or, when none of those but others list talks under a heading holding
 * every word of it naming an event and some word no event's name holds (the "theater"), which the names cannot account
 * for, those others.
 */
export function namedEvents(question: Pick<Question, 'rest' | 'lang' | 'ask'>, calendar: Calendar, programme: Programme): EventInfo[] {
  const { sections } = programme;
  const found = calendar.about(question.rest, question.lang);
  // An organisation's name names no event: "solo.io talks" are not IstioCon's by the "io" of its name (only re-read when
  // some event was found, and the question names an organisation).
  const organisations = found.length ? programme.organisations.in(question.rest) : [];
  const about = organisations.length ? calendar.about(programme.organisations.without(question.rest, organisations), question.lang) : found;
  // "any ai talks": a few words of an occasion's name that talks' titles hold are their topic, not that occasion (Cloud
  // Native AI Day). Only of talks: "下一个 istio 生日" names the birthdays, though a talk's title holds "birthday".
  const named = question.ask === 'talks' ? about.filter((event) => !topicOnly(event, question.rest, topicWord(calendar, question.lang, (word) => programme.titleWord(word)))) : about;
  // The conference's dates are not the hours of its stage ("what hour do the istio slots on the … theater begin").
  if (question.ask === 'when') return named;
  const words = nameWords(question.rest);
  // Every word naming an event must be the stage's ("london" of "the istio day london sessions" is no heading's), and
  // some other word of it no kind of talk nor a word asking for talks: "sessions" of "istio sessions" stands for any, and
  // "sessions at the latest istio day" names no heading "Istio Day and Key Sessions" (KubeCon's week).
  const naming = words.filter((word) => calendar.names(word) && !ANY_EVENT_WORDS.includes(word));
  const others = words.filter((word) => !calendar.names(word) && !TALK_FORMATS.includes(word) && !talksAsked(word));
  if (!naming.length || !others.length) return named;
  const events = calendar.byNames(sections.eventsListing(naming, others), question.lang);
  // The events the names find, when the stage is one of theirs, are the ones asked ("… built on istio at kubecon 2025").
  return events.length && !events.some((event) => named.includes(event)) ? events : named;
}
