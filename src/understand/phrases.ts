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
  readonly #han: readonly string[];

  constructor(words: readonly string[]) {
    const lower = words.map((word) => word.toLowerCase());
    this.#latin = lower.filter((word) => !HAN.test(word));
    this.#lookedUp = this.#latin.length >= LOOKED_UP_FROM;
    this.#words = new Set(this.#latin.filter((word) => WORD.test(word)));
    this.#several = this.#latin.filter((word) => !WORD.test(word)).map((entry) => ({ entry, first: entry.match(WORDS)?.[0] ?? null }));
    this.#han = lower.filter((word) => HAN.test(word));
  }

  /** Whether `text` holds any of the words. */
  test(text: string): boolean {
    const reading = readingOf(text);
    const { lower } = reading;
    if (this.#han.some((word) => lower.includes(word))) return true;
    if (!this.#lookedUp) return this.#latin.some((word) => wholeWordIn(lower, word));
    const words = (reading.words ??= new Set(lower.match(WORDS) ?? []));
    for (const word of words) if (this.#words.has(word)) return true;
    return this.#several.some(({ entry, first }) => (first === null || words.has(first)) && wholeWordIn(lower, entry));
  }
}

/** One word of letters and digits, and every such word of a text: a whole word is one of them. */
const WORD = /^[\p{L}\p{N}]+$/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The last text read, lowered, and its words when a long list asked: the understand stage tests sixty lists against the
 * same question, one after another.
 */
let last: { text: string; lower: string; words?: ReadonlySet<string> } = { text: '', lower: '' };

function readingOf(text: string): { lower: string; words?: ReadonlySet<string> } {
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
