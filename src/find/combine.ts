import type { Lang, Passage } from '../model/index.js';
import type { GroupHit } from './groups.js';

/** A passage that matched, with its score and the index terms it matched (for marks). */
export interface Ranked {
  passage: Passage;
  score: number;
  terms: string[];
}

export interface CombineOptions {
  /** How many of the groups are required (the rest only rank: "slides" beside a topic). */
  required: number;
  /** How much a word found elsewhere in the same post counts, 0 to 1. */
  postContext: number;
  /** Most passages of one post kept. */
  perPost: number;
  /** When set, passages in this language come first (their order kept), then the others. */
  languageFirst: Lang | null;
}

/**
 * What MiniSearch does not do, in one place: a passage's score over all the word groups of the
 * question, where what the rest of its post says counts too (a recap names the city once and the
 * talk later), scaled by the square of how much of the question it covers; then, best first, at
 * most `perPost` passages of a post and one language per translated post. Returns every passage
 * kept, best first; equal scores keep the order in which the passages were met.
 */
export function combine(groups: readonly Map<number, GroupHit>[], passages: readonly Passage[], options: CombineOptions): Ranked[] {
  const ids = new Set(groups.flatMap((hits) => [...hits.keys()]));
  // Per post and group, the best score and credit of any of its passages.
  const bestInPost = new Map<string, { score: number; credit: number }[]>();
  for (const id of ids) {
    const post = (passages[id] as Passage).postId;
    let best = bestInPost.get(post);
    if (!best) bestInPost.set(post, (best = groups.map(() => ({ score: 0, credit: 0 }))));
    for (const [g, hits] of groups.entries()) {
      const hit = hits.get(id);
      const slot = best[g];
      if (!hit || !slot) continue;
      slot.score = Math.max(slot.score, hit.score);
      slot.credit = Math.max(slot.credit, hit.credit);
    }
  }
  const scored: Ranked[] = [];
  for (const id of ids) {
    const passage = passages[id] as Passage;
    const best = bestInPost.get(passage.postId) ?? [];
    let score = 0;
    let coverage = 0;
    const terms: string[] = [];
    groups.forEach((hits, g) => {
      const hit = hits.get(id);
      const inPost = best[g] ?? { score: 0, credit: 0 };
      const own = hit?.score ?? 0;
      const groupScore = own + options.postContext * Math.max(0, inPost.score - own);
      score += groupScore;
      if (g < options.required) coverage += Math.max(hit?.credit ?? 0, options.postContext * inPost.credit) / options.required;
      if (hit) terms.push(...hit.terms);
    });
    if (coverage > 0) scored.push({ passage, score: score * coverage * coverage, terms });
  }
  const first = options.languageFirst;
  const kept = keepPerPost(scored.sort((a, b) => b.score - a.score), options.perPost, first);
  if (!first) return kept;
  return [...kept.filter(({ passage }) => passage.lang === first), ...kept.filter(({ passage }) => passage.lang !== first)];
}

/**
 * Walks the ranking best first: at most `perPost` passages of a post, and one language per
 * translation family: `first` when a passage of the family in it matched, else the language the
 * family showed first.
 */
function keepPerPost(ranked: readonly Ranked[], perPost: number, first: Lang | null): Ranked[] {
  const perPostCount = new Map<string, number>();
  const familyLang = new Map<string, string>();
  if (first) for (const { passage } of ranked) if (passage.lang === first) familyLang.set(passage.translationKey, first);
  return ranked.filter(({ passage }) => {
    const lang = familyLang.get(passage.translationKey) ?? passage.lang;
    familyLang.set(passage.translationKey, lang);
    const count = perPostCount.get(passage.postId) ?? 0;
    if (lang !== passage.lang || count >= perPost) return false;
    perPostCount.set(passage.postId, count + 1);
    return true;
  });
}
