import type { Question } from './types.js';
import { bareTermAsked } from './what-is.js';

/** The marks that make a term alone a question ("waypoint?", "ztunnel = ?"). */
const MARKS = /[?？=]+/gu;

/**
 * A term alone with a question mark ("contribfest?", "证书？") asks what it is only when the posts say what it is:
 * else it names a topic, as the same words without the mark would. The question to search instead, or null when
 * the question is no such term (asked with "what is", or not read as asking what it is).
 */
export function termAsTopic(question: Question, input: string): string | null {
  if (question.ask !== 'what-is' || !bareTermAsked(question.rest, question.entities)) return null;
  const plain = input.replace(MARKS, ' ').trim();
  return plain && plain !== input.trim() ? plain : null;
}
