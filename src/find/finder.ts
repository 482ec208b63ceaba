import type { EventInfo, Passage, Talk } from '../model/index.js';
import { analyze, buildSearchIndexes, passageDocuments, type PassageIndex, type TalkIndex } from '../store/index.js';
import type { Question } from '../understand/index.js';
import type { Ranked } from './combine.js';
import { PassageFinder } from './passages.js';
import { rankingWith, type RankingOptions } from './ranking.js';
import { findTalks } from './talks.js';
import { typoTolerance } from './typos.js';

/** The contents of an index, in memory. */
export interface Corpus {
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
}

/** The MiniSearch indexes over a corpus's passages and talks. */
export interface Indexes {
  passageIndex: PassageIndex;
  talkIndex: TalkIndex;
}

/** The find stage: passages and talks that match a question, ranked. */
export class Finder {
  readonly #corpus: Corpus;
  readonly #talkIndex: TalkIndex;
  readonly #passages: PassageFinder;
  readonly #typos: (term: string) => number | false;
  readonly #passageIndex: PassageIndex;

  constructor(corpus: Corpus, indexes: Indexes, ranking: RankingOptions = {}) {
    const options = rankingWith(ranking);
    // The words the passages hold, as index terms: typo tolerance is only for words outside it.
    const vocabulary = new Set(passageDocuments(corpus.passages, corpus.events).flatMap((doc) => analyze(`${doc.post} ${doc.headings} ${doc.event} ${doc.text}`)));
    this.#corpus = corpus;
    this.#typos = typoTolerance(vocabulary, options.typos);
    this.#passageIndex = indexes.passageIndex;
    this.#talkIndex = indexes.talkIndex;
    this.#passages = new PassageFinder(indexes.passageIndex, corpus.passages, options, this.#typos);
  }

  /** Indexes a corpus in memory (tests, tools without a built index). */
  static fromCorpus(corpus: Corpus, ranking: RankingOptions = {}): Finder {
    return new Finder(corpus, buildSearchIndexes(corpus.passages, corpus.talks, corpus.events), ranking);
  }

  /** Every passage that answers the question, best first. `event` narrows to one event (substring). */
  passages(question: Question, event: string | null = null): Ranked[] {
    return this.#passages.find(question, event);
  }

  /** Up to three talks the question names, best first. */
  talks(question: Question, event: string | null = null): Talk[] {
    return findTalks(this.#talkIndex, this.#corpus.talks, question, event, this.#typos);
  }

  /** What the index would complete or correct the text to ("did you mean"), best first. */
  didYouMean(text: string): string[] {
    return this.#passageIndex.autoSuggest(text, { fuzzy: 0.2, prefix: true }).map((suggestion) => suggestion.suggestion);
  }
}
