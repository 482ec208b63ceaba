/** The subject of a "what is" question: the thing asked about, in the question's order ("what is the istio steering committee": istio, steering committee). */
import { fold } from '../store/index.js';
import { askOf, WHAT_IS_WORDS } from './intents.js';
import type { Question, WordGroup } from './types.js';

/** The groups of a "what is" question that name its subject: not those that ask ("是什么", "what kind of"), in the question's order. */
function subjectWords(groups: readonly WordGroup[], text: string): WordGroup[] {
  const folded = fold(text);
  return groups
    .filter((group) => askOf(group.word) === 'search' && !WHAT_IS_WORDS.has(group.word))
    .map((group) => ({ group, at: folded.indexOf(group.word) }))
    .sort((a, b) => a.at - b.at)
    .map(({ group }) => group);
}

/** What a "what is" question asks about ("istio day"), or null when it names nothing. */
export function subjectOf(groups: readonly WordGroup[], text: string): string | null {
  const words = subjectWords(groups, text).map((group) => group.word);
  return words.length ? words.join(' ') : null;
}

/** The word groups of a question's subject, each with every way of saying it (TOC, Technical Oversight Committee…); none when it asks no "what is". */
export function subjectGroups(question: Question): WordGroup[] {
  return question.subject === null ? [] : subjectWords(question.words.groups, question.text);
}
