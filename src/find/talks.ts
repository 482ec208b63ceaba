import type { SearchOptions } from 'minisearch';
import type { Lang, Talk } from '../model/index.js';
import type { TalkIndex } from '../store/index.js';
import type { Question } from '../understand/index.js';
import { LRUCache } from 'lru-cache';
import { searchGroup, type GroupHit } from './groups.js';
import { normalized } from './passages.js';

/** Most talks shown beside the passages of a search. */
const TALKS_SHOWN = 3;

/** Talks told in `lang` (a talk told in both languages is one talk, in both) when there are any, one per video or title, in the order given. */
export function preferLang(talks: readonly Talk[], lang: Lang): Talk[] {
  const same = talks.filter((talk) => talk.lang === lang || talk.titles[lang] !== undefined);
  const seen = new Set<string>();
  return (same.length ? same : talks).filter((talk) => {
    const key = talk.video ?? normalized(talk.title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The talks a search names: every word of the question matched (in full), at least one of them in
 * the talk's title or speakers rather than only its event; within the event and year filters.
 */
export class TalkFinder {
  readonly #index: TalkIndex;
  readonly #talks: readonly Talk[];
  readonly #typos: (term: string) => number | false;
  /** Recent word groups' hits under their filters: questions repeat their words. */
  readonly #cache: LRUCache<string, Map<number, GroupHit>>;

  constructor(index: TalkIndex, talks: readonly Talk[], typos: (term: string) => number | false) {
    this.#index = index;
    this.#talks = talks;
    this.#typos = typos;
    this.#cache = new LRUCache({ maxSize: 32 * Math.max(1_000, talks.length), sizeCalculation: (hits) => Math.max(1, hits.size) });
  }

  find(question: Question, event: string | null): Talk[] {
    const { groups } = question.words;
    if (!groups.length) return [];
    const eventFilter = normalized(event ?? question.filters.event ?? '');
    const years = question.filters.year === null ? question.entities.years : [question.filters.year];
    const options: SearchOptions = {
      fuzzy: this.#typos,
      prefix: (term) => this.#typos(term) !== false,
      filter: ({ id }) => {
        const talk = this.#talks[id as number] as Talk;
        if (eventFilter && !normalized(talk.event ?? '').includes(eventFilter)) return false;
        return !years.length || years.some((year) => `${talk.date ?? ''} ${talk.event ?? ''}`.includes(String(year)));
      },
    };
    const perGroup = groups.map((group) => {
      const key = JSON.stringify([group.alternatives, eventFilter, years]);
      let hits = this.#cache.get(key);
      if (!hits) this.#cache.set(key, (hits = searchGroup(this.#index, group, options, true)));
      return hits;
    });
    const totals = new Map<number, number>();
    for (const id of new Set(perGroup.flatMap((hits) => [...hits.keys()]))) {
      const hits = perGroup.map((found) => found.get(id));
      const complete = hits.every((hit) => hit && hit.credit >= 0.999);
      const namesTalk = hits.some((hit) => hit?.fields?.has('title') || hit?.fields?.has('speakers'));
      if (complete && namesTalk) totals.set(id, hits.reduce((sum, hit) => sum + (hit?.score ?? 0), 0));
    }
    const ranked = [...totals].sort((a, b) => b[1] - a[1]).map(([id]) => this.#talks[id] as Talk);
    return preferLang(ranked, question.lang).slice(0, TALKS_SHOWN);
  }
}
