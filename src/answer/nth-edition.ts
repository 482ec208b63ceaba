/**
 * "swag at the first istiocon", "the first istio day's sponsor", "the second istiocon", "第三届 istio day": the nth of a
 * series the posts know from its start is the nth of its editions by date, and its year (and city) is what the whole
 * answer is of, as when the question names that year: the passages ranked, a line about a thing handed out then (a
 * later edition's T-shirt offer is no answer), who sponsored it (not the sponsor of a later Istio Day). Pure, given the calendar.
 */
import { OWN_SERIES } from '../domain/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';

/**
 * The question with the year and city of the edition it names by its rank ("the first istiocon": 2021, "the second": 2022);
 * itself when it names no such one, or a year, or one past the editions known.
 */
export function withEditionYear(question: Question, calendar: Calendar): Question {
  const { kinds, regions, years } = question.entities;
  const [kind, other] = kinds;
  const rank = question.edition ?? (question.time === 'first' ? 1 : null);
  if (rank === null || !kind || other || years.length || regions.length || !OWN_SERIES.has(kind)) return question;
  const edition = calendar.ofKind(kind, null, question.lang).filter((event) => event.start).at(-rank);
  if (!edition?.start) return question;
  // Its city too: the first Istio Day (Amsterdam, April 2023) is not the one held in Chicago that November.
  const cities = edition.city && !question.entities.cities.length ? [edition.city] : question.entities.cities;
  return { ...question, entities: { ...question.entities, years: [Number(edition.start.slice(0, 4))], cities } };
}
