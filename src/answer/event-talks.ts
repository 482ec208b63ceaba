import type { EventInfo, Talk } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';

/**
 * The talks a word search found, kept to those given at the events the answer is about and at the tracks those events
 * hold, when the question names the event by its kind or place: "latest istio day" answers with Istio Day North
 * America 2025, and the talks of every other Istio Day whose titles hold "istio" are not its talks. Words alone
 * ("john howard's ai ready talk") name a talk, not an event, whatever event the knowledge finds nearest to them.
 */
export function givenAt(talks: Talk[], events: readonly EventInfo[] | undefined, question: Question, calendar: Calendar): Talk[] {
  const { kinds, cities, regions } = question.entities;
  if (!events?.length || kinds.length + cities.length + regions.length === 0) return talks;
  const ids = new Set(events.map((event) => event.id));
  const held = [...events, ...calendar.all.filter((event) => event.parent !== null && ids.has(event.parent))];
  const names = new Set(held.map((event) => event.name));
  return talks.filter((talk) => talk.event !== null && names.has(talk.event));
}
