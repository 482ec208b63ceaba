/**
 * "最近一次 istio day 谁主持的", "who chaired the previous istio day", "who hosted the istio day after london": who did
 * something at the one event a time word, "before" or "after" picks. Named by its city, its post's opening ranks (it names the city); picked by "latest", "上一届", the opening may rank
 * below its talks, and that is the passage that says who hosted, chaired or sponsored it.
 */
import type { RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { EventPart } from './about-events.js';
import { looksAround } from './sequel-asked.js';
import { datesEvent, withFirst } from './page.js';
import type { WhoAnswer } from './who-line.js';

/** How many dating passages are read: one a post, and an event has at most a few. */
const DATED = 3;

/** The who line read with the picked event's dating passage first, when the ranking alone gave none. */
export function whoOfPicked(question: Question, ranked: RankedPassages, known: EventPart, passages: readonly Passage[], line: (ranked: RankedPassages) => WhoAnswer | undefined): WhoAnswer | undefined {
  const [only, other] = known.events ?? [];
  if (question.ask !== 'who' || (question.time === null && !looksAround(question)) || !only || other) return undefined;
  // Each post on it (the announcement, the recap, the project's own) may date it; the one that names who ran it is among them.
  const dated = passages.filter(datesEvent(only, question.lang)).slice(0, DATED);
  const [top] = ranked.slice(0, 1);
  return dated.length ? line(withFirst(ranked, dated.map((passage) => ({ passage, score: top?.score ?? 0, terms: () => [] })))) : undefined;
}
