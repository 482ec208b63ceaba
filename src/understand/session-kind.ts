/**
 * "what is a maintainer track session", "wtf's a contribfest session": with "a", the kind of session is asked about,
 * not which sessions there were. The posts say what some kinds are ("The Istio ContribFest, a hands-on session…"); of
 * one they do not define, the sessions of that kind say it best, as the same words without the asking would list them.
 */
import type { Question } from './types.js';

const SESSION_KIND_ASKED = /^(?:what(?:['’]?s|\s+is)|wtf(?:['’]s|\s+is))\s+an?\s+(?<kind>[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)*?\s+session)[\s?？!.]*$/iu;

/** Whether the question asks what a kind of session is. */
export const sessionKindAsked = (said: string): boolean => SESSION_KIND_ASKED.test(said);

/** The sessions of the kind asked about, to search for when no post says what the kind is; null for any other question. */
export function sessionKindAsTalks(question: Question): string | null {
  if (question.ask !== 'what-is') return null;
  return SESSION_KIND_ASKED.exec(question.rest)?.groups?.kind ?? null;
}
