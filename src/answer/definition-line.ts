/**
 * "what is istiocon", "izzy 是啥": the direct line quotes the sentence of a ranked passage that
 * says what the subject is ("IstioCon is the annual user-centered event for Istio…", "…IstioCon 是…
 * 年度的盛会"), with that passage's link. From what a post says: no line when no passage near the
 * top of the ranking, in the question's language, has such a sentence.
 */
import { ANY_EVENT_WORDS } from '../domain/index.js';
import type { RankedPassages } from '../find/index.js';
import { fold } from '../store/index.js';
import type { Question } from '../understand/index.js';
import { nameWords } from './name-words.js';
import type { DirectAnswer } from './types.js';

/** How far down the ranking a defining sentence is looked for. */
const DEFINITION_DEPTH = 20;
/** Longest sentence quoted: a longer one is a paragraph, not a definition. */
const MAX_SENTENCE = 300;

const HAN = /\p{Script=Han}/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "S is a / are the …" in English; "S 是…" (not 是否, "whether") in Chinese, with S the subject's
 * words in order (a word may stand between them: "Istio ambient mode is…") as the sentence's subject.
 */
function definesPattern(words: readonly string[]): RegExp {
  const subject = words.map(escape).join('\\s*(?:[\\p{L}\\p{N}]+\\s+)?');
  // The subject opens the sentence ("The TOC is…"), or follows what describes it ("以用户为中心的 IstioCon 是…"):
  // "下一场 Istio Day 是…" says which one is next, "no doubt ambient mode is…" argues, neither defines.
  return new RegExp(`^(?:the\\s+|[^。！？]*的\\s*)?${subject}(?![\\p{L}\\p{N}])(?:\\s+(?:is|are|was)\\s+(?:a|an|the|one)(?![\\p{L}])|\\s*是(?!否))`, 'iu');
}

/** The sentences of a passage's text, each with its closing mark. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?。！？])\s*/u).map((sentence) => sentence.trim()).filter(Boolean);
}

export function definitionLine(question: Question, ranked: RankedPassages): DirectAnswer | undefined {
  if (question.ask !== 'what-is' || !question.subject) return undefined;
  const words = nameWords(question.subject).filter((word) => word.length > 2 || HAN.test(word));
  if (!words.length) return undefined;
  // The whole subject first ("Istio Day is…"); then without "istio", "event" ("IstioCon is…" for "istiocon event").
  const particular = words.filter((word) => !ANY_EVENT_WORDS.includes(word));
  const patterns = [words, ...(particular.length && particular.length < words.length ? [particular] : [])].map(definesPattern);
  const candidates = ranked.slice(0, DEFINITION_DEPTH).map(({ passage }) => passage).filter((passage) => passage.lang === question.lang);
  for (const pattern of patterns) {
    for (const passage of candidates) {
      const sentence = sentencesOf(passage.text).find((one) => one.length <= MAX_SENTENCE && !/[?？]$/u.test(one) && pattern.test(fold(one)));
      if (sentence) return { text: sentence, url: passage.url, lang: question.lang };
    }
  }
  return undefined;
}
