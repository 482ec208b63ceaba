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
 * Each passage's post and translation family as small numbers (ids are positions in the passages
 * array), so that the combiner keeps a post's bests and counts in arrays instead of hashing strings
 * for every hit. Worked out once per corpus.
 */
export interface Layout {
  post: Int32Array;
  family: Int32Array;
  posts: number;
  families: number;
}

export function layoutOf(passages: readonly Passage[]): Layout {
  const posts = new Map<string, number>();
  const families = new Map<string, number>();
  const number = (names: Map<string, number>, name: string): number => {
    let found = names.get(name);
    if (found === undefined) names.set(name, (found = names.size));
    return found;
  };
  const post = Int32Array.from(passages, (passage) => number(posts, passage.postId));
  const family = Int32Array.from(passages, (passage) => number(families, passage.translationKey));
  return { post, family, posts: posts.size, families: families.size };
}

/**
 * What MiniSearch does not do, in one place: a passage's score over all the word groups of the
 * question (each hit's score times the passage's weight, hits the filters drop left out), where
 * what the rest of its post says counts too (a recap names the city once and the talk later),
 * scaled by the square of how much of the question it covers; then, best first, at most `perPost`
 * passages of a post and one language per translated post. Returns every passage kept, best first;
 * equal scores keep the order in which the passages were met.
 */
export function combine(groups: readonly (readonly GroupHit[])[], passages: readonly Passage[], layout: Layout, options: CombineOptions): Ranked[] {
  const width = groups.length;
  const met = meet(groups, passages.length, options.keep);
  const { ids, slot } = met;
  // Per candidate and group: its weighted score and credit and its hit; per post and group: the bests.
  const own = new Float64Array(ids.length * width);
  const credit = new Float64Array(ids.length * width);
  const hitAt = new Int32Array(ids.length * width).fill(-1);
  const bestScore = new Float64Array(layout.posts * width);
  const bestCredit = new Float64Array(layout.posts * width);
  const weights = ids.map((id) => options.weight?.(id) ?? 1);
  groups.forEach((hits, g) => {
    hits.forEach((hit, at) => {
      const candidate = slot[hit.id] as number;
      if (candidate < 0) return;
      const mine = candidate * width + g;
      const inPost = (layout.post[hit.id] as number) * width + g;
      own[mine] = hit.score * (weights[candidate] as number);
      credit[mine] = hit.credit;
      hitAt[mine] = at;
      bestScore[inPost] = Math.max(bestScore[inPost] as number, own[mine] as number);
      bestCredit[inPost] = Math.max(bestCredit[inPost] as number, hit.credit);
    });
  });
  const scores = new Float64Array(ids.length);
  const scored: number[] = [];
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
    scored.push(candidate);
  });
  // Array.prototype.sort is stable: equal scores keep the order met.
  scored.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const kept = keepPerPost(scored, ids, passages, layout, options).map((candidate) => {
    const id = ids[candidate] as number;
    const terms = () => groups.flatMap((hits, g) => hits[hitAt[candidate * width + g] as number]?.terms ?? []);
    return { passage: passages[id] as Passage, score: scores[candidate] as number, terms };
  });
  const first = options.languageFirst;
  if (!first) return kept;
  return [...kept.filter(({ passage }) => passage.lang === first), ...kept.filter(({ passage }) => passage.lang !== first)];
}

/**
 * The passages met in any group that the filters keep, in the order met (`ids`), and each
 * passage's position among them (`slot`, -1 when not met or dropped by the filters).
 */
function meet(groups: readonly (readonly GroupHit[])[], size: number, keep: CombineOptions['keep']): { ids: number[]; slot: Int32Array } {
  const ids: number[] = [];
  const slot = new Int32Array(size).fill(-1);
  const seen = new Uint8Array(size);
  for (const hits of groups) {
    for (const { id } of hits) {
      if (seen[id]) continue;
      seen[id] = 1;
      if (keep && !keep(id)) continue;
      slot[id] = ids.length;
      ids.push(id);
    }
  }
  return { ids, slot };
}

/**
 * Walks the ranking best first: at most `perPost` passages of a post, and one language per
 * translation family: `first` when a passage of the family in it matched, else the language the
 * family showed first.
 */
function keepPerPost(ranked: readonly number[], ids: readonly number[], passages: readonly Passage[], layout: Layout, options: CombineOptions): number[] {
  const perPost = new Int32Array(layout.posts);
  const familyLang = new Array<Lang | undefined>(layout.families);
  const langOf = (candidate: number) => (passages[ids[candidate] as number] as Passage).lang;
  const familyOf = (candidate: number) => layout.family[ids[candidate] as number] as number;
  const first = options.languageFirst;
  if (first) for (const candidate of ranked) if (langOf(candidate) === first) familyLang[familyOf(candidate)] = first;
  return ranked.filter((candidate) => {
    const family = familyOf(candidate);
    const lang = (familyLang[family] ??= langOf(candidate));
    const post = layout.post[ids[candidate] as number] as number;
    if (lang !== langOf(candidate) || (perPost[post] as number) >= options.perPost) return false;
    perPost[post] = (perPost[post] as number) + 1;
    return true;
  });
}
