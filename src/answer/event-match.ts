/**
 * Events found from what users type: `talks istio day 2025`, `talks kubecon eu 26`, `演讲 伦敦`,
 * `talks chicgo`. Each event is known by the words of its name, its kind's aliases, its city (en
 * and zh), country and region aliases, and its year (2025 and 25); every word the user typed that
 * names something of some event must name something of the event found. Pure.
 */
import { ANY_EVENT_WORDS, CALL_FOR_PROPOSALS, colocatedNames, KIND_NAMES, placeOf, REGION_ALIASES, regionIn, VIRTUAL_WORDS, zhNamesOf, zhNumber, type Region } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';
import { downloadAsked, notificationAsked, type Question } from '../understand/index.js';
import { hyphenated, nameWords, Vocabulary } from './name-words.js';
import { joined, namingWords } from './compound-words.js';
import { OCCASIONS, saysMostOf } from './occasion-words.js';
import { cityWordsOf } from './city-words.js';

/** What every birthday of the project is, whichever word its name uses. */
const BIRTHDAY_WORDS = ['birthday', 'celebration', 'anniversary'];

/** One event name the index knows, with every word it is known by. */
interface Candidate {
  name: string;
  start: string | null;
  own: Set<string>;
  /** Words of the conference it is co-located with ("kubecon" for an Istio Day): tried when nothing matches on its own words. */
  colocated: Set<string>;
  /** Whether it is known by the words of its own name (`OCCASIONS`): a book launch, a co-located day. */
  occasion: boolean;
  /** The words of the city it was held in; none when the posts give none (a virtual event). */
  city: string[];
}

/** The events a text names, newest first; `nearest` when none: the closest names, for suggestions. */
export interface EventMatch {
  names: string[];
  nearest: string[];
  /** The typed words that name no event (topics: "ambient" in "ambient talks at kubecon 2025"). */
  rest: string[];
  /** Whether some typed word names some event, found or not ("istiocon 2022" when no talk of it is known). */
  namesSome: boolean;
}

/** Candidates matched by more than this share of all events do not narrow ("istio"): they need not match. */
const WEAK_SHARE = 0.5;
const NEAREST = 3;

function wordsOf(name: string, event: EventInfo | undefined): Set<string> {
  // "维护者峰会": a Chinese name the zh posts give it.
  const words = new Set([...nameWords(name), ...hyphenated(name).map(joined), ...zhNamesOf(name)]);
  const kind = KIND_NAMES.find((entry) => entry.kind === event?.kind || entry.pattern.test(name));
  for (const alias of kind?.aliases ?? []) for (const word of alias.includes('-') ? [joined(alias)] : [...nameWords(alias), alias.replace(/\s+/g, '')]) words.add(word);
  const place = placeOf(event?.city ?? '');
  if (place) for (const word of [...cityWordsOf(place), ...(place.countryNames ?? []), ...nameWords(place.country)]) words.add(word);
  const region: Region | null = place?.region ?? regionIn(name);
  if (region) for (const alias of REGION_ALIASES[region]) for (const word of nameWords(alias)) words.add(word);
  // "四周年", "七周岁", "七岁", "生日": how Chinese says the project's birthdays, which the events' names say in English ("7th birthday").
  const birthday = /\b(\d{1,2})(?:st|nd|rd|th) birthday\b/i.exec(name)?.[1];
  const ordinal = birthday ? zhNumber(Number(birthday)) : null;
  if (ordinal) words.add(`${ordinal}周年`).add(`${ordinal}周岁`).add(`${ordinal}岁`).add('生日');
  // Every birthday is a celebration of an anniversary, as both birthday posts say, though only the 4th's name holds the word:
  // "the latest birthday celebration" is the 7th, not the one whose name says it.
  if (birthday) for (const word of BIRTHDAY_WORDS) words.add(word);
  // "直播": how the Chinese posts say a stream ("Istio 1.0 发布 Twitch 全天直播"), which the event's name says in English.
  if (/\bstream\b/i.test(name)) words.add('直播');
  const year = /\b(20\d\d)\b/.exec(name)?.[1] ?? event?.start?.slice(0, 4);
  if (year) words.add(year).add(year.slice(2));
  return words;
}

/**
 * "4 周年", "7周岁": a birthday's ordinal in digits, which the words of a text split from it, as the Chinese numeral it is
 * ("四周年"); the 生日 after an ordinal ("四周年生日") is that birthday's, not any other.
 */
function withZhOrdinals(text: string): string {
  return text
    .replace(/(\d{1,2})\s*(周年|周岁)/gu, (said, count: string, unit: string) => {
      const numeral = zhNumber(Number(count));
      return numeral ? `${numeral}${unit}` : said;
    })
    .replace(/(周年|周岁)\s*生日/gu, '$1 ');
}

/**
 * Of the candidates a Chinese run of words names equally well, those it says the most of: "四岁生日是什么时候" holds the
 * 4th birthday's "四岁" and every birthday's "生日", and asks for the 4th. A run scores once however many of a
 * candidate's words it holds; Latin words are one word each, so only the Chinese can tell such candidates apart, and
 * only when the run names each of them.
 */
function mostSaid(found: Candidate[], typed: readonly string[]): Candidate[] {
  const han = typed.filter((word) => HAN_RUN.test(word));
  if (!han.length || found.length < 2) return found;
  const said = (candidate: Candidate): number => [...candidate.own].filter((word) => HAN_RUN.test(word) && han.some((run) => run.includes(word))).reduce((sum, word) => sum + word.length, 0);
  const saying = found.map(said);
  // Candidates the run names none of tie by their other words ("istiocon 2021 以后北京…"): nothing to choose by.
  if (saying.includes(0)) return found;
  const most = Math.max(...saying);
  return found.filter((_, at) => saying[at] === most);
}

const HAN_RUN = /\p{Script=Han}/u;

/** The kinds of event a word of a question can name ("istio day", "meetup"). */
const NAMED_KINDS: ReadonlySet<string> = new Set(KIND_NAMES.map((entry) => entry.kind));

/**
 * Whether `event` is of the kind, city, year and region a question names (each only when it names
 * one): a line about an event must be about the one asked. "sign me up for the istio day in chicago"
 * is no question about Istio Day Europe 2025, however well its other words fit it. A place the posts do not give
 * (a virtual event's city) says nothing against it, nor a kind named against an event of a kind no
 * word names (the 4th birthday's community meetup is part of its birthday celebration). An event
 * held in a city is not the virtual one a question names (the virtual IstioCon of a year is not
 * the IstioCon held in Shanghai that year).
 */
export function fitsNamed(event: EventInfo, { entities, words }: Pick<Question, 'entities' | 'words'>): boolean {
  const { kinds, cities, years, regions } = entities;
  const place = placeOf(event.city ?? '');
  const region = place?.region ?? regionIn(event.name);
  const year = Number(event.start?.slice(0, 4));
  const virtual = words.groups.some(({ word }) => VIRTUAL_WORDS.includes(word));
  return (
    (!kinds.length || kinds.includes(event.kind) || !NAMED_KINDS.has(event.kind)) &&
    (!cities.length || !place || cities.includes(place.city)) &&
    (!years.length || !year || years.includes(year)) &&
    (!regions.length || !region || regions.includes(region)) &&
    (!virtual || !kinds.length || event.city === null)
  );
}

/**
 * Whether a "when" or "where" question about `event` asks the date or place of something else, which the event's own
 * is no answer to: its call for proposals ("where do proposals go"), its speaker notifications, a file to download, or, of an occasion
 * named by its own words (a book launch, a birthday, a co-located day) rather than a kind, city and year, when the
 * question says no more than half of its name and other topic words besides: "when did izzy become one of phippy's friends"
 * names the dolphin, whose name is in her book launch's; "cloud native theater talks, what time" names a stage, not
 * Cloud Native AI Day. "The izzy book launch", "observability day" name them.
 */
export function otherDateAsked(event: EventInfo, question: Pick<Question, 'ask' | 'rest'>, topic: readonly string[]): boolean {
  if (CALL_FOR_PROPOSALS.test(question.rest) || notificationAsked(question.rest) || downloadAsked(question.rest)) return true;
  // "where can i get a signed copy of the book": where a thing is got is no place of the book's launch.
  return (question.ask === 'when' || question.ask === 'where') && namedInPassing(event, question.rest, topic);
}

/**
 * An occasion (a co-located day, a book launch) named by its own words in passing: the question says no more than half of its
 * name, and other topic words besides. "platform building blocks sched link" names a keynote's title, not Platform
 * Engineering Day, whose schedule or slides are then no answer either.
 */
export function namedInPassing(event: EventInfo, rest: string, topic: readonly string[]): boolean {
  return OCCASIONS.has(event.kind) && topic.length > 0 && !saysMostOf(event.name, rest);
}

export class EventMatcher {
  readonly #candidates: Candidate[];
  readonly #vocabulary: Vocabulary;
  /** Each word of the vocabulary, and the candidates known by it (their own words or their conference's). */
  readonly #holding = new Map<string, Set<Candidate>>();

  /**
   * `names`: the event names worth finding (those with talks, for `talks`), each with a date to
   * order by when no event describes it; `events` describe them where known.
   */
  constructor(names: ReadonlyMap<string, string | null>, events: readonly EventInfo[]) {
    const byName = new Map(events.map((event) => [event.name, event]));
    this.#candidates = [...names].map(([name, date]) => {
      const event = byName.get(name);
      const colocated = new Set(colocatedNames(name).flatMap((other) => [...wordsOf(other, undefined)]));
      const city = cityWordsOf(placeOf(event?.city ?? ''));
      return { name, start: event?.start ?? date, own: wordsOf(name, event), colocated, occasion: event !== undefined && OCCASIONS.has(event.kind), city };
    });
    this.#vocabulary = new Vocabulary(this.#candidates.flatMap((candidate) => [...candidate.own, ...candidate.colocated]));
    for (const candidate of this.#candidates) {
      for (const word of [...candidate.own, ...candidate.colocated]) {
        const holding = this.#holding.get(word);
        if (holding) holding.add(candidate);
        else this.#holding.set(word, new Set([candidate]));
      }
    }
  }

  /** The candidates that a typed word can score for: those holding a word it matches (most questions name few events). */
  #heldBy(typed: readonly string[]): Candidate[] {
    const held = new Set<Candidate>();
    for (const word of typed) for (const match of this.#vocabulary.matches(word).keys()) for (const candidate of this.#holding.get(match) ?? []) held.add(candidate);
    return this.#candidates.filter((candidate) => held.has(candidate));
  }

  /**
   * The events `text` names, newest first. A word that names some event but none of those the other
   * words name is the topic when `topical` says so ("ai" of "talks on ai at kubecon na 2025", a word
   * of Cloud Native AI Day's name and of talks' titles). A year that names no event names none found.
   */
  match(text: string, topical: (word: string) => boolean = () => false): EventMatch {
    const said = withZhOrdinals(text);
    const { typed, compounds } = namingWords(said, (word) => this.#knows(word));
    // Every vocabulary word belongs to some candidate: a word that matches one names some event.
    const known = typed.filter((word) => this.#knows(word));
    const rest = [...typed.filter((word) => !known.includes(word)), ...compounds.map(joined)];
    if (!known.length) return { names: [], nearest: this.#newest(NEAREST), rest, namesSome: false };
    // A year, or a birthday's ordinal ("the 7th birthday", "七周年"), that names no event known here names none found: not another birthday.
    const ordinal = (word: string): boolean => /^\d{1,2}(?:st|nd|rd|th)$/.test(word) && /birthday/i.test(said);
    if (rest.some((word) => /^20\d\d$|(?:周年|周岁)$/u.test(word) || ordinal(word))) return { names: [], nearest: this.#nearest(known), rest, namesSome: true };
    // A word most events are named by ("istio") names them only when nothing else is asked: "talks about ambient istio"
    // asks for ambient talks of every event, not of those with Istio in their name.
    const alone = known.length === 1 && !rest.some(topical);
    const required = known.filter((word) => this.#share(word) <= WEAK_SHARE || alone);
    if (!required.length) return { names: [], nearest: [], rest, namesSome: false };
    const topics = required.filter((word) => !/\d/.test(word) && topical(word));
    for (const naming of [required, required.filter((word) => !topics.includes(word))]) {
      // A topic word names an occasion only with most of its name: "talks about ai" asks for the talks on AI, not for
      // Cloud Native AI Day's; "cloud native ai day talks" names it.
      const byTopic = naming.some((word) => topics.includes(word) && this.#namesOne(word));
      const found = (naming.length ? this.#naming(naming) : []).filter((candidate) => !byTopic || !candidate.occasion || saysMostOf(candidate.name, said));
      if (found.length) {
        return { names: newestFirst(found).map((candidate) => candidate.name), nearest: [], rest: [...rest, ...required.filter((word) => !naming.includes(word))], namesSome: true };
      }
    }
    // Words that are all topics and together name no event ask for the talks on them: "talks about ai".
    if (topics.length === required.length && required.every((word) => this.#namesOne(word))) return { names: [], nearest: [], rest: [...rest, ...required], namesSome: false };
    return { names: [], nearest: this.#nearest(known), rest, namesSome: true };
  }

  /** The candidates every word names, by their own words, else with those of the conference they are part of. */
  #naming(required: readonly string[]): Candidate[] {
    for (const wordsOfCandidate of [(c: Candidate) => c.own, (c: Candidate) => new Set([...c.own, ...c.colocated])]) {
      const found = this.#candidates.filter((candidate) => required.every((word) => this.#vocabulary.best(word, wordsOfCandidate(candidate)) > 0));
      if (found.length) return found;
    }
    return [];
  }

  /**
   * The events a natural question is most about: those matching the most of its words (a word of
   * the conference an event is co-located with counts half), newest first; none when no word names
   * an event. "which city hosted istiocon china" is about IstioCon China, not Salt Lake City.
   */
  best(text: string): string[] {
    // "multi-cluster talks": a compound that names no event as a whole names none by its parts either.
    const typed = namingWords(withZhOrdinals(text), (word) => this.#knows(word)).typed.filter((word) => this.#vocabulary.matches(word).size > 0);
    if (!typed.length) return [];
    // "istio", "event" name no event on their own ("upcoming istio events"): they only break ties.
    const weightOf = (word: string): number => (ANY_EVENT_WORDS.includes(word) ? 0.25 : 1);
    const scoreOf = (candidate: Candidate, words: string[]): number =>
      words.reduce((sum, word) => sum + weightOf(word) * Math.max(this.#vocabulary.best(word, candidate.own), this.#vocabulary.best(word, candidate.colocated) / 2), 0);
    const particular = typed.filter((word) => !ANY_EVENT_WORDS.includes(word));
    // A candidate holding no word the typed ones match scores 0: it is never the best.
    // "cloud native sessions in amsterdam": a city typed rules out the events held in another, however many other words they hold
    // (Cloud Native AI Day was in Paris); a virtual one, held in none, it does not. Typed as written: "like" is one letter off "lake".
    const held = this.#heldBy(typed);
    const inCity = (candidate: Candidate): boolean => typed.some((word) => candidate.city.includes(word));
    const placed = held.some(inCity) ? held.filter((candidate) => !candidate.city.length || inCity(candidate)) : held;
    const scored = placed.map((candidate) => ({ candidate, score: scoreOf(candidate, typed), particular: scoreOf(candidate, particular) }));
    if (Math.max(0, ...scored.map(({ particular: score }) => score)) < 1) return [];
    const top = Math.max(0, ...scored.map(({ score }) => score));
    const best = mostSaid(scored.filter(({ score }) => score === top).map(({ candidate }) => candidate), typed);
    return newestFirst(best).map((candidate) => candidate.name);
  }

  /** Whether `word` names something of some event. */
  knows(word: string): boolean {
    return this.#knows(word);
  }

  #knows(word: string): boolean {
    return this.#vocabulary.matches(word).size > 0;
  }

  #both(word: string, candidate: Candidate): number {
    return Math.max(this.#vocabulary.best(word, candidate.own), this.#vocabulary.best(word, candidate.colocated));
  }

  /** Whether `word` names one event alone ("ai": Cloud Native AI Day), not a series ("birthday"), which it names as a topic never would. */
  #namesOne(word: string): boolean {
    return this.#candidates.filter((candidate) => this.#vocabulary.best(word, candidate.own) > 0).length === 1;
  }

  #share(word: string): number {
    return this.#candidates.filter((candidate) => this.#vocabulary.best(word, candidate.own) > 0).length / Math.max(1, this.#candidates.length);
  }

  /** The names matching most of the typed words, newest first among equals. */
  #nearest(known: string[]): string[] {
    const scored = this.#candidates.map((candidate) => ({
      candidate,
      score: known.reduce((sum, word) => sum + this.#both(word, candidate), 0),
    }));
    const best = scored.filter(({ score }) => score > 0).sort((a, b) => b.score - a.score || (b.candidate.start ?? '').localeCompare(a.candidate.start ?? ''));
    return best.slice(0, NEAREST).map(({ candidate }) => candidate.name);
  }

  #newest(count: number): string[] {
    return newestFirst(this.#candidates).slice(0, count).map((candidate) => candidate.name);
  }
}

function newestFirst(candidates: Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.name.localeCompare(b.name));
}
