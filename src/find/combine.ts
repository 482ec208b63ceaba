import type { Lang, Passage } from '../model/index.js';
import type { GroupHits } from './groups.js';
import { RankedList, type Layout } from './ranked-list.js';

export interface CombineOptions {
  /** How many of the groups are required (the rest only rank: "slides" beside a topic). */
  required: number;
  /** Which passages the question's filters keep (by id); null keeps all. */
  keep: ((id: number) => boolean) | null;
  /** A passage's weight for this question (by id), multiplying every score of the passage; null weighs all 1. */
  weight: ((id: number) => number) | null;
  /** How much a word found elsewhere in the same post counts, 0 to 1. */
  postContext: number;
  /** Most passages of one post kept. */
  perPost: number;
  /** When set, passages in this language come first (their order kept), then the others. */
  languageFirst: Lang | null;
}

/**
 * What MiniSearch does not do, in one place: a passage's score over all the word groups of the
 * question (each hit's score times the passage's weight, hits the filters drop left out), where
 * what the rest of its post says counts too (a recap names the city once and the talk later),
 * scaled by the square of how much of the question it covers; then, best first, at most `perPost`
 * passages of a post and one language per translated post (`RankedList`). Equal scores keep the
 * order in which the passages were met.
 */
export function combine(groups: readonly GroupHits[], passages: readonly Passage[], layout: Layout, options: CombineOptions): RankedList {
  const width = groups.length;
  const { ids, slot } = meet(groups, passages.length, options.keep);
  // Per candidate and group: its weighted score and credit and its hit; per post and group: the bests.
  const own = new Float64Array(ids.length * width);
  const credit = new Float64Array(ids.length * width);
  const hitAt = new Int32Array(ids.length * width).fill(-1);
  const bestScore = new Float64Array(layout.posts * width);
  const bestCredit = new Float64Array(layout.posts * width);
  const weights = options.weight ? weightsOf(ids, options.weight) : null;
  for (let g = 0; g < width; g += 1) {
    const hits = groups[g] as GroupHits;
    for (let at = 0; at < hits.length; at += 1) {
      const id = hits.ids[at] as number;
      const score = hits.scores[at] as number;
      const share = hits.credits[at] as number;
      const candidate = slot[id] as number;
      if (candidate < 0) continue;
      const mine = candidate * width + g;
      const inPost = (layout.post[id] as number) * width + g;
      const weighted = weights ? score * (weights[candidate] as number) : score;
      own[mine] = weighted;
      credit[mine] = share;
      hitAt[mine] = at;
      bestScore[inPost] = Math.max(bestScore[inPost] as number, weighted);
      bestCredit[inPost] = Math.max(bestCredit[inPost] as number, share);
    }
  }
  const scores = new Float64Array(ids.length);
  // The candidates that cover the question, in the order met.
  const scored = new Int32Array(ids.length);
  let count = 0;
  ids.forEach((id, candidate) => {
    const post = (layout.post[id] as number) * width;
    let score = 0;
    let coverage = 0;
    for (let g = 0; g < width; g += 1) {
      const mine = own[candidate * width + g] as number;
      score += mine + options.postContext * Math.max(0, (bestScore[post + g] as number) - mine);
      if (g < options.required) coverage += Math.max(credit[candidate * width + g] as number, options.postContext * (bestCredit[post + g] as number)) / options.required;
    }
    if (coverage <= 0) return;
    scores[candidate] = score * coverage * coverage;
    scored[count++] = candidate;
  });
  const terms = (candidate: number) =>
    groups.flatMap((hits, g) => {
      const at = hitAt[candidate * width + g] as number;
      return at < 0 ? [] : hits.termsOf(at);
    });
  return new RankedList({ ids, scores, scored: scored.subarray(0, count), terms }, passages, layout, options);
}

/** Each candidate's weight. (`Float64Array.from` with a map function copies every value into a list first.) */
function weightsOf(ids: Int32Array, weigh: (id: number) => number): Float64Array {
  const weights = new Float64Array(ids.length);
  for (let candidate = 0; candidate < ids.length; candidate += 1) weights[candidate] = weigh(ids[candidate] as number);
  return weights;
}

/**
 * The passages met in any group that the filters keep, in the order met (`ids`), and each
 * passage's position among them (`slot`: -1 when not met, -2 when the filters dropped it).
 */
function meet(groups: readonly GroupHits[], size: number, keep: CombineOptions['keep']): { ids: Int32Array; slot: Int32Array } {
  const ids = new Int32Array(groups.reduce((sum, hits) => sum + hits.length, 0));
  const slot = new Int32Array(size).fill(-1);
  let met = 0;
  for (const hits of groups) {
    for (const id of hits.ids) {
      if (slot[id] !== -1) continue;
      if (keep && !keep(id)) {
        slot[id] = -2;
        continue;
      }
      slot[id] = met;
      ids[met] = id;
      met += 1;
    }
  }
  return { ids: ids.subarray(0, met), slot };
}
