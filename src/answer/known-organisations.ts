/**
 * Whether a text names an organisation the domain knows (`ORGANISATIONS`: "Ant Group", "蚂蚁集团"), whether or not one of
 * its people gave a talk: "获得 CNCF 最终用户奖的蚂蚁集团…" names the company that won, though no speaker spoke for it.
 */
import { ORGANISATIONS } from '../domain/index.js';
import { fold } from '../store/index.js';

/** The test that `word` is written as a whole word in a text ("Ant" in "Ant Group keynote", not in "Antrea"). */
export function wholeWord(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * How a folded text names each organisation the domain knows: a Chinese name anywhere in it, a Latin one as a whole word.
 * Compiled once: built per sentence, these tests were the costliest step of answering a "who" question.
 */
export const ORGANISATION_NAMES: readonly ((text: string) => boolean)[] = ORGANISATIONS.flat().map((name) => {
  if (/\p{Script=Han}/u.test(name)) return (text) => text.includes(name);
  const test = wholeWord(name);
  return (text) => test.test(text);
});

/** Whether `text` names an organisation the domain knows. */
export function namesKnownOrganisation(text: string): boolean {
  const folded = fold(text);
  return ORGANISATION_NAMES.some((names) => names(folded));
}
