/**
 * How much of a question's words a text holds, and how much that tells texts apart: what the who, get and deadline lines
 * weigh sentences and passages by.
 */
import { analyze } from '../store/index.js';
import type { WordGroup } from '../understand/index.js';

/**
 * How much of each of the question's word groups a text holds: all of it when it holds the word or
 * every index term of one of its synonyms ("ambient" by "Ambient 网格" counts once); part of it when
 * it holds some of the terms of a Chinese word the vocabulary does not know ("大规模架构": 规模, 架构).
 */
export function held(text: string, groups: readonly WordGroup[]): Map<WordGroup, number> {
  const terms = new Set(analyze(text));
  const share = (alternative: readonly string[]): number => (alternative.length ? alternative.filter((term) => terms.has(term)).length / alternative.length : 0);
  const shares = groups.map((group) => [group, Math.max(0, ...group.alternatives.map(share))] as const);
  return new Map(shares.filter(([, part]) => part > 0));
}

/** Each text's weight: a group counts (the share it holds) over how many of the texts hold it, so one they all hold tells them apart least. */
export function weigh<T>(held: readonly Map<T, number>[]): number[] {
  const counts = new Map<T, number>();
  for (const groups of held) for (const group of groups.keys()) counts.set(group, (counts.get(group) ?? 0) + 1);
  return held.map((groups) => [...groups].reduce((sum, [group, part]) => sum + part / (counts.get(group) ?? 1), 0));
}

/**
 * Whether a sentence names the award a question names (`awardNamed`): each of its words held, or written in it (a Chinese
 * word the index reads apart, "者" of "顶级提交者奖"). Asked of no award by name, any does.
 */
export function namesAward(sentence: string, award: readonly WordGroup[]): boolean {
  const lower = sentence.toLowerCase();
  return award.every((group) => lower.includes(group.word.toLowerCase()) || held(sentence, [group]).size > 0);
}
