/**
 * Words of a name as a user types them, and how close a typed word is to a word of a name: the
 * matching that `talks <event>` and `speaker <name>` share. Pure.
 */
import { fold, STOP_WORDS } from '../store/index.js';

const HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;

/** Lower-case, accent-free words of `text`: Latin words whole, each Han run whole. */
export function nameWords(text: string): string[] {
  return (fold(text).match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}

/**
 * The compounds of `text` written with hyphens ("llm-d", "multi-cluster"), folded. A title's words
 * hold them as one word too ("llmd"), the way the index's tokenizer also keeps them, so that a
 * title's "llm-d" and a typed "multicluster" meet.
 */
export function hyphenated(text: string): string[] {
  // Chinese is no compound: "服务网络安全-理解IstioCNI" is two phrases, and a Han word matches the words it holds.
  return (fold(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []).filter((word) => !/\p{Script=Han}/u.test(word));
}

/**
 * The three rows of the distance table the recurrence reads (the row before the previous one for a
 * transposition), reused by every call: it runs over every word of a name vocabulary for each new
 * typed word, and a row array per letter was most of what answering a question about events allocated.
 */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/** Optimal string alignment distance (Levenshtein with transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let before = rows[0];
  let previous = rows[1];
  let row = rows[2];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    const oldest = before;
    before = previous;
    previous = row;
    row = oldest;
  }
  return previous[b.length] ?? max + 1;
}

/** Typos allowed in a typed word: none in numbers (2024 is not 2025) or below 4 letters ("na" is not "eu"), one up to 7, then two. */
function typosAllowed(word: string): number {
  if (HAN.test(word) || /\d/.test(word)) return 0;
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * How well a typed word matches a word of a name: 1 the same word, 0.8 a typo of it, 0.6 its
 * beginning (3 letters or more: "fase" for "faseela"), 0 not at all. Han words match when one
 * contains the other ("伦敦的" holds "伦敦"); a name's single character only when typed alone, not within a word.
 */
export function wordMatch(typed: string, word: string): number {
  return matchWith(typed, HAN.test(typed), typosAllowed(typed), word);
}

/** `wordMatch` with what depends on the typed word alone worked out by the caller, once for a whole vocabulary. */
function matchWith(typed: string, typedHan: boolean, allowed: number, word: string): number {
  if (typed === word) return 1;
  // A single character of a name ("用" of "用 Istio…") is a particle or a verb as often as a word: a longer typed word
  // ("最终用户") that holds it names no such thing; nor does a character typed alone name the longer word holding it
  // ("istio 加 k8gb": 加, "plus", is not 芝加哥).
  if (typedHan || HAN.test(word)) return (word.length > 1 && typed.includes(word)) || (typed.length > 1 && word.includes(typed)) ? 1 : 0;
  if (allowed && editDistance(typed, word, allowed) <= allowed) return 0.8;
  if (typed.length >= 3 && word.startsWith(typed)) return 0.6;
  return 0;
}


const NO_MATCHES: ReadonlyMap<string, number> = new Map();

/** Most typed words whose matches a `Vocabulary` remembers; past it, it starts afresh. */
const REMEMBERED = 2_000;

/**
 * The words of many names, with each typed word's matches worked out once over the distinct words
 * (not once per name), and remembered: questions repeat their words. Only the words that can match
 * are tried: Latin words of a length within the typos allowed, and those the typed word begins
 * (contiguous in sorted order); Han words always, since they match by containing.
 */
export class Vocabulary {
  /** Latin words by length, for the typo and exact matches. */
  readonly #byLength = new Map<number, string[]>();
  /** Latin words sorted, for the words a typed beginning starts. */
  readonly #sorted: readonly string[];
  readonly #han: readonly string[];
  /** The Han words that hold a Latin letter or a digit too ("istio中国"): the only ones a Latin word can be part of. */
  readonly #mixed: readonly string[];
  /** Each word's place in the vocabulary: matches are listed in it, so ties resolve as they always have. */
  readonly #order = new Map<string, number>();
  readonly #matches = new Map<string, ReadonlyMap<string, number>>();

  constructor(words: Iterable<string>) {
    const distinct = [...new Set(words)];
    distinct.forEach((word, at) => this.#order.set(word, at));
    this.#han = distinct.filter((word) => HAN.test(word));
    this.#mixed = this.#han.filter((word) => !ALL_HAN.test(word));
    this.#sorted = distinct.filter((word) => !HAN.test(word)).sort();
    for (const word of this.#sorted) {
      const same = this.#byLength.get(word.length);
      if (same) same.push(word);
      else this.#byLength.set(word.length, [word]);
    }
  }

  /** Each word of the vocabulary that `typed` matches, with how well (`wordMatch`). */
  matches(typed: string): ReadonlyMap<string, number> {
    let found = this.#matches.get(typed);
    if (!found) {
      if (this.#matches.size >= REMEMBERED) this.#matches.clear();
      const scores = new Map<string, number>();
      const matched: Array<[string, number]> = [];
      const typedHan = HAN.test(typed);
      const allowed = typosAllowed(typed);
      for (const word of this.#candidates(typed, typedHan, allowed)) {
        const score = matchWith(typed, typedHan, allowed, word);
        if (score > 0) matched.push([word, score]);
      }
      // The few matches, not the many candidates, are put in the vocabulary's order.
      const order = (word: string): number => this.#order.get(word) ?? 0;
      for (const [word, score] of matched.sort(([a], [b]) => order(a) - order(b))) scores.set(word, score);
      // Most typed words match no name: they share one empty map.
      this.#matches.set(typed, (found = scores.size ? scores : NO_MATCHES));
    }
    return found;
  }

  /** The words `wordMatch` can score above 0 for `typed`: a superset, every other word scores 0. */
  *#candidates(typed: string, typedHan: boolean, allowed: number): Generator<string> {
    // Han words match by containing or being contained: a word of Han alone is in no Latin word, nor a Latin word in it.
    if (typedHan) {
      yield* this.#han;
      // A Han run holds a Latin word only by containing it ("伦敦istio").
      if (!ALL_HAN.test(typed)) yield* this.#sorted;
      return;
    }
    yield* this.#mixed;
    for (let length = typed.length - allowed; length <= typed.length + allowed; length += 1) yield* this.#byLength.get(length) ?? [];
    if (typed.length < 3) return;
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#sorted[middle] ?? '') < typed) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < this.#sorted.length && this.#sorted[at]?.startsWith(typed); at += 1) {
      const word = this.#sorted[at] ?? '';
      // Those of a length within the typos allowed were tried above.
      if (Math.abs(word.length - typed.length) > allowed) yield word;
    }
  }

  /** The best match of `typed` among `words` (which must be words of this vocabulary). */
  best(typed: string, words: ReadonlySet<string> | readonly string[]): number {
    const found = this.matches(typed);
    let best = 0;
    // A typed word matches a few words of the vocabulary; an event is known by dozens (every run of
    // the natural questions scores every event): the shorter side is walked.
    if ('has' in words && found.size < words.size) {
      // forEach: no [word, score] pair per entry.
      found.forEach((score, word) => {
        if (words.has(word)) best = Math.max(best, score);
      });
    } else for (const word of words) best = Math.max(best, found.get(word) ?? 0);
    return best;
  }
}
