/**
 * "how many istio sessions on the cloud native theater stage at kubecon 2026", "how many sessions had an istio angle at
 * kubecon slc": a count of talks qualified by words no talk's title holds (a stage, a track, what they were built on) asks
 * for some of the event's talks that the titles cannot pick out. The count of every talk listed answers another question;
 * the post's own sentence that counts them ("four Istio sessions on the Cloud Native Theater stage", "eleven KubeCon
 * sessions with an Istio angle") answers this one, when the first page holds it.
 */
import type { RankedPassages } from '../find/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { countLine } from './count-line.js';
import type { Lead } from './page.js';
import type { Programme } from './programme.js';
import { topicOf } from './topic.js';

export function qualifiedCount(question: Question, ranked: RankedPassages, calendar: Calendar, programme: Programme): Lead | undefined {
  if (question.ask !== 'how-many') return undefined;
  // An organisation named says whose talks ("how many talks did google give"), which the talks listed already answer.
  const whose = new Set(programme.organisations.in(question.rest).flatMap((organisation) => organisation.words));
  const qualified = topicOf(question, calendar).some((word) => programme.titleWord(word) === null && !whose.has(word));
  return qualified ? countLine(question, ranked) : undefined;
}
