import type { Lang, Passage } from '../model/index.js';
import type { GroupHit } from './groups.js';

/** A passage that matched, with its score and the index terms it matched (for marks). */
export interface Ranked {
  passage: Passage;
  score: number;
  /** The index terms it matched, worked out when asked (only the page shown needs them). */
  terms(): string[];
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

interface Best {
  score: number;
  credit: number;
}

/**
 * A passage met in any group: its hit in each group (by group position), its post's bests, and
 * once scored, its score. Its terms are gathered only when asked (the page shown needs them).
 */
class Candidate implements Ranked {
  score = 0;
  readonly hits: (GroupHit | undefined)[];

  constructor(
    readonly passage: Passage,
    readonly inPost: readonly Best[],
    groups: number,
  ) {
    this.hits = new Array<GroupHit | undefined>(groups);
  }

  terms(): string[] {
    return this.hits.flatMap((hit) => hit?.terms ?? []);
  }
}

/**
 * What MiniSearch does not do, in one place: a passage's score over all the word groups of the
 * question, where what the rest of its post says counts too (a recap names the city once and the
 * talk later), scaled by the square of how much of the question it covers; then, best first, at
 * most `perPost` passages of a post and one language per translated post. Returns every passage
 * kept, best first; equal scores keep the order in which the passages were met.
 */
export function combine(groups: readonly Map<number, GroupHit>[], passages: readonly Passage[], options: CombineOptions): Ranked[] {
  // One pass over the hits: each passage's hit per group, and per post and group the best score
  // and credit of any of its passages. `met` keeps the order in which passages were met; `byId`
  // finds a passage's entry without hashing (ids are positions in `passages`).
  const met: Candidate[] = [];
  const byId = new Array<Candidate | undefined>(passages.length);
  const bestInPost = new Map<string, Best[]>();
  groups.forEach((hits, g) => {
    for (const [id, hit] of hits) {
      let entry = byId[id];
      if (!entry) {
        const passage = passages[id] as Passage;
        let inPost = bestInPost.get(passage.postId);
        if (!inPost) bestInPost.set(passage.postId, (inPost = groups.map(() => ({ score: 0, credit: 0 }))));
        met.push((byId[id] = entry = new Candidate(passage, inPost, groups.length)));
      }
      entry.hits[g] = hit;
      const slot = entry.inPost[g] as Best;
      if (hit.score > slot.score) slot.score = hit.score;
      if (hit.credit > slot.credit) slot.credit = hit.credit;
    }
  });
  const scored: Candidate[] = [];
  for (const candidate of met) {
    const { hits, inPost } = candidate;
    let score = 0;
    let coverage = 0;
    for (let g = 0; g < groups.length; g += 1) {
      const hit = hits[g];
      const best = inPost[g] as Best;
      const own = hit?.score ?? 0;
      score += own + options.postContext * Math.max(0, best.score - own);
      if (g < options.required) coverage += Math.max(hit?.credit ?? 0, options.postContext * best.credit) / options.required;
    }
    if (coverage <= 0) continue;
    candidate.score = score * coverage * coverage;
    scored.push(candidate);
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
    let lang = familyLang.get(passage.translationKey);
    if (lang === undefined) familyLang.set(passage.translationKey, (lang = passage.lang));
    const count = perPostCount.get(passage.postId) ?? 0;
    if (lang !== passage.lang || count >= perPost) return false;
    perPostCount.set(passage.postId, count + 1);
    return true;
  });
}
