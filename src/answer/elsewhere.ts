/**
 * Whether a passage is about an event of another place than the question names ("the keynote,
 * the paris one": a London passage): what it says of its own event answers nothing of that
 * one. A passage of no place, or a question that names none, is never elsewhere.
 */
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';

export function elsewhere(question: Question, { facts }: Passage): boolean {
  const { regions, cities } = question.entities;
  return (regions.length > 0 && facts.region !== undefined && !regions.includes(facts.region)) || (cities.length > 0 && facts.city !== undefined && !cities.includes(facts.city));
}
