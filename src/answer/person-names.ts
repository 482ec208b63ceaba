/**
 * Whether a sentence names a person ("Suri Patel and Alex Davy of the CNCF…", "由 Pratima Nambiar
 * 主讲"): what the "who" line quotes. Capitalised words name many things besides people: titles
 * ("Izzy Saves the Birthday"), committees, companies and places ("Steering Committee", "Salt Lake
 * City"), acronyms ("CNCF"), headings ("Multi-Modal Input Support"); none of those is taken for one.
 */
import { SYNONYMS } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';

/** A run of capitalised words ("Lisa-Marie Namphy", "Faseela K"), each a word of letters. */
const CAPITALISED = /(?<![\p{L}\p{N}.])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?![\p{L}\p{N}])/gu;
/** A person is named in two or three words (an initial, none in capitals); a longer run is a title or an organisation ("Cloud Native Computing Foundation"). */
const NAME_WORDS = { min: 2, max: 3 };

/** A run in a title ("Izzy Saves the Birthday", "Magic of Service Mesh"): a small word between capitalised ones. */
const IN_TITLE = /^\s+(?:the|of|a|an|to|in|for|with|on|at|from)\s+\p{Lu}/u;

/**
 * Ranks and honorifics before one name call a character of a story ("Captain Kube", "Mr Stubbs") or
 * a title, not someone the posts credit, whom they name by first and last name.
 */
const RANKS = new Set(['captain', 'king', 'queen', 'prince', 'princess', 'sir', 'lady', 'lord', 'mr', 'mrs', 'ms', 'miss', 'uncle', 'aunt']);

/**
 * A title written in capitals ("The Illustrated Children's Guide to Kubernetes", "Izzy Saves the
 * Birthday"): capitalised words with a small word between two of them.
 */
const TITLE_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:the|of|a|an|to|in|for|with|on|at|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** Quoted titles ("Izzy Saves the Birthday", 《…》) name a talk or a book, never who gave it. */
const QUOTED = /“[^”]*”|"[^"]*"|《[^》]*》|「[^」]*」/gu;

/**
 * Words of capitalised runs that name no one: the words of event names, cities and countries ("Salt
 * Lake City", "Istio Day North America") and of the domain's vocabulary ("Steering Committee",
 * "Google Cloud").
 */
function unnamedWords(eventWords: ReadonlySet<string>): Set<string> {
  return new Set([...eventWords, ...wordsOf(SYNONYMS.flat())]);
}

/**
 * The words that name events, their kinds and places: those of two events' names or more ("day",
 * "north"; not "izzy" of one reading), and of their cities and countries.
 */
function sharedWords(events: readonly EventInfo[]): Set<string> {
  const counts = new Map<string, number>();
  for (const name of new Set(events.map((event) => event.name))) for (const word of wordsOf([name])) counts.set(word, (counts.get(word) ?? 0) + 1);
  const shared = [...counts].filter(([, count]) => count > 1).map(([word]) => word);
  return new Set([...shared, ...wordsOf(events.flatMap((event) => [event.city ?? '', event.country ?? '']))]);
}

/** The words of names, in lower case, of two letters or more. */
function wordsOf(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length > 1));
}

/**
 * A sentence without the titles it writes in capitals unquoted: what the sentence says, not what a
 * book it names in passing is called ("their kids knew The Illustrated Children's Guide to
 * Kubernetes" says nothing of who illustrated a book). A quoted title is what the sentence is about.
 */
export function withoutTitles(sentence: string): string {
  const quoted: string[] = [];
  // Quoted titles are set aside while the capitalised ones are taken out, then put back.
  const marked = sentence.replace(QUOTED, (title) => `\u0000${quoted.push(title) - 1}\u0000`);
  return marked.replace(TITLE_RUN, ' ').replace(/\u0000(\d+)\u0000/gu, (_, at: string) => quoted[Number(at)] ?? '');
}

export class PersonNames {
  readonly #unnamed: Set<string>;
  /** The words of the events' names and places. */
  readonly #eventWords: Set<string>;
  readonly #mostlyLower: (word: string) => boolean;
  readonly #namedInChinese: (sentence: string) => boolean;

  /**
   * `mostlyLower`: whether prose writes a word in lower case more often than not ("input", not "sun" of "Lin Sun");
   * `namedInChinese`: whether a sentence names someone by a Chinese name the posts pair with an English one ("徐中虎").
   */
  constructor(events: readonly EventInfo[], mostlyLower: (word: string) => boolean, namedInChinese: (sentence: string) => boolean = () => false) {
    this.#eventWords = sharedWords(events);
    this.#unnamed = unnamedWords(this.#eventWords);
    this.#mostlyLower = mostlyLower;
    this.#namedInChinese = namedInChinese;
  }

  /** Whether a word (lower case) is one of the events' names or places ("day", "north", "london"). */
  namesEvent(word: string): boolean {
    return this.#eventWords.has(word);
  }

  /**
   * Whether a sentence names a person: a run of two or three capitalised words, none an event's, a place's, the
   * domain's or a common word; or a Chinese name the posts give a speaker.
   */
  in(sentence: string): boolean {
    const unquoted = sentence.replace(QUOTED, ' ');
    for (const match of unquoted.matchAll(CAPITALISED)) {
      const [run] = match;
      if (IN_TITLE.test(unquoted.slice(match.index + run.length))) continue;
      const words = run.split(/\s+/);
      if (words.length === NAME_WORDS.min && RANKS.has(words[0]?.toLowerCase() ?? '')) continue;
      if (words.length >= NAME_WORDS.min && words.length <= NAME_WORDS.max && words.every((word) => this.#nameWord(word))) return true;
    }
    return this.#namedInChinese(unquoted);
  }

  /**
   * An initial ("K"), or a word with lower-case letters that names no event, place or thing of the
   * domain, and that prose does not write in lower case, nor its singular ("Seats").
   */
  #nameWord(word: string): boolean {
    if (word.length === 1) return true;
    const common = (one: string): boolean => this.#unnamed.has(one.toLowerCase()) || this.#mostlyLower(one);
    return /\p{Ll}/u.test(word) && !common(word) && !(word.endsWith('s') && common(word.slice(0, -1)));
  }
}
