/**
 * Who a post says was elected or won: the sentences that announce an outcome ("were re-elected",
 * "the winners are:", "won that election", "pleased to announce the choice of our maintainers:",
 * "当选", "获奖") and name someone. Ranking puts such a
 * passage first for a "who won / who was elected" question, and the answer stage quotes those
 * sentences as the direct line: from what the post says, never a name it does not give.
 */
import { ORGANISATIONS } from '../domain/index.js';
import type { ParsedPassage } from '../model/index.js';

/**
 * How the posts announce who was elected or won, in English and Chinese. 获得 ("to get") announces
 * only a seat or an award got ("获得了两个贡献席位", "席位由 Rama Chavali 获得，"), not help or a pass.
 */
const OUTCOME =
  /(?<![\p{L}-])(?:(?:re-)?elected|winners?|won|awards?|awarded|recipients?|welcome (?:the following|our)|pleased to announce the (?:choice|winners|results|new)|new(?:est)? (?:members?|seat holders?))(?![\p{L}-])|当选|连任|赢得|获得(?:(?=[^。，；]{0,40}(?:奖|席位))|(?=[，。；]|$))|荣获|获奖|得主|选举产生|欢迎(?:以下|两位|我们)/iu;

/**
 * A seat said to be earned ("Huawei has earned two Contribution Seats", "华为获得了两个贡献席位"): Contribution Seats go to
 * companies, so a sentence that says one was earned and names a company announces who got it, though it names no person.
 * Not a seat "allocated": the yearly calculation that every committee announcement restates is no result.
 */
const SEAT_GOT = /(?<![\p{L}])(?:earned|earns)(?![\p{L}])[^.!?。；]{0,40}?(?<![\p{L}])seats?(?![\p{L}])|获得[^。，；]{0,40}席位/iu;

/** The organisations the domain knows (`ORGANISATIONS`), by any of their names: Latin ones as whole words. Compiled once. */
const ORGANISATION = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${ORGANISATIONS.flat().filter((name) => !/\p{Script=Han}/u.test(name)).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    ...ORGANISATIONS.flat().filter((name) => /\p{Script=Han}/u.test(name)),
  ].join('|'),
  'iu',
);

/** Whether a sentence says a seat was got by a company it names. */
const seatGot = (sentence: string): boolean => SEAT_GOT.test(sentence) && ORGANISATION.test(sentence);

/** Two or more capitalised words in a row ("Rama Chavali", "Faseela K"): a name when its first word is one prose never writes in lower case. */
const CAPITALISED = /(?<![\p{L}\p{N}.])\p{Lu}[\p{Ll}'’-]*(?!\p{L})(?:\s+\p{Lu}[\p{Ll}'’-]*(?!\p{L}))+/gu;

/** Sentence ends in both languages; "Solo.io" is no end. */
const SENTENCE_END = /(?<=[。！？])|(?<=[.!?])\s+/u;

/** A list's lead-in: a colon, in either language. */
const LEAD_IN = /[:：]/u;

/** Longest list item read as one more name of an announced list ("Kenji Arai, Example Corp."). */
const LIST_ITEM = 120;

/** A word of prose: letters, apostrophes and hyphens. */
const WORD = /[\p{L}'’-]+/gu;

/** A word that starts with a letter written in upper or lower case (not Chinese, not an apostrophe). */
const CASED = /^[\p{Lu}\p{Ll}\p{Lt}]/u;

/** How many passages' words make the vocabulary of lower-case words: enough for prose, bounded for a large corpus. */
const VOCABULARY_SAMPLE = 4_000;

/**
 * The items of the list a sentence leads in ("They will be held by: Zack Butcher (Tetrate).", "这些席位将由以下公司担任：
 * Zack Butcher (Tetrate)。"), each its own sentence once the list is flattened: the short ones after it that name someone.
 * None when the sentence leads in no list.
 */
export function listItemsAfter(sentences: readonly string[], at: number, namesSomeone: (text: string) => boolean): string[] {
  const items: string[] = [];
  if (!LEAD_IN.test(sentences[at] ?? '')) return items;
  for (const item of sentences.slice(at + 1)) {
    if (item.length > LIST_ITEM || !namesSomeone(item)) break;
    items.push(item);
  }
  return items;
}

export class Outcomes {
  readonly #passages: readonly ParsedPassage[];
  /** Words the corpus writes in lower case: a capitalised one of them ("Community", "In") starts no name. */
  #lower: Set<string> | undefined;
  /** Words the corpus writes in lower case more often than capitalised ("input", not "sun" of "Lin Sun"). */
  #mostlyLower: Set<string> | undefined;

  constructor(passages: readonly ParsedPassage[]) {
    this.#passages = passages;
  }

  /**
   * The sentences of `text` that announce who was elected or won and name them, in order. An
   * announcement that leads in a list ("have been elected: Marta Olsen, Fictional Bank.") keeps the
   * list's items that follow it, each its own sentence once the list is flattened, while they name
   * someone.
   */
  sentences(text: string, seats = true): string[] {
    const said: string[] = [];
    let list = false;
    for (const sentence of text.split(SENTENCE_END)) {
      const announces = (OUTCOME.test(sentence) && this.#namesSomeone(sentence)) || (seats && seatGot(sentence));
      list = announces ? LEAD_IN.test(sentence) : list && sentence.length <= LIST_ITEM && this.#namesSomeone(sentence);
      if (announces || list) said.push(sentence);
    }
    return said;
  }

  /** Whether `text` names someone ("Lin Sun", "Faseela K"). */
  namesSomeone(text: string): boolean {
    return this.#namesSomeone(text);
  }

  /** Whether the corpus writes `word` in lower case more often than capitalised ("input", "support"; not "sun" of "Lin Sun"). */
  mostlyLower(word: string): boolean {
    return this.#common().has(word.toLowerCase());
  }

  /** Whether `text` announces who was elected or won, naming them (or the company a seat went to). */
  announces(text: string): boolean {
    return OUTCOME.test(text) && this.sentences(text, false).length > 0;
  }

  #namesSomeone(sentence: string): boolean {
    const lower = this.#vocabulary();
    // Stops at the first name: most passages that name someone do so early.
    for (const [words] of sentence.matchAll(CAPITALISED)) if (!lower.has(words.slice(0, words.search(/\s/)).toLowerCase())) return true;
    return false;
  }

  #vocabulary(): Set<string> {
    if (!this.#lower) this.#readVocabulary();
    return this.#lower as Set<string>;
  }

  #common(): Set<string> {
    if (!this.#mostlyLower) this.#readVocabulary();
    return this.#mostlyLower as Set<string>;
  }

  /**
   * Both vocabularies in one pass over a sample of the passages, word by word without an array of
   * each text's words: the answer stage reads them on its first "who" question, while serving.
   */
  #readVocabulary(): void {
    const lower = new Set<string>();
    const balance = new Map<string, number>();
    const step = Math.max(1, Math.floor(this.#passages.length / VOCABULARY_SAMPLE));
    for (let i = 0; i < this.#passages.length; i += step) {
      const text = (this.#passages[i] as ParsedPassage).text;
      WORD.lastIndex = 0;
      for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
        const word = match[0];
        // Only words that start with a letter that has a case: a run of Chinese is written neither
        // way, is never asked about (names start with a capital), and was most of what this kept.
        if (!CASED.test(word)) continue;
        const folded = word.toLowerCase();
        if (/^\p{Ll}/u.test(word)) lower.add(word);
        balance.set(folded, (balance.get(folded) ?? 0) + (word === folded ? 1 : -1));
      }
    }
    this.#lower = lower;
    this.#mostlyLower = new Set([...balance].filter(([, count]) => count > 0).map(([word]) => word));
  }
}
