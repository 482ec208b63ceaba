import { PAGE_SIZE } from '../domain/index.js';
import { findMarks, Finder, preferLang, type Corpus, type Ranked, type RankingOptions } from '../find/index.js';
import type { Lang } from '../model/index.js';
import { loadSearchIndexes, readIndex, type Manifest } from '../store/index.js';
import { understand, type Question } from '../understand/index.js';
import { Calendar } from './calendar.js';
import { Programme } from './programme.js';
import { suggestionsFor } from './suggestions.js';
import type { Answer, AnswerOptions, QueryService, Result } from './types.js';

/**
 * The answer stage: reads a question (understand), finds passages and talks (find), and adds what
 * the index knows of events, talks and speakers, into one `Answer` that every surface draws.
 * Create it with `Answerer.load(dir)` for a built index, or `Answerer.fromCorpus(corpus)` in memory.
 */
export class Answerer implements QueryService {
  readonly manifest: Manifest | null;
  readonly #corpus: Corpus;
  readonly #finder: Finder;
  readonly #calendar: Calendar;
  readonly #programme: Programme;
  #suggestions: Partial<Record<Lang, string[]>> = {};

  constructor(corpus: Corpus, finder: Finder, manifest: Manifest | null = null) {
    this.#corpus = corpus;
    this.#finder = finder;
    this.#calendar = new Calendar(corpus.events);
    this.#programme = new Programme(corpus.talks, corpus.events);
    this.manifest = manifest;
  }

  /** Loads and verifies a built index folder; throws INDEX_MISSING / INDEX_CORRUPT / INDEX_VERSION with the fix. */
  static async load(dir: string, ranking: RankingOptions = {}): Promise<Answerer> {
    const { manifest, data } = await readIndex(dir);
    const corpus = { passages: data.passages, talks: data.talks, events: data.events };
    return new Answerer(corpus, new Finder(corpus, loadSearchIndexes(data.passageIndex, data.talkIndex), ranking), manifest);
  }

  /** Indexes a corpus in memory (tests, tools without a built index). */
  static fromCorpus(corpus: Corpus, ranking: RankingOptions = {}): Answerer {
    return new Answerer(corpus, Finder.fromCorpus(corpus, ranking));
  }

  get passageCount(): number {
    return this.#corpus.passages.length;
  }

  eventNames(): string[] {
    return [...new Set(this.#calendar.all.map((event) => event.name))];
  }

  answer(input: string, options: AnswerOptions = {}): Answer {
    const question = understand(input, options.lang);
    const { lang, command, filters } = question;
    const base: Answer = { query: question.text, truncated: question.truncated, intent: 'search', lang, total: 0, offset: 0, results: [], talks: [], events: [], suggestions: [] };
    if (command === 'events') return { ...base, intent: 'events', events: this.#calendar.events(lang, filters.year) };
    if (command === 'next') return { ...base, intent: 'next', events: this.#calendar.next(lang, options.now ?? new Date()) };
    if (command === 'help' || (!question.rest && !filters.phrases.length && !filters.event && filters.year === null)) {
      return { ...base, intent: 'help', suggestions: this.suggestions(lang) };
    }
    if (command === 'talks') return { ...base, intent: 'talks', talks: this.#programme.ofEvent(question.rest, lang) };
    const event = options.event ?? null;
    const speakerTalks = this.#programme.bySpeaker(question.entities.speaker ?? question.rest);
    if (command === 'speaker' || (speakerTalks.length && !filters.phrases.length)) {
      return { ...base, intent: 'speaker', talks: preferLang(speakerTalks, lang), ...page(this.#finder.passages(question, event), options) };
    }
    const found = page(this.#finder.passages(question, event), options);
    const talks = this.#finder.talks(question, event);
    if (!found.total && !talks.length) return { ...base, ...found, suggestions: this.#noMatch(question) };
    return { ...base, ...found, talks };
  }

  /** Questions known to find something, for help and "no match" replies. */
  suggestions(lang: Lang): string[] {
    this.#suggestions[lang] ??= suggestionsFor(lang, this.#calendar.all, this.#corpus.passages, (text) => this.#finds(text));
    return this.#suggestions[lang];
  }

  /** "Did you mean" first (the index's own correction of the words, when it finds something), then the usual suggestions. */
  #noMatch(question: Question): string[] {
    const corrected = this.#finder.didYouMean(question.rest).find((text) => this.#finds(text));
    return [...new Set([...(corrected ? [corrected] : []), ...this.suggestions(question.lang)])];
  }

  /** Whether a question finds any passage (read as a user would type it, so in its own language). */
  #finds(text: string): boolean {
    return this.#finder.passages(understand(text)).length > 0;
  }
}

/** One page of the ranking: `limit` (default PAGE_SIZE) passages from `offset` (default 0), and how many there are. */
function page(ranked: readonly Ranked[], options: AnswerOptions): Pick<Answer, 'results' | 'total' | 'offset'> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(1, options.limit ?? PAGE_SIZE);
  return { total: ranked.length, offset, results: ranked.slice(offset, offset + limit).map(toResult) };
}

function toResult(ranked: Ranked): Result {
  const { passage, score } = ranked;
  return {
    id: passage.id,
    title: passage.title,
    url: passage.url,
    postUrl: passage.postUrl,
    heading: passage.headings.at(-1) ?? null,
    text: passage.text,
    marks: findMarks(passage.text, ranked.terms()),
    lang: passage.lang,
    event: passage.event,
    date: passage.date,
    score: Math.round(score * 1000) / 1000,
    links: passage.links,
  };
}
