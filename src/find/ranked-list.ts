import type { Lang, Passage } from '../model/index.js';

/** A passage that matched, with its score and the index terms it matched (for marks). */
export interface Ranked {
  passage: Passage;
  score: number;
  /** The index terms it matched, worked out when asked (only the page shown needs them). */
  terms(): string[];
}

/** Passages best first, read like an array: how many, and a page of them (an array is one too). */
export interface RankedPassages {
  readonly length: number;
  slice(start?: number, end?: number): Ranked[];
}

/**
 * Each passage's post and translation family as small numbers (ids are positions in the passages
 * array), so that the combiner keeps a post's bests and counts in arrays instead of hashing strings
 * for every hit. Worked out once per corpus.
 */
export interface Layout {
  post: Int32Array;
  family: Int32Array;
  lang: readonly Lang[];
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
  return { post, family, lang: passages.map((passage) => passage.lang), posts: posts.size, families: families.size };
}

/** The combiner's scores: candidates are positions in `ids` (passage ids, in the order met). */
export interface Scores {
  ids: Int32Array;
  scores: Float64Array;
  /** The candidates that answer (their coverage is above 0), in the order met. */
  scored: Int32Array;
  /** The index terms a candidate matched. */
  terms(candidate: number): string[];
}

export interface ListOptions {
  /** Most passages of one post kept. */
  perPost: number;
  /** When set, only passages in this language are kept, or, when none of them answers, the others. */
  languageFirst: Lang | null;
}

/**
 * How far the first read of a ranking walks: a question reads it several times (the passage a line quotes from the
 * first five or ten, the first one, the page of three), and each read deeper than the walk so far walks again.
 */
const WALK_AHEAD = 10;

/**
 * The passages that answer, best first: at most `perPost` of a post, one language per translation
 * family (`languageFirst` when a passage of the family in it answers, else the language of the
 * family's best passage), and with `languageFirst`, only the passages in it unless none answers. Read
 * like an array (`length`, `slice`), but only what is read gets sorted: a common word answers with
 * most of the corpus, and a page needs the best few. `length` is counted without sorting.
 */
export class RankedList implements RankedPassages {
  readonly length: number;
  readonly #scores: Scores;
  readonly #passages: readonly Passage[];
  readonly #layout: Layout;
  readonly #options: ListOptions;
  /** Each family's language, where the answers decide it before any walk (see the class comment). */
  readonly #familyLang: (Lang | undefined)[];
  /** How many of the kept passages are in `languageFirst` (all of them without it). */
  readonly #firstCount: number;
  /**
   * The longest walk so far: a question reads its ranking several times (the line, the passage
   * shown first, the page), and a shorter walk is the start of a longer one.
   */
  #walked: { wanted: { first: number; other: number }; kept: { first: number[]; other: number[] } } | null = null;

  constructor(scores: Scores, passages: readonly Passage[], layout: Layout, options: ListOptions) {
    this.#scores = scores;
    this.#passages = passages;
    this.#layout = layout;
    this.#options = options;
    this.#familyLang = this.#familyLanguages();
    const counts = this.#counts();
    // The other language's passages are shown only when none in the question's answers (issue 13,
    // point 4): filling a short page with them showed Chinese passages beside English ones that answer.
    this.length = counts.first > 0 && options.languageFirst !== null ? counts.first : counts.first + counts.other;
    this.#firstCount = counts.first;
  }

  /** The kept passages from `start` to before `end`, best first, like `Array.prototype.slice`. */
  slice(start = 0, end = this.length): Ranked[] {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (from >= to) return [];
    // Walked at least as far as a question usually reads, so that its later reads find the walk done.
    const reach = Math.min(this.length, Math.max(to, WALK_AHEAD));
    const wanted = { first: Math.min(reach, this.#firstCount), other: Math.max(0, reach - this.#firstCount) };
    const { first, other } = this.#keptFor(wanted);
    return [...first, ...other].slice(from, to).map((candidate) => this.#ranked(candidate));
  }

  /** `#walk(wanted)`, read from the longest walk so far when it went as far. */
  #keptFor(wanted: { first: number; other: number }): { first: number[]; other: number[] } {
    const walked = this.#walked;
    if (walked && wanted.first <= walked.wanted.first && wanted.other <= walked.wanted.other) {
      return { first: walked.kept.first.slice(0, wanted.first), other: walked.kept.other.slice(0, wanted.other) };
    }
    const kept = this.#walk(wanted);
    this.#walked = { wanted, kept };
    return kept;
  }

  #lang(candidate: number): Lang {
    return this.#layout.lang[this.#scores.ids[candidate] as number] as Lang;
  }

  #family(candidate: number): number {
    return this.#layout.family[this.#scores.ids[candidate] as number] as number;
  }

  #post(candidate: number): number {
    return this.#layout.post[this.#scores.ids[candidate] as number] as number;
  }

  #isFirst(candidate: number): boolean {
    return this.#options.languageFirst === null || this.#lang(candidate) === this.#options.languageFirst;
  }

  /**
   * Each family's language: `languageFirst` when one of its answers is in it, else the language of
   * its best answer (the first met among equal scores, as the stable sort would put it).
   */
  #familyLanguages(): (Lang | undefined)[] {
    const { ids, scores, scored } = this.#scores;
    const { family: familyOf, lang: langOf } = this.#layout;
    const langs = new Array<Lang | undefined>(this.#layout.families);
    const best = new Float64Array(this.#layout.families).fill(-Infinity);
    const first = this.#options.languageFirst;
    for (const candidate of scored) {
      const id = ids[candidate] as number;
      const family = familyOf[id] as number;
      const lang = langOf[id] as Lang;
      if (langs[family] === first) continue;
      if (lang === first || (scores[candidate] as number) > (best[family] as number)) {
        langs[family] = lang;
        best[family] = scores[candidate] as number;
      }
    }
    return langs;
  }

  /** How many passages are kept, in `languageFirst` and not: per post, its answers in its family's language, at most `perPost`. */
  #counts(): { first: number; other: number } {
    const { ids, scored } = this.#scores;
    const { post: postOf, family: familyOf, lang: langOf } = this.#layout;
    const { perPost, languageFirst } = this.#options;
    const perPostCount = new Int32Array(this.#layout.posts);
    const counts = { first: 0, other: 0 };
    for (const candidate of scored) {
      const id = ids[candidate] as number;
      const post = postOf[id] as number;
      const lang = langOf[id] as Lang;
      if (this.#familyLang[familyOf[id] as number] !== lang || (perPostCount[post] as number) >= perPost) continue;
      perPostCount[post] = (perPostCount[post] as number) + 1;
      if (languageFirst === null || lang === languageFirst) counts.first += 1;
      else counts.other += 1;
    }
    return counts;
  }

  /**
   * Walks the answers best first, keeping at most `perPost` of a post in its family's language,
   * until `wanted` of each side are kept. Sorts only the best few answers, and twice as many each
   * time that was not enough.
   */
  #walk(wanted: { first: number; other: number }): { first: number[]; other: number[] } {
    const { scored } = this.#scores;
    for (let size = Math.max(64, 4 * (wanted.first + wanted.other)); ; size *= 2) {
      const kept = { first: [] as number[], other: [] as number[] };
      const perPost = new Int32Array(this.#layout.posts);
      const best = this.#best(size);
      for (const candidate of best) {
        if (kept.first.length >= wanted.first && kept.other.length >= wanted.other) break;
        const post = this.#post(candidate);
        if (this.#familyLang[this.#family(candidate)] !== this.#lang(candidate) || (perPost[post] as number) >= this.#options.perPost) continue;
        perPost[post] = (perPost[post] as number) + 1;
        const side = this.#isFirst(candidate) ? kept.first : kept.other;
        if (side.length < (this.#isFirst(candidate) ? wanted.first : wanted.other)) side.push(candidate);
      }
      const done = kept.first.length >= wanted.first && kept.other.length >= wanted.other;
      if (done || best.length === scored.length) return kept;
    }
  }

  /**
   * The `size` best answers, best first, ties in the order met: one pass that keeps the best so far
   * in order (most answers score below the last of them and cost one comparison), instead of
   * sorting every answer of a common word to show a page.
   */
  #best(size: number): number[] {
    const { scores, scored } = this.#scores;
    const scoreOf = (candidate: number) => scores[candidate] as number;
    // Array.prototype.sort is stable: equal scores keep the order met.
    if (size >= scored.length) return [...scored].sort((a, b) => scoreOf(b) - scoreOf(a));
    const best: number[] = [];
    for (const candidate of scored) {
      const score = scoreOf(candidate);
      if (best.length === size && score <= scoreOf(best[size - 1] as number)) continue;
      // After every kept answer scoring as much or more: equal scores stay in the order met.
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (scoreOf(best[middle] as number) >= score) low = middle + 1;
        else high = middle;
      }
      best.splice(low, 0, candidate);
      if (best.length > size) best.pop();
    }
    return best;
  }

  #ranked(candidate: number): Ranked {
    const found = this.#scores;
    return { passage: this.#passages[found.ids[candidate] as number] as Passage, score: found.scores[candidate] as number, terms: () => found.terms(candidate) };
  }
}
