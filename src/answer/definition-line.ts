/**
 * "what is istiocon", "izzy 是啥": the direct line quotes the sentence of a ranked passage that
 * says what the subject is ("IstioCon is the annual user-centered event for Istio…", "…IstioCon 是…
 * 年度的盛会"), with that passage's link. The sentences are the passages' stored definitions
 * (`PassageFacts.defines`, found by `src/facts/definitions.ts`, the one rule ranking weighs by too):
 * no line when no passage near the top of the ranking, in the question's language, has one.
 */
import { bestDefinition, subjectOf } from '../facts/index.js';
import type { RankedPassages } from '../find/index.js';
import { subjectGroups, type Question } from '../understand/index.js';
import type { DirectAnswer } from './types.js';

/** How far down the ranking a defining sentence is looked for. */
const DEFINITION_DEPTH = 20;
/** How many passages come first: a sentence that only spells out an abbreviation ("… (ICA) …") is quoted from one of them alone. */
const SHOWN_FIRST = 3;
/** What a place further down the ranking takes off a definition's score (see `defines`): the best-ranked of equally good ones wins. */
const RANK_COST = 0.01;

export function definitionLine(question: Question, ranked: RankedPassages): DirectAnswer | undefined {
  if (question.ask !== 'what-is' || !question.subject) return undefined;
  const subject = subjectOf(subjectGroups(question));
  let best: { line: DirectAnswer; score: number } | undefined;
  ranked.slice(0, DEFINITION_DEPTH).forEach(({ passage }, rank) => {
    if (passage.lang !== question.lang) return;
    const found = bestDefinition(passage.facts.defines, subject);
    const score = (found?.score ?? 0) - rank * RANK_COST;
    if (!found || (best && best.score >= score) || (!found.definition.strength && rank >= SHOWN_FIRST)) return;
    best = { line: { text: passage.text.slice(found.definition.start, found.definition.end), url: passage.url, lang: question.lang }, score };
  });
  return best?.line;
}
