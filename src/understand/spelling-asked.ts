/**
 * Whether a "what is" question asks what its subject's abbreviation stands for: the answer line then quotes the
 * sentence that spells it out ("the Technical Oversight Committee (TOC)") before any other definition.
 */
import { SPELLING_WORDS } from './meaning.js';
import { phrasesOf } from './phrases.js';
import type { Question, WordGroup } from './types.js';
import { subjectGroups } from './what-is.js';

/** "what does TOC stand for": what it stands for, asked. */
const SPELLING_SAID = phrasesOf(SPELLING_WORDS);
const STANDS_FOR = /(?<![\p{L}])what\s+(?:does|do)\s[^?？]+\sstand\s+for(?![\p{L}])/iu;

/** What a name means, asked ("toc meaning", "what does toc mean", "TOC 是啥意思", "TOC 指的是什么"). */
const MEANING_SAID = phrasesOf(['meaning', 'mean', 'means', '意思', '含义', '指的是', '指什么']);

/**
 * Whether a "what is" question asks what its subject's abbreviation stands for ("what does TOC stand for", "TOC 全称");
 * asked what it means, when the subject is an abbreviation the vocabulary spells out ("toc": technical oversight
 * committee, its initials), which says what it is better than a sentence that only uses it ("The charter for the TOC…").
 */
export function spellingAsked(question: Question): boolean {
  if (question.ask !== 'what-is') return false;
  if (SPELLING_SAID.test(question.rest) || STANDS_FOR.test(question.rest)) return true;
  const [only, ...more] = subjectGroups(question);
  return !more.length && only !== undefined && MEANING_SAID.test(question.rest) && spelledOut(only);
}

/** Whether one of a word's other ways of saying it is its spelling out: several terms whose initials are the word ("toc"). */
function spelledOut({ word, alternatives }: WordGroup): boolean {
  return /^[a-z]{2,6}$/.test(word) && alternatives.some((terms) => terms.length > 1 && terms.map((term) => term.charAt(0)).join('') === word);
}
