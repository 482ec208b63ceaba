import type { SearchOptions } from 'minisearch';
import { mentionsDate } from '../domain/index.js';
import type { Passage } from '../model/index.js';
import { fold, type PassageIndex } from '../store/index.js';
import { LRUCache } from 'lru-cache';
import type { Question, WordGroup } from '../understand/index.js';
import { combine, type Ranked } from './combine.js';
import { searchGroup, type GroupHit } from './groups.js';
import type { Ranking } from './ranking.js';

/** Rough heap cost of one cached hit: its Map entry, the GroupHit and its one- or two-term array. */
const BYTES_PER_HIT = 120;
/** Most memory the passage hits cache may hold: a little above what 32 groups of a 10x corpus need. */
const CACHE_BYTES = 96 * 1024 * 1024;

/** What ranking knows of a passage beyond the index: its years and whether it names a date. */
interface Facts {
  years: number[];
  namesDate: boolean;
  /** Event name, folded, for `event:`. */
  event: string;
  /** Title and text, folded, for quoted phrases. */
  text: string;
}

export const normalized = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

function factsOf(passage: Passage): Facts {
  const years = [passage.date ? Number(passage.date.slice(0, 4)) : null, Number(/\b(20\d\d)\b/.exec(passage.event ?? '')?.[1] ?? NaN)];
  return {
    years: years.filter((year): year is number => year !== null && !Number.isNaN(year)),
    namesDate: mentionsDate(passage.text),
    event: normalized(passage.event ?? ''),
    text: normalized(`${passage.title} ${passage.text}`),
  };
}

/** Finds and ranks the passages that answer a question, with MiniSearch's filter and document boosts. */
export class PassageFinder {
  readonly #index: PassageIndex;
  readonly #passages: readonly Passage[];
  /** Facts of each passage, worked out when first needed. */
  readonly #facts: (Facts | undefined)[];
  /** Recent word groups' hits in their question's context: questions repeat their words ("istio", "kubecon"). */
  readonly #cache: LRUCache<string, Map<number, GroupHit>>;
  readonly #ranking: Ranking;
  readonly #typos: (term: string) => number | false;

  constructor(index: PassageIndex, passages: readonly Passage[], ranking: Ranking, typos: (term: string) => number | false) {
    this.#index = index;
    this.#passages = passages;
    this.#facts = new Array<Facts | undefined>(passages.length);
    // Room for about 32 groups that match every passage (hits of common words repeat often: at 10x
    // a smaller cache costs more time than it saves memory), but never more than CACHE_BYTES, so a
    // 100x corpus does not hold most of a gigabyte of old hits.
    this.#cache = new LRUCache({
      maxSize: Math.min(CACHE_BYTES, 32 * Math.max(1_000, passages.length) * BYTES_PER_HIT),
      sizeCalculation: (hits) => (1 + hits.size) * BYTES_PER_HIT,
    });
    this.#ranking = ranking;
    this.#typos = typos;
  }

  /** Every passage that answers, best first, after filters, weights, the per-post cap and one language per post. */
  find(question: Question, event: string | null): Ranked[] {
    const { words } = question;
    if (!words.groups.length) return [];
    const groups = [...words.groups, ...words.soft];
    const options: SearchOptions = {
      filter: this.#filter(question, event),
      boostDocument: (id: number) => this.#weight(id, question),
      fuzzy: this.#typos,
      prefix: (term) => this.#typos(term) !== false,
    };
    // Hits depend on the group's words and on what the options read from the question.
    const context = JSON.stringify([question.lang, question.words.wants, question.entities.years, question.filters, event]);
    const hitsOf = (group: WordGroup) => {
      const key = JSON.stringify([group.alternatives, context]);
      let hits = this.#cache.get(key);
      if (!hits) this.#cache.set(key, (hits = searchGroup(this.#index, group, options)));
      return hits;
    };
    return combine(
      groups.map(hitsOf),
      this.#passages,
      { required: words.groups.length, postContext: this.#ranking.postContext, perPost: this.#ranking.perPost },
    );
  }

  #factsOf(id: number): Facts {
    return (this.#facts[id] ??= factsOf(this.#passages[id] as Passage));
  }

  /** What the question's filters exclude: another language when forced, another event, year, or a missing phrase. */
  #filter({ filters }: Question, event: string | null): SearchOptions['filter'] {
    const eventFilter = normalized(event ?? filters.event ?? '');
    const phrases = filters.phrases.map(normalized);
    if (!filters.lang && !eventFilter && filters.year === null && !phrases.length) return undefined;
    return ({ id }) => {
      const passage = this.#passages[id as number] as Passage;
      const facts = this.#factsOf(id as number);
      if (filters.lang && passage.lang !== filters.lang) return false;
      if (eventFilter && !facts.event.includes(eventFilter)) return false;
      if (filters.year !== null && !facts.years.includes(filters.year)) return false;
      return phrases.every((phrase) => facts.text.includes(phrase));
    };
  }

  /** A passage's weight for this question: its language, and whether it holds what is wanted. */
  #weight(id: number, { lang, words, entities }: Question): number {
    const passage = this.#passages[id] as Passage;
    const facts = this.#factsOf(id);
    const { otherLangWeight, wantWeight, talkWeight, yearWeight } = this.#ranking;
    let weight = passage.lang === lang ? 1 : otherLangWeight;
    for (const want of words.wants) {
      if (want === 'video') weight *= passage.links.videos.length ? wantWeight : 1 / wantWeight;
      if (want === 'slides') weight *= passage.links.slides.length ? wantWeight : 1 / wantWeight;
      if (want === 'talk' && (passage.links.videos.length || passage.links.slides.length || passage.links.schedule.length)) weight *= talkWeight;
      if (want === 'date' && facts.namesDate) weight *= wantWeight;
    }
    if (entities.years.some((year) => facts.years.includes(year))) weight *= yearWeight;
    return weight;
  }
}
