/**
 * Which award a question names ("the end user award", "最终用户奖", "chop wood carry water award"): the word just before
 * the award word. The posts tell several awards side by side ("John Howard received the Top Committer Award and Daniel
 * Hawton the Chop Wood, Carry Water Award"; "Ant Group won the CNCF end user award"): asked of one, a line that names
 * another is wrong, so the line must hold the award's name.
 */
import { SYNONYMS } from '../domain/index.js';
import type { Question, WordGroup } from './types.js';

/** How the vocabulary names an award ("awards", "奖"). */
export const AWARD = SYNONYMS.find((group) => group.includes('award')) ?? [];

/**
 * Words before the award word that say it was got or given ("who received the award", "谁拿了奖", "获得了奖"), not which
 * award: they name none.
 */
export const GETTING_AWARD: ReadonlySet<string> = new Set(['received', 'receive', 'got', 'get', 'won', 'win', 'gave', 'given', 'an', 'the', 'any', 'this', 'that', '拿', '拿了', '拿过', '拿到', '获得', '获得了', '获得过', '得', '得了', '得过', '颁', '颁发', '什么', '哪个', '哪些']);

/** What may stand between an award's name and the award word: quotes, "的", spaces. */
const BETWEEN = /[\s"'“”‘’「」的]+$/u;

/** A word written in Chinese characters, which a question writes with no space before the next ("顶级提交者奖"). */
const HAN = /^\p{Script=Han}+$/u;

/**
 * The word groups that name the award asked about, written just before the award word: the one before it ("community" of
 * "which maintainers took home cncf community awards", "water" of "chop wood carry water award"), and of a Chinese name
 * every word of it, which the index reads apart ("顶级提交者奖": 顶级, 提交, 者); then the award word's group, since a
 * sentence that names the award says both ("DevRev 最终用户演讲" names an end-user talk, no award). None when the
 * question names no award, or only says one was won ("who won an award at kubecon", "谁拿了奖").
 */
export function awardNamed(question: Pick<Question, 'words' | 'rest'>): WordGroup[] {
  const award = question.words.groups.find((group) => AWARD.includes(group.word));
  const named: WordGroup[] = [];
  if (!award) return named;
  const lower = question.rest.toLowerCase();
  let before = lower.slice(0, Math.max(0, lower.indexOf(award.word))).replace(BETWEEN, '');
  for (;;) {
    const next = question.words.groups.find((group) => group !== award && !named.includes(group) && before.endsWith(group.word.toLowerCase()));
    if (!next || GETTING_AWARD.has(next.word.toLowerCase())) break;
    named.push(next);
    before = before.slice(0, before.length - next.word.length);
    // Only a Chinese name runs on over the words written right before it.
    if (!HAN.test(next.word) || !HAN.test(before.slice(-1))) break;
  }
  return named.length ? [...named, award] : named;
}
