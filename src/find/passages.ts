import type { EventKind, Passage } from '../model/index.js';
import type { PassageIndex } from '../store/index.js';
import { LRUCache } from 'lru-cache';
import type { Question, WordGroup } from '../understand/index.js';
import { combine } from './combine.js';
import { cityIn, countedIn, definitionOf, factsOf, firstYears, namesCfp, normalized, sameWord, type Facts } from './facts.js';
import { layoutOf, type Layout, type RankedPassages } from './ranked-list.js';
import { searchGroup, type GroupHits } from './groups.js';
import { Outcomes } from './outcomes.js';
import type { Ranking } from './ranking.js';

/** What one cached hit costs: its id, score, credit, terms position and mark in `GroupHits`' arrays. */
const BYTES_PER_HIT = 25;
/** Most memory the passage hits cache may hold: 32 groups that match every passage of a 100x corpus would need 175 MB. */
const CACHE_BYTES = 64 * 1024 * 1024;
/** Least it may hold: a small corpus's groups are small, and a few hundred distinct ones fit in this. */
const CACHE_FLOOR = 16 * 1024 * 1024;

/** How the passages hold a word: as spelled, only through a typo search, or not at all. */
type Spelling = 'spelled' | 'near' | 'absent';

/** What the weights need of the question alone, worked out once per question. */
interface Asked {
  /** The question's words, when it asks how many: a count of one of them weighs more. */
  terms: string[];
  /** How a passage defining what the question asks about says it. */
  definition: RegExp | null;
  /** For "the first …": the year the first event of the kinds it names was held. */
  firstYear: number;
}

/** Finds and ranks the passages that answer a question: MiniSearch's hits of each word group, then the question's filters and weights in the combiner. */
export class PassageFinder {
  readonly #index: PassageIndex;
  readonly #passages: readonly Passage[];
  /** Facts of each passage, worked out when first needed. */
  readonly #facts: (Facts | undefined)[];
  readonly #texts: (string | undefined)[];
  /** Recent word groups' hits, whatever the question: questions repeat their words ("istio", "kubecon"). */
  readonly #cache: LRUCache<string, GroupHits>;
  /** How the passages hold each word searched: as spelled, only through a typo search, or not at all. */
  readonly #spellings = new LRUCache<string, Spelling>({ max: 10_000 });
  /** Each passage's post and translation family, for the combiner. */
  readonly #layout: Layout;
  readonly #ranking: Ranking;
  /** Each event's city, by event name. */
  readonly #cities: ReadonlyMap<string, string | null>;
  readonly #eventCities = new Map<string, string | null>();
  /** The newest year of any passage: "latest" questions weigh passages by how far behind it they are. */
  readonly #newestYear: number;
  /** The year each kind of event was first held: "the first istiocon" weighs passages by how far after it they are. */
  readonly #firstYears: ReadonlyMap<EventKind, number>;
  /** Who a passage says was elected or won, and whether it names anyone. */
  readonly #outcomes: Outcomes;
  /** The pattern of a definition of the subject last asked about (a question's passages all share it). */
  #definition: { subject: string; pattern: RegExp } | undefined;

  constructor(index: PassageIndex, passages: readonly Passage[], ranking: Ranking, cities: ReadonlyMap<string, string | null>) {
    this.#index = index;
    this.#cities = cities;
    this.#newestYear = passages.reduce((newest, passage) => Math.max(newest, Number(passage.date?.slice(0, 4) ?? 0)), 0);
    this.#passages = passages;
    this.#layout = layoutOf(passages);
    this.#facts = new Array<Facts | undefined>(passages.length);
    this.#texts = new Array<string | undefined>(passages.length);
    this.#firstYears = firstYears(passages);
    this.#outcomes = new Outcomes(passages);
    // Room for about 32 groups that match every passage (hits of common words repeat often: at 10x
    // a smaller cache costs more time than it saves memory), at least CACHE_FLOOR (at 1x, 32 such
    // groups are 1.7 MB and the bench's 533 distinct groups did not fit), never more than
    // CACHE_BYTES, so a 100x corpus does not hold most of a gigabyte of old hits.
    this.#cache = new LRUCache({
      maxSize: Math.min(CACHE_BYTES, Math.max(CACHE_FLOOR, 32 * passages.length * BYTES_PER_HIT)),
      sizeCalculation: (hits) => (1 + hits.length) * BYTES_PER_HIT,
    });
    this.#ranking = ranking;
  }

  /** Every passage that answers, best first, after filters, weights, the per-post cap and one language per post. */
  find(question: Question, event: string | null): RankedPassages {
    const { words } = question;
    if (!words.groups.length) return [];
    const groups = [...words.groups, ...words.soft];
    return combine(
      groups.map((group) => this.#hitsOf(group)),
      this.#passages,
      this.#layout,
      {
        required: words.groups.length,
        keep: this.#filter(question, event),
        weight: this.#weigher(question),
        postContext: this.#ranking.postContext,
        perPost: this.#ranking.perPost,
        languageFirst: this.#ranking.languageFirst ? question.lang : null,
      },
    );
  }

  /**
   * Whether `find` would return any passage, without ranking them all: a hit of a required group
   * that the filters keep is one (its own coverage is above 0, and the best of its family is kept).
   */
  matches(question: Question, event: string | null): boolean {
    const keep = this.#filter(question, event);
    return question.words.groups.some((group) => {
      const hits = this.#hitsOf(group);
      return Array.from(hits.ids).some((id, at) => (hits.credits[at] as number) > 0 && (!keep || keep(id)));
    });
  }

  /**
   * A word group's hits, searched once and then kept while questions repeat its words ("istio",
   * "kubecon"). They depend on the group's words alone: the question's filters and weights are
   * applied to them in the combiner, so one search serves every question that uses the group.
   * (With the weights in MiniSearch's `boostDocument` and the filters in its `filter`, the hits
   * differed per question context: on the bench workload that meant 2,824 searches instead of 533.)
   */
  #hitsOf(group: WordGroup): GroupHits {
    const key = JSON.stringify(group.alternatives);
    let hits = this.#cache.get(key);
    if (!hits) {
      this.#cache.set(key, (hits = searchGroup(this.#index, group, { typos: this.#ranking.typos })));
      for (const word of group.alternatives.flat()) this.#spellings.set(word, hits.spelled.has(word) ? 'spelled' : hits.found.has(word) ? 'near' : 'absent');
    }
    return hits;
  }

  /** Whether the passages hold `word` as it is spelled: remembered from the searches, else looked up. */
  knows(word: string): boolean {
    return this.#spellingOf(word) === 'spelled';
  }

  /**
   * Whether a typo search for `word` may find something: the passages' typo search found something
   * near it (or it was never searched here). Spelled words need none, and what has nothing near it
   * in the passages has nothing near it in the talks they tell either.
   */
  mayBeTypo(word: string): boolean {
    return this.#spellingOf(word) === 'near';
  }

  #spellingOf(word: string): Spelling {
    let spelling = this.#spellings.get(word);
    if (spelling === undefined) this.#spellings.set(word, (spelling = this.#index.search(word, { fuzzy: false, prefix: false }).length > 0 ? 'spelled' : 'near'));
    return spelling;
  }

  #definitionOf(subject: string): RegExp {
    if (this.#definition?.subject !== subject) this.#definition = { subject, pattern: definitionOf(subject) };
    return this.#definition.pattern;
  }

  /** Title and text, folded, for quoted phrases: worked out only for questions that quote one (a copy of every passage's text otherwise). */
  #textOf(id: number): string {
    const passage = this.#passages[id] as Passage;
    return (this.#texts[id] ??= normalized(`${passage.title} ${passage.text}`));
  }

  #factsOf(id: number): Facts {
    return (this.#facts[id] ??= factsOf(this.#passages[id] as Passage, (event) => this.#cityOf(event)));
  }

  /** An event's city, worked out once per event name (most passages share a few events). */
  #cityOf(event: string): string | null {
    let city = this.#eventCities.get(event);
    if (city === undefined) this.#eventCities.set(event, (city = cityIn(event, this.#cities)));
    return city;
  }

  /** Which passages the question's filters keep: not another language when forced, another event, year, or a missing phrase. */
  #filter({ filters }: Question, event: string | null): ((id: number) => boolean) | null {
    const eventFilter = normalized(event ?? filters.event ?? '');
    const phrases = filters.phrases.map(normalized);
    if (!filters.lang && !eventFilter && filters.year === null && !phrases.length) return null;
    return (id) => {
      const passage = this.#passages[id] as Passage;
      const facts = this.#factsOf(id);
      if (filters.lang && passage.lang !== filters.lang) return false;
      if (eventFilter && !facts.event.includes(eventFilter)) return false;
      if (filters.year !== null && !facts.years.includes(filters.year)) return false;
      return phrases.every((phrase) => this.#textOf(id).includes(phrase));
    };
  }

  /**
   * The question's weights, or null when it weighs every passage alike, so that most questions skip
   * a call per hit. `neutral` must name every part of the question that `#weight` reads. What the
   * weight needs of the question alone is worked out here once, not for every hit.
   */
  #weigher(question: Question): ((id: number) => number) | null {
    const { words, entities, time, subject } = question;
    const neutral = !words.wants.length && !entities.years.length && time === null && !entities.cities.length && !entities.regions.length && !entities.kinds.length;
    if (neutral) return null;
    const asked: Asked = {
      terms: words.wants.includes('number') ? words.groups.flatMap((group) => group.alternatives.flat()) : [],
      definition: subject === null ? null : this.#definitionOf(subject),
      firstYear: time === 'first' ? Math.min(...entities.kinds.map((kind) => this.#firstYears.get(kind) ?? Infinity)) : Infinity,
    };
    return (id) => this.#weight(id, question, asked);
  }

  /** A passage's weight for this question: whether it holds what is wanted, and its year. (Language is `languageFirst`, in the combiner.) */
  #weight(id: number, { words, entities, time }: Question, asked: Asked): number {
    const passage = this.#passages[id] as Passage;
    const facts = this.#factsOf(id);
    const { wantWeight, talkWeight, yearWeight, placeWeight, latestWeight, kindWeight, outcomeWeight, cfpWeight, definitionWeight, countWeight, peopleWeight } = this.#ranking;
    let weight = 1;
    for (const want of words.wants) {
      if (want === 'video') weight *= passage.links.videos.length ? wantWeight : 1 / wantWeight;
      if (want === 'slides') weight *= passage.links.slides.length ? wantWeight : 1 / wantWeight;
      if (want === 'talk' && (passage.links.videos.length || passage.links.slides.length || passage.links.schedule.length)) weight *= talkWeight;
      if (want === 'date' && facts.namesDate) weight *= wantWeight;
      if (want === 'number' && facts.namesNumber) {
        weight *= wantWeight;
        // "How many seats": a count of seats, above a count of something else.
        const counted = (facts.counted ??= countedIn(passage.text));
        if (asked.terms.some((term) => counted.some((other) => sameWord(term, other)))) weight *= countWeight;
      }
      if (want === 'cfp' && (facts.namesCfp ??= namesCfp(passage))) weight *= cfpWeight;
      if (want === 'people' && (facts.people ??= this.#outcomes.namesSomeone(passage.text))) weight *= peopleWeight;
      if (want === 'definition' && asked.definition?.test(passage.text)) weight *= definitionWeight;
      // "Who won / who was elected": the passage that names them, above the call for candidates.
      if (want === 'outcome' && (facts.outcome ??= this.#outcomes.announces(passage.text))) weight *= outcomeWeight;
    }
    if (entities.years.some((year) => facts.years.includes(year))) weight *= yearWeight;
    else if ((time === 'latest' || time === 'next') && !entities.years.length) weight /= latestWeight ** (this.#newestYear - Math.max(this.#newestYear - 10, facts.newest));
    else if (time === 'first' && !entities.years.length && asked.firstYear < Infinity) {
      weight /= latestWeight ** Math.max(0, Math.min(asked.firstYear + 10, facts.oldest) - asked.firstYear);
    }
    if ((facts.city && entities.cities.includes(facts.city)) || (facts.region && entities.regions.includes(facts.region))) weight *= placeWeight;
    if (facts.kinds.some((kind) => entities.kinds.includes(kind))) weight *= kindWeight;
    return weight;
  }
}
