/**
 * "slides for the ambient scale talk in chicago": the talk's passage ranks first, but it links no deck of its own;
 * its event's post says where every session's slides are ("The slides of every session are on the Istio Day NA 2023
 * schedule"). That passage is shown first, so the page the decks are on is the first link a user sees; the talk's
 * own passage follows it.
 */
import { colocatedNames, saysSlidesOnSchedule } from '../domain/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Lead } from './page.js';

/** Whether a passage gives a deck, its own or the page that holds them all. */
const givesDeck = (passage: Passage): boolean => passage.links.slides.length > 0 || saysSlidesOnSchedule(passage.text, passage.links);

/** For a slides question whose first passage gives no deck: its event's passage that says where the slides are, in the question's language. */
export function deckPageFirst(question: Question, ranked: RankedPassages, passages: readonly Passage[]): Pick<Lead, 'first'> | undefined {
  if (question.ask !== 'slides') return undefined;
  const [top] = ranked.slice(0, 1);
  const event = top?.passage.event;
  if (!top || !event || givesDeck(top.passage)) return undefined;
  const names = new Set([event, ...colocatedNames(event)]);
  const says = (passage: Passage): boolean => passage.lang === question.lang && passage.event !== null && names.has(passage.event) && saysSlidesOnSchedule(passage.text, passage.links);
  const passage = passages.find(says);
  const first: Ranked | undefined = passage ? { passage, score: top.score, terms: () => [] } : undefined;
  return first ? { first } : undefined;
}
