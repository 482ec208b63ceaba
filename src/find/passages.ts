import type { SearchOptions } from 'minisearch';
import type { Passage } from '../model/index.js';
import { AS_INDEX_TERMS, type PassageIndex } from '../store/index.js';
import { LRUCache } from 'lru-cache';
import type { Question, WordGroup } from '../understand/index.js';
import { combine } from './combine.js';
import { firstTitledYears, firstYears, normalized } from './facts.js';
import { Features, HOLDS } from './features.js';
import { weighingOf, weightOf, type WeighingContext } from './weights.js';
import { layoutOf, type Layout, type RankedPassages } from './ranked-list.js';
import { keyOf, searchGroup, type GroupHits, type Spelling } from './groups.js';
import type { NearTerms } from './near-terms.js';
import type { Ranking } from './ranking.js';

/** What one cached hit costs: its id, score, credit, terms position and mark in `GroupHits`' arrays. */
const BYTES_PER_HIT = 25;
/** Most memory the passage hits cache may hold: 32 groups that match every passage of a 100x corpus would need 175 MB. */
const CACHE_BYTES = 64 * 1024 * 1024;
/** Least it may hold: a small corpus's groups are small, and a few hundred distinct ones fit in this. */
const CACHE_FLOOR = 16 * 1024 * 1024;

/** A search for one index term as it is, not tokenized and stemmed again. */
const AS_INDEX_TERM: SearchOptions = { ...AS_INDEX_TERMS, fuzzy: false, prefix: false };

/** Two or more Chinese characters. */
const HAN_PAIR = /^\p{Script=Han}{2,}$/u;

/** Finds and ranks the passages that answer a question: MiniSearch's hits of each word group, then the question's filters and weights in the combiner. */
export class PassageFinder {
  readonly #index: PassageIndex;
  readonly #passages: readonly Passage[];
  readonly #texts: (string | undefined)[];
  /** Recent word groups' hits, whatever the question: questions repeat their words ("istio", "kubecon"). */
  readonly #cache: LRUCache<string, GroupHits>;
  /** How the passages hold each word searched: as spelled, only through a typo search, or not at all. */
  readonly #spellings = new LRUCache<string, Spelling>({ max: 10_000 });
  /** Each passage's post and translation family, for the combiner. */
  readonly #layout: Layout;
  /** The facts each passage is weighed by, one column per fact. */
  readonly #features: Features;
  readonly #ranking: Ranking;
  /** Each event's name ('' for none) and the name folded, for `event:`. */
  readonly #events: ReadonlyMap<string, string>;
  /** The newest year of any passage and the year each kind of event was first held, for "latest" and "the first" questions. */
  readonly #context: WeighingContext;

  /** The index terms near a misspelt word. */
  readonly #near: NearTerms;

  /** A hit's weight whatever the question: in the search, so that the cached hits hold it. */
  readonly #boost = (id: number): number => ((this.#features.holds[id] as number) & HOLDS.banner ? this.#ranking.bannerWeight : 1);

  constructor(index: PassageIndex, passages: readonly Passage[], ranking: Ranking, near: NearTerms) {
    this.#index = index;
    this.#near = near;
    this.#passages = passages;
    this.#layout = layoutOf(passages);
    this.#features = new Features(passages);
    this.#events = new Map([...new Set(passages.map(({ event }) => event ?? ''))].map((name) => [name, normalized(name)]));
    this.#texts = new Array<string | undefined>(passages.length);
    this.#context = {
      newestYear: passages.reduce((newest, passage) => Math.max(newest, Number(passage.date?.slice(0, 4) ?? 0)), 0),
      firstYears: firstYears(passages),
      firstBodyYear: firstTitledYears(passages),
    };
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

  /**
   * Every passage that answers, best first, after filters, weights, the per-post cap and one language
   * per post; the question's language first unless `anyLanguage` (then each post in the language of its best passage).
   */
  find(question: Question, event: string | null, anyLanguage = false): RankedPassages {
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
        languageFirst: this.#ranking.languageFirst && !anyLanguage ? question.lang : null,
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
      return hits.ids.some((id, at) => (hits.credits[at] as number) > 0 && (!keep || keep(id)));
    });
  }

  /**
   * A word group's hits, searched once and then kept while questions repeat its words ("istio",
   * "kubecon"). They depend on the group's words alone: the question's filters and weights are
   * applied to them in the combiner, so one search serves every question that uses the group.
   * (With the weights in MiniSearch's `boostDocument` and the filters in its `filter`, the hits
   * differed per question context: on the bench workload that meant 2,824 searches instead of 533.)
   */
  #hitsOf(asked: WordGroup): GroupHits {
    const group = this.#searched(asked);
    const key = keyOf(group);
    let hits = this.#cache.get(key);
    if (!hits) {
      const searched = searchGroup(this.#index, group, { typos: this.#ranking.typos, near: this.#near, boost: this.#boost });
      this.#cache.set(key, (hits = searched.hits));
      for (const [word, spelling] of searched.spellings) this.#spellings.set(word, spelling);
    }
    return hits;
  }

  /**
   * The group to search for `group`: without its typed word when the question's reading took it for
   * the word it misspells and the passages do not hold it ("ambiant"), which then adds nothing; the
   * hits are those of the word spelled right, searched once for both. A misread real word ("summit"
   * read as "submit") is held by the passages, and searched with its group.
   */
  #searched(group: WordGroup): WordGroup {
    const [typed, ...meant] = group.alternatives;
    if (group.meant === undefined || !typed || !meant.length || typed.some((term) => this.knows(term))) return group;
    return { word: group.meant, alternatives: meant };
  }

  /** Whether the passages hold `word` as it is spelled: remembered from the searches, else looked up. */
  knows(word: string): boolean {
    return this.#spellingOf(word) === 'spelled';
  }

  /**
   * Whether the index may complete `word` ("did you mean"): it does not hold it as typed, no typo
   * search (which also completes prefixes) already found nothing near it, and it is no Chinese
   * pair of characters (the index holds Chinese as such pairs: none extends another).
   */
  mayComplete(word: string): boolean {
    if (HAN_PAIR.test(word)) return false;
    const spelling = this.#spellingOf(word);
    return spelling === 'near' || spelling === 'unmatched';
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
    if (spelling === undefined) this.#spellings.set(word, (spelling = this.#index.search(word, AS_INDEX_TERM).length > 0 ? 'spelled' : 'near'));
    return spelling;
  }

  /** Title and text, folded, for quoted phrases: worked out only for questions that quote one (a copy of every passage's text otherwise). */
  #textOf(id: number): string {
    const passage = this.#passages[id] as Passage;
    return (this.#texts[id] ??= normalized(`${passage.title} ${passage.text}`));
  }

  /** The names of the events whose folded name holds `filter`: a few dozen names tested once, not every hit's. */
  #eventsHolding(filter: string): ReadonlySet<string> {
    return new Set([...this.#events].flatMap(([name, folded]) => (folded.includes(filter) ? [name] : [])));
  }

  /** Which passages the question's filters keep: not another language when forced, another event, year, or a missing phrase. */
  #filter({ filters }: Question, event: string | null): ((id: number) => boolean) | null {
    const eventFilter = normalized(event ?? filters.event ?? '');
    const phrases = filters.phrases.map(normalized);
    if (!filters.lang && !eventFilter && filters.year === null && !phrases.length) return null;
    const years = filters.year === null ? null : [filters.year];
    const events = eventFilter ? this.#eventsHolding(eventFilter) : null;
    // Read by passage id from the layout's and the features' columns where they hold it: every hit is filtered.
    return (id) => {
      if (filters.lang && this.#layout.lang[id] !== filters.lang) return false;
      if (events && !events.has((this.#passages[id] as Passage).event ?? '')) return false;
      if (years && !this.#features.inYears(id, years)) return false;
      return phrases.every((phrase) => this.#textOf(id).includes(phrase));
    };
  }

  /** The question's weights by passage id, or null when it weighs every passage alike (most questions: no call per hit). */
  #weigher(question: Question): ((id: number) => number) | null {
    const weighing = weighingOf(question, this.#ranking, this.#context, this.#features);
    return weighing && ((id) => weightOf(id, this.#features, this.#passages, weighing));
  }
}
