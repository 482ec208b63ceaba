/**
 * Years said from today ("last year", "this year", "明年"), as the years they are: `understand` is pure and knows no
 * today, so the answer stage, which does, gives them to the question as if typed in digits. "when was kubecon eu last
 * year" is about KubeCon Europe 2025, not the latest KubeCon Europe that "last" alone would pick.
 */
import { relativeYears, type Question } from '../understand/index.js';

/** `question` with the years it says from `now` among its years and its words naming events; itself when it says none or names a year in digits. */
export function withSaidYears(question: Question, now: Date): Question {
  const offsets = relativeYears(question.rest);
  if (!offsets.length || question.entities.years.length) return question;
  const years = [...new Set(offsets.map((offset) => now.getUTCFullYear() + offset))];
  return { ...question, entities: { ...question.entities, years }, rest: `${question.rest} ${years.join(' ')}` };
}
