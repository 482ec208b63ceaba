import type { EventInfo, Passage, Talk } from '../model/index.js';
import { buildSearchIndexes, type PassageIndex, type SearchIndexes } from '../store/index.js';
import type { Question } from '../understand/index.js';
import type { RankedPassages } from './ranked-list.js';
import { NearTerms } from './near-terms.js';
import { PassageFinder } from './passages.js';
import { rankingWith, type RankingOptions } from './ranking.js';
import { TalkFinder } from './talks.js';

/** The contents of an index, in memory. */
export interface Corpus {
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
}

/** The MiniSearch indexes over a corpus's passages and talks, and the terms a typo search can reach. */
export type Indexes = SearchIndexes;

/** The find stage: passages and talks that match a question, ranked. */
export class Finder {
  readonly #talks: TalkFinder;
  readonly #passages: PassageFinder;
  readonly #passageIndex: PassageIndex;

  constructor(corpus: Corpus, indexes: Indexes, ranking: RankingOptions = {}) {
    const options = rankingWith(ranking);
    this.#passageIndex = indexes.passageIndex;
    // One set of near terms for both: the talks' terms are among those the typo search can reach.
    const near = new NearTerms(indexes.typoTerms);
    const passages = new PassageFinder(indexes.passageIndex, corpus.passages, options, near);
    this.#passages = passages;
    this.#talks = new TalkFinder(indexes.talkIndex, corpus.talks, { typos: options.typos, near, mayBeTypo: (word) => passages.mayBeTypo(word) });
  }

  /** Indexes a corpus in memory (tests, tools without a built index). */
  static fromCorpus(corpus: Corpus, ranking: RankingOptions = {}): Finder {
    return new Finder(corpus, buildSearchIndexes(corpus.passages, corpus.talks, corpus.events), ranking);
  }

  /** Every passage that answers the question, best first. `event` narrows to one event (substring). */
  passages(question: Question, event: string | null = null): RankedPassages {
    return this.#passages.find(question, event);
  }

  /** Whether any passage answers the question (what `passages` would return some of), without ranking. */
  finds(question: Question, event: string | null = null): boolean {
    return this.#passages.matches(question, event);
  }

  /** Up to three talks the question names, best first. */
  talks(question: Question, event: string | null = null): Talk[] {
    return this.#talks.find(question, event);
  }

  /**
   * What the index would complete the question's words to ("did you mean"), best first; none when
   * the index holds every word as typed (a filter found nothing, not a spelling), or when the typo
   * search, which also completes prefixes, found nothing near the words it does not hold. Only
   * completions: a question that found nothing already had its long words corrected by the typo
   * search, so a fuzzy walk here would repeat it and find nothing more.
   */
  didYouMean(question: Question): string[] {
    const passages = this.#passages;
    const unknown = question.words.groups.filter((group) => !group.alternatives.some((terms) => terms.every((term) => passages.knows(term))));
    if (!unknown.some((group) => group.alternatives.flat().some((term) => passages.mayComplete(term)))) return [];
    return this.#passageIndex.autoSuggest(question.rest, { prefix: true }).map((suggestion) => suggestion.suggestion);
  }
}
