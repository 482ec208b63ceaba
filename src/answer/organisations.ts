/**
 * The organisations the speakers of talks spoke for, read from the programme once at load, and those
 * a question names ("what did forbes present at kubecon london", "微软 在 istio day 的分享"). Pure.
 */
import { ANY_EVENT_WORDS, KIND_NAMES, ORGANISATIONS, PLACES, REGION_ALIASES, REGIONS, SYNONYMS } from '../domain/index.js';
import { copyKeys } from '../find/index.js';
import type { EventInfo, Lang, Person, Talk } from '../model/index.js';
import { fold, STOP_WORDS } from '../store/index.js';
import { askOf, HAPPENING_WORDS, LISTING_WORDS, TALK_FORMATS } from '../understand/index.js';
import { editDistance } from './name-words.js';

/** An organisation a question names: its key (its names in either language are one) and the typed words that name it. */
export interface NamedOrganisation {
  key: string;
  words: string[];
  /** Whether its name is a word of the domain too ("Gateway"): a title that says it is not about it. */
  common: boolean;
}

/** A name typed with a typo is taken for an organisation's only from this length: a short one is often another word. */
const TYPO_LENGTH = 7;
/** From this length, two typos. */
const TWO_TYPOS_LENGTH = 10;
/** Words said just before an organisation whose name is also a word of the domain ("talks from <it>"). */
const CUES = ['from', 'by'];
const ZH_CUE = '来自';

const HAN = /\p{Script=Han}/u;

/** Latin words whole, Han runs whole: "google在istiocon" is three words. */
function wordsOf(text: string): string[] {
  return fold(text).match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
}

/** One way an organisation is written, and whether all its words are words of the domain too. */
interface Spelling {
  key: string;
  /** Its words written together. */
  joined: string;
  common: boolean;
}

/**
 * Words that say something else than an organisation: the domain's topics, places and events, what
 * a question asks, words of no meaning. An organisation named by these alone ("Gateway", "Cloud
 * Native") is taken for one only when the question says so ("talks from Gateway").
 */
function commonWords(events: readonly EventInfo[]): Set<string> {
  const phrases = [
    ...SYNONYMS.filter((group) => !ORGANISATIONS.includes(group)).flat(),
    ...PLACES.flatMap((place) => [place.city, ...place.zh]),
    ...REGIONS.flatMap((region) => REGION_ALIASES[region]),
    ...KIND_NAMES.flatMap((kind) => kind.aliases),
    ...[ANY_EVENT_WORDS, LISTING_WORDS, TALK_FORMATS, HAPPENING_WORDS].flat(),
    ...events.map((event) => event.name),
  ];
  return new Set([...STOP_WORDS, ...phrases.flatMap(wordsOf)]);
}

/** The key of an organisation's name: that of its group of names (`ORGANISATIONS`, "Huawei Cloud" is Huawei's), else the name itself. */
function keyOf(name: string): string {
  const folded = fold(name).trim();
  const [first = ''] = wordsOf(folded);
  const group = ORGANISATIONS.find((names) => names.some((alias) => alias === folded || alias === first || (HAN.test(alias) && folded.startsWith(alias))));
  return group?.[0] ?? wordsOf(folded).join('');
}

export class Organisations {
  /** Latin names by their words written together ("redhat"), the long ones a typo may name, and Han names. */
  readonly #latin = new Map<string, Spelling[]>();
  readonly #typoable: Spelling[] = [];
  readonly #han: Spelling[] = [];
  #longest = 0;
  /** The people of each copy of a talk who spoke for an organisation, by `event|copy key`: a copy may name them where another does not. */
  readonly #peopleByCopy = new Map<string, Person[]>();
  /** Each organisation's name as the talks write it, to its key. */
  readonly #keys = new Map<string, string>();
  readonly #common: ReadonlySet<string>;

  constructor(talks: readonly Talk[], events: readonly EventInfo[]) {
    for (const talk of talks) {
      const people = talk.people.filter((person) => person.organisation !== null);
      for (const key of people.length ? copyKeys(talk) : []) {
        const copy = `${talk.event ?? ''}|${key}`;
        this.#peopleByCopy.set(copy, [...(this.#peopleByCopy.get(copy) ?? []), ...people]);
      }
      for (const { organisation } of people) if (organisation !== null) this.#keys.set(organisation, keyOf(organisation));
    }
    this.#common = commonWords(events);
    // Each organisation by the names the talks give it and those its group gives ("Google", "谷歌").
    const spellings = new Map<string, string>();
    for (const [name, key] of this.#keys) for (const spelling of [name, ...(ORGANISATIONS.find((names) => names[0] === key) ?? [])]) spellings.set(fold(spelling), key);
    for (const [spelling, key] of spellings) {
      const words = wordsOf(spelling);
      const one: Spelling = { key, joined: words.join(''), common: words.every((word) => this.#isCommon(word)) };
      if (HAN.test(spelling)) this.#han.push(one);
      else this.#latin.set(one.joined, [...(this.#latin.get(one.joined) ?? []), one]);
      if (!HAN.test(spelling) && !one.common && one.joined.length >= TYPO_LENGTH) this.#typoable.push(one);
    }
    this.#longest = Math.max(0, ...[...this.#latin.keys()].map((joined) => joined.length));
  }

  #isCommon(word: string): boolean {
    return this.#common.has(word) || askOf(word) !== 'search';
  }

  /** The organisations `text` names, each once, with the words that name it. */
  in(text: string): NamedOrganisation[] {
    const typed = wordsOf(text);
    const found = new Map<string, NamedOrganisation>();
    // The longest way it is written names it: "alibaba cloud" is Alibaba's by both words, whose "cloud" names no event.
    const add = ({ key, common }: Spelling, words: string[]): void => {
      if ((found.get(key)?.words.length ?? 0) < words.length) found.set(key, { key, words, common });
    };
    typed.forEach((word, start) => {
      const before = typed[start - 1] ?? '';
      const cued = CUES.includes(before) || before.endsWith(ZH_CUE);
      // A Latin name by its words in order, written apart or together ("red hat", "redhat").
      let said = '';
      for (let end = start; end < typed.length && said.length < this.#longest; end += 1) {
        said += typed[end];
        for (const spelling of this.#latin.get(said) ?? []) if (!spelling.common || cued) add(spelling, typed.slice(start, end + 1));
      }
      // A long one typed with a typo; a word of the domain is itself, not a typo of a name.
      if (word.length < TYPO_LENGTH || HAN.test(word) || this.#latin.has(word)) return;
      const allowed = word.length >= TWO_TYPOS_LENGTH ? 2 : 1;
      const near = this.#typoable.filter((spelling) => editDistance(word, spelling.joined, allowed) <= allowed);
      if (near.length && !this.#isCommon(word)) for (const spelling of near) add(spelling, [word]);
    });
    // A Han name when the text holds it, after 来自 when it is a word of the domain too.
    const compact = HAN.test(text) ? typed.join('') : '';
    for (const spelling of compact ? this.#han : []) if (compact.includes(spelling.common ? `${ZH_CUE}${spelling.joined}` : spelling.joined)) add(spelling, [spelling.joined]);
    return [...found.values()];
  }

  /** `text` as words apart, without those that name `named`: "talks by solo.io" names no event by its "io". */
  without(text: string, named: readonly NamedOrganisation[]): string {
    const said = new Set(named.flatMap((organisation) => organisation.words));
    return said.size ? wordsOf(text).filter((word) => !said.has(word)).join(' ') : text;
  }

  /**
   * The people of `talk` who spoke for one of the organisations `keys`, each once; those of its other copies when
   * it names none. Not both: the English and the Chinese copy name one speaker twice ("Shi Zehuan", "史泽寰").
   */
  speakersFor(talk: Talk, keys: ReadonlySet<string>): Person[] {
    const ofKeys = (people: readonly Person[]): Person[] => people.filter((person) => person.organisation !== null && keys.has(this.#keys.get(person.organisation) ?? ''));
    const own = ofKeys(talk.people);
    const of = own.length ? own : ofKeys(copyKeys(talk).flatMap((key) => this.#peopleByCopy.get(`${talk.event ?? ''}|${key}`) ?? []));
    return [...new Map(of.map((person) => [person.name, person])).values()];
  }

  /**
   * `name` as the talks write its organisation in `lang`: an English line says "Tencent Cloud" where the Chinese
   * post wrote "腾讯云", and the other way round; `name` itself when it is written so or the talks write it no other way.
   */
  nameIn(name: string, lang: Lang): string {
    const fits = (spelling: string): boolean => HAN.test(spelling) === (lang === 'zh');
    if (fits(name)) return name;
    const key = this.#keys.get(name);
    for (const [spelling, other] of this.#keys) if (other === key && fits(spelling)) return spelling;
    return name;
  }

  /** Those of `talks` given by someone of one of the organisations `keys`. */
  givenBy(talks: readonly Talk[], keys: ReadonlySet<string>): Talk[] {
    return talks.filter((talk) => this.speakersFor(talk, keys).length > 0);
  }
}
