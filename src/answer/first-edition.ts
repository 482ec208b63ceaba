/**
 * "swag at the first istiocon", "the first istio day's sponsor": the first of a series the posts know from its start
 * is the edition of its year (and city), which the whole answer is of, as when the question names that year: the
 * passages ranked, a line about a thing handed out then (a later edition's T-shirt offer is no answer), who sponsored it
 * (not the sponsor of a later Istio Day). Pure, given the calendar.
 */
import { OWN_SERIES } from '../domain/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';

/** The question with the year and city of the first edition it names ("the first istiocon": 2021); itself when it names no such one, or a year. */
export function withFirstYear(question: Question, calendar: Calendar): Question {
  const { kinds, regions, years } = question.entities;
  const [kind, other] = kinds;
  if (question.time !== 'first' || !kind || other || years.length || regions.length || !OWN_SERIES.has(kind)) return question;
  const first = calendar.ofKind(kind, null, question.lang).filter((event) => event.start).at(-1);
  if (!first?.start) return question;
  // Its city too: the first Istio Day (Amsterdam, April 2023) is not the one held in Chicago that November.
  const cities = first.city && !question.entities.cities.length ? [first.city] : question.entities.cities;
  return { ...question, entities: { ...question.entities, years: [Number(first.start.slice(0, 4))], cities } };
}
