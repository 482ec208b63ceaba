/**
 * A list of words and phrases found in a question: Latin ones as whole words ("talk" is not in "talks" or in
 * "说talk说"), Han ones anywhere, case-insensitive.
 *
 * This is what a regular expression `(?<![\p{L}\p{N}])(?:talk|…)(?![\p{L}\p{N}])|演讲|…` with flags `iu` finds, and
 * it was one: V8 compiles each such pattern to 14–90 KB of machine code (the letter classes of the lookarounds,
 * case-folded), about 1 MB for the sixty lists the understand stage asks of every question, held for as long as the
 * process runs. A lowered text searched with `indexOf`, and the characters either side of a find tested, answers
 * the same (but for letters only case folding equates, such as "ſ" and "s", which no question types).
 */
const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character of `text` at `at` (a code point, or half of one) is a letter or a digit. */
function wordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  // Plain ASCII decides without a pattern; the rest (accents, Han, surrogate pairs) asks Unicode.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const point = text.codePointAt(code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at) ?? code;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
}

/** A list of this many Latin entries is looked up in the text's words; a shorter one is searched for in the text. */
const LOOKED_UP_FROM = 8;

/** An entry of several words or with marks ("how long", "line-up", "# of"), and the first word it holds, if any. */
interface Several {
  entry: string;
  first: string | null;
}

export class Phrases {
  readonly #latin: readonly string[];
  /** Whether the Latin entries are many enough to look up rather than search for. */
  readonly #lookedUp: boolean;
  /** Latin entries that are one word (letters and digits only): whole in a text when they are one of its words. */
  readonly #words: ReadonlySet<string>;
  /**
   * The other Latin entries: one is whole in a text only where its first word is one of the text's words too, so only
   * those are searched for.
   */
  readonly #several: readonly Several[];
  /** The Han entries by their first character: a question's own characters say which could be in it. */
  readonly #hanByFirst = new Map<string, string[]>();
  /** Entries with Han characters that begin otherwise ("ppt下载"), found anywhere as Han ones were. */
  readonly #mixed: readonly string[];

  constructor(words: readonly string[]) {
    const lower = words.map((word) => word.toLowerCase());
    this.#latin = lower.filter((word) => !HAN.test(word));
    this.#mixed = lower.filter((word) => HAN.test(word) && !HAN.test(word.charAt(0)));
    this.#lookedUp = this.#latin.length >= LOOKED_UP_FROM;
    this.#words = new Set(this.#latin.filter((word) => WORD.test(word)));
    this.#several = this.#latin.filter((word) => !WORD.test(word)).map((entry) => ({ entry, first: entry.match(WORDS)?.[0] ?? null }));
    for (const word of lower.filter((entry) => HAN.test(entry.charAt(0)))) {
      const first = word.charAt(0);
      this.#hanByFirst.set(first, [...(this.#hanByFirst.get(first) ?? []), word]);
    }
  }

  /** Whether `text` holds any of the words. */
  test(text: string): boolean {
    const reading = readingOf(text);
    const { lower } = reading;
    if (this.#hanByFirst.size && this.#holdsHan(lower, (reading.han ??= hanPlaces(lower)))) return true;
    if (this.#mixed.some((word) => lower.includes(word))) return true;
    if (!this.#lookedUp) return this.#latin.some((word) => wholeWordIn(lower, word));
    const words = (reading.words ??= new Set(lower.match(WORDS) ?? []));
    for (const word of words) if (this.#words.has(word)) return true;
    return this.#several.some(({ entry, first }) => (first === null || words.has(first)) && wholeWordIn(lower, entry));
  }

  /**
   * Whether a Han entry starts at one of `places`. Sixty lists, some of a hundred entries, are asked of every question:
   * looking up the few Han characters it has costs nothing for an English one, where searching the text for each entry
   * cost hundreds of searches.
   */
  #holdsHan(lower: string, places: readonly number[]): boolean {
    for (const at of places) {
      const entries = this.#hanByFirst.get(lower.charAt(at));
      if (entries?.some((entry) => lower.startsWith(entry, at))) return true;
    }
    return false;
  }
}

/** Where a text's Han characters are. */
function hanPlaces(lower: string): number[] {
  const places: number[] = [];
  for (let at = 0; at < lower.length; at += 1) if (HAN.test(lower.charAt(at))) places.push(at);
  return places;
}

/** One word of letters and digits, and every such word of a text: a whole word is one of them. */
const WORD = /^[\p{L}\p{N}]+$/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The last text read, lowered, and its words when a long list asked: the understand stage tests sixty lists against the
 * same question, one after another.
 */
let last: Reading = { text: '', lower: '' };

/** A text lowered, and what the lists asked of it so far needed of it: its words, where its Han characters are. */
interface Reading {
  text: string;
  lower: string;
  words?: ReadonlySet<string>;
  han?: readonly number[];
}

function readingOf(text: string): Reading {
  if (last.text !== text) last = { text, lower: lowered(text) };
  return last;
}

/**
 * `text` in lower case, each character where it was. A few letters lower to two characters ("İ" to "i̇"), which would
 * put a letter's mark where the letter was: those stay as they are, as the pattern's case folding leaves them.
 */
function lowered(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => {
    const one = char.toLowerCase();
    return one.length === char.length ? one : char;
  }).join('');
}

/** Whether `word` is in `lower` with no letter or digit right before or after it. */
function wholeWordIn(lower: string, word: string): boolean {
  if (word === '') return false;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!wordCharAt(lower, at - 1) && !wordCharAt(lower, at + word.length)) return true;
  }
  return false;
}

/** The words and phrases of `words`, to find in questions. */
export function phrasesOf(words: readonly string[]): Phrases {
  return new Phrases(words);
}
