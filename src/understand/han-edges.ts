/**
 * "istio 的官方吉祥物", "kubecon 的赞助商": 的 after a Latin word begins a run of Han characters, and a single-character
 * stop word does not split a run (中 would cut 中国 apart), so before a word the vocabulary does not know it stayed glued
 * to it: the piece searched ("的官方吉祥物") held a pair (的官) that no post says where it says the word. A run begins
 * with 的 only where it is that particle; a word of two characters stays whole ("的确").
 */
const LEADING = /^的(?=\p{Script=Han}{2})/u;

/** The piece with a leading 的 apart: ["的", "官方吉祥物"] for "的官方吉祥物". */
export function particleApart(piece: string): string[] {
  return LEADING.test(piece) ? ['的', piece.slice(1)] : [piece];
}
