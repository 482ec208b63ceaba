/**
 * "after the atlanta wrap-up, where did they say we'd meet next", "伦敦回顾文章最后说下一站去哪": asked what a recap said of
 * the next event, the line quotes the recap's own pointer ahead rather than the calendar's next event: its closing "See you
 * in Amsterdam.", "2025 年 11 月亚特兰大见！" (the last one it says), else a sentence naming the next stop ("The next Istio Day
 * was announced for Paris in March 2024", "下一站是…"). Only of the recaps of the event looked past, in the question's
 * language, and only a sentence naming another city than that event's: a preview's "See you soon in Atlanta!" points at its
 * own event. The passage quoted is shown first. No line when the recap says none: the calendar's stays.
 */
import type { Ranked, RankedPassages } from '../find/index.js';
import type { EventInfo, Passage } from '../model/index.js';
import { postAsked, type Question } from '../understand/index.js';
import type { Lead } from './page.js';
import { recapPointer } from './recap-pointer.js';
import { titled } from './sentences.js';

/** How far down the ranking the passage quoted is looked for, to keep its place and score. */
const RANKED_DEPTH = 50;

/** The recap's pointer to the next event after `lookedFrom`, as the line, when the question asks what a post said. */
export function pointedNext(question: Question, ranked: RankedPassages, lookedFrom: { event: EventInfo; direction: 'after' | 'before' }, passages: readonly Passage[]): Lead | undefined {
  if (lookedFrom.direction !== 'after' || !postAsked(question.rest)) return undefined;
  const best = recapPointer(lookedFrom.event, question.lang, passages);
  if (!best) return undefined;
  const first: Ranked = ranked.slice(0, RANKED_DEPTH).find((one) => one.passage.id === best.passage.id) ?? { passage: best.passage, score: 0, terms: () => [] };
  return { direct: { text: titled(question.lang, best.passage.title, best.sentence), url: best.passage.url, lang: question.lang }, first };
}
