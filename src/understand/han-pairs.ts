/**
 * "最终用户奖", "社区奖": a Chinese phrase ends in a noun of one character, which the vocabulary reads as a word of its own
 * (奖, an award). The index holds Chinese as character pairs, so a character alone matches only where a post leaves it
 * alone; the post that writes the same phrase holds the pair across the split (户奖), which the lone character is
 * searched as too.
 */
import type { WordGroup } from './types.js';

const LONE_HAN = /^\p{Script=Han}$/u;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * `made` (the group of `pieces[i]`), with the pair the index holds across it and the word typed right before it in
 * `text` when it is a noun of the vocabulary (a synonym group: 奖) of one character closing a Chinese phrase; else `made`
 * itself. A verb (赢 of "怎么赢") closes no noun phrase, nor follows a particle (的) one.
 */
export function withPairAcross(made: WordGroup, pieces: readonly string[], i: number, text: string): WordGroup {
  const piece = pieces[i] ?? '';
  const before = pieces[i - 1] ?? '';
  if (made.alternatives.length < 2 || !LONE_HAN.test(piece) || !HAN_WORD.test(before) || !text.includes(before + piece)) return made;
  return { ...made, alternatives: [...made.alternatives, [before.slice(-1) + piece]] };
}
