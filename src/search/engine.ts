import { EXAMPLES } from '../i18n/index.js';
import { buildSearchIndexes, loadSearchIndexes, type PassageIndex, type TalkIndex } from './indexes.js';
import { detectLang } from './lang.js';
import { findMarks } from './marks.js';
import { parseQuery, type ParsedQuery } from './query.js';
import { readIndex, type Manifest } from './store.js';
import { fold } from './tokenize.js';
import type { Answer, AnswerOptions, EventInfo, Lang, Passage, QueryService, Result, Talk } from './types.js';
import { readWords, type QueryWords, type WordGroup } from './words.js';

/** How the engine ranks; every field has a default tuned on the istio.io corpus. */
export interface RankingOptions {
  /** Field weights. Default: post title 2, headings 1.5, event 1.5, text 1. */
  boost?: Partial<Record<'post' | 'headings' | 'event' | 'text', number>>;
  /** Weight of a passage in the other language than the question's. Default 0.5. */
  otherLangWeight?: number;
  /** Weight of a passage that has what the question wants (video, slides). Default 1.6. */
  wantWeight?: number;
  /** Weight of a passage whose year matches a year in the question. Default 1.6; other years 0.7. */
  yearWeight?: number;
  /** How much a word found elsewhere in the same post counts, 0 to 1. Default 0.7. */
  postContext?: number;
  /** Most passages of one post in a ranking. Default 2. */
  perPost?: number;
  /** Longest question read, in characters. Default 500. */
  maxQuestion?: number;
}

const DEFAULT_RANKING: Required<Omit<RankingOptions, 'boost'>> & { boost: Required<NonNullable<RankingOptions['boost']>> } = {
  boost: { post: 2, headings: 1.5, event: 1.5, text: 1 },
  otherLangWeight: 0.5,
  wantWeight: 1.6,
  yearWeight: 1.6,
  postContext: 0.7,
  perPost: 2,
  maxQuestion: 500,
};

/** The contents of an index, in memory. */
export interface Corpus {
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
}

/** One document's match against the word groups of a question. */
interface GroupHit {
  id: number;
  /** Score per word group (0 where the group did not match). */
  scores: number[];
  /** Share of each group matched, 0 to 1. */
  credits: number[];
  /** Mean credit over the groups. */
  coverage: number;
  terms: string[];
  /** The fields any term matched in. */
  fields: Set<string>;
}

interface Ranked {
  passage: Passage;
  score: number;
  terms: string[];
}

const DAY = 86_400_000;

/** Words that only say what is wanted ("slides") rank passages that say them, at this share of a required word. */
const SOFT_WEIGHT = 0.5;

/** A date as the posts write them: "March 9", "9 March", "2025-03-09", "3 月 9 日". */
const DATE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (of )?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b20\d\d-\d\d-\d\d\b|\d{1,2}\s*月\s*\d{1,2}\s*日/i;

/**
 * The query engine: the only place that searches. It answers a question with plain data (an
 * `Answer`) that every surface renders its own way. Create it with `SearchEngine.load(dir)` for a
 * built index, or `SearchEngine.fromCorpus(corpus)` for one built in memory.
 */
export class SearchEngine implements QueryService {
  readonly manifest: Manifest | null;
  readonly #corpus: Corpus;
  readonly #passageIndex: PassageIndex;
  readonly #talkIndex: TalkIndex;
  readonly #vocabulary: ReadonlySet<string>;
  readonly #ranking: typeof DEFAULT_RANKING;
  /** Talks by normalized speaker name (lower case, accents removed). */
  readonly #speakers = new Map<string, Talk[]>();
  #suggestions: Record<Lang, string[]> | undefined;

  private constructor(
    corpus: Corpus,
    indexes: { passageIndex: PassageIndex; talkIndex: TalkIndex; vocabulary: ReadonlySet<string> },
    manifest: Manifest | null,
    ranking: RankingOptions,
  ) {
    this.#corpus = corpus;
    this.#passageIndex = indexes.passageIndex;
    this.#talkIndex = indexes.talkIndex;
    this.#vocabulary = indexes.vocabulary;
    this.manifest = manifest;
    this.#ranking = { ...DEFAULT_RANKING, ...ranking, boost: { ...DEFAULT_RANKING.boost, ...ranking.boost } };
    for (const talk of corpus.talks) {
      for (const speaker of talk.speakers) {
        const key = normalized(speaker);
        this.#speakers.set(key, [...(this.#speakers.get(key) ?? []), talk]);
      }
    }
  }

  /** Loads and verifies a built index folder; throws INDEX_MISSING / INDEX_CORRUPT / INDEX_VERSION with the fix. */
  static async load(dir: string, ranking: RankingOptions = {}): Promise<SearchEngine> {
    const { manifest, data } = await readIndex(dir);
    const indexes = loadSearchIndexes(data.passageIndex, data.talkIndex);
    const vocabulary = new Set((data.passageIndex as { index: Array<[string, unknown]> }).index.map(([term]) => term));
    return new SearchEngine({ passages: data.passages, talks: data.talks, events: data.events }, { ...indexes, vocabulary }, manifest, ranking);
  }

  /** Indexes a corpus in memory (tests, `--index`-less tools). */
  static fromCorpus(corpus: Corpus, ranking: RankingOptions = {}): SearchEngine {
    const indexes = buildSearchIndexes(corpus.passages, corpus.talks, corpus.events);
    const vocabulary = new Set(indexes.passageIndex.toJSON().index.map(([term]) => term));
    return new SearchEngine(corpus, { ...indexes, vocabulary }, null, ranking);
  }

  get passageCount(): number {
    return this.#corpus.passages.length;
  }

  eventNames(): string[] {
    return [...new Set(this.#sortedEvents().map((event) => event.name))];
  }

  answer(question: string, options: AnswerOptions = {}): Answer {
    const trimmed = question.trim();
    const truncated = trimmed.length > this.#ranking.maxQuestion;
    const query = truncated ? trimmed.slice(0, this.#ranking.maxQuestion) : trimmed;
    const parsed = parseQuery(query);
    const lang = options.lang ?? parsed.lang ?? detectLang(query);
    const base: Answer = {
      query,
      truncated,
      intent: 'search',
      lang,
      total: 0,
      offset: options.offset ?? 0,
      results: [],
      talks: [],
      events: [],
      suggestions: [],
    };
    if (parsed.command === 'events') return { ...base, intent: 'events', events: this.#eventsFor(lang, parsed) };
    if (parsed.command === 'next') return { ...base, intent: 'next', events: this.#nextEvent(lang, options.now ?? new Date()) };
    if (parsed.command === 'help' || (!parsed.text && !parsed.phrases.length && !parsed.event && !parsed.year)) {
      return { ...base, intent: 'help', suggestions: this.suggestions(lang) };
    }
    if (parsed.command === 'talks') return { ...base, intent: 'talks', talks: this.#talksOfEvent(parsed.text, lang) };
    const speakerTalks = this.#talksBySpeaker(parsed.text);
    if (parsed.command === 'speaker' || (speakerTalks.length && !parsed.phrases.length)) {
      return { ...base, intent: 'speaker', talks: this.#preferLang(speakerTalks, lang), ...this.#page(this.#rank(parsed, options, lang), options) };
    }
    const ranked = this.#rank(parsed, options, lang);
    const page = this.#page(ranked, options);
    const talks = this.#matchingTalks(parsed, options, lang);
    if (!page.total && !talks.length) return { ...base, suggestions: this.suggestions(lang) };
    return { ...base, ...page, talks };
  }

  /** Queries known to find something, for help and "no match" replies. */
  suggestions(lang: Lang): string[] {
    if (!this.#suggestions) {
      const pick = (candidates: string[], l: Lang) =>
        [...new Set(candidates)].filter((candidate) => this.#rank(parseQuery(candidate), {}, l).length).slice(0, 5);
      const recent = (l: Lang) => this.#sortedEvents().filter((event) => event.lang === l).map((event) => event.name);
      this.#suggestions = {
        en: pick([...EXAMPLES.en.filter((example) => example !== 'events'), ...recent('en')], 'en'),
        zh: pick([...EXAMPLES.zh.filter((example) => example !== 'events'), ...recent('zh')], 'zh'),
      };
    }
    return this.#suggestions[lang];
  }

  #page(ranked: Ranked[], options: AnswerOptions): Pick<Answer, 'results' | 'total' | 'offset'> {
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(1, options.limit ?? 3);
    const words = ranked.slice(offset, offset + limit);
    return { total: ranked.length, offset, results: words.map((entry) => this.#result(entry)) };
  }

  #result({ passage, score, terms }: Ranked): Result {
    return {
      id: passage.id,
      title: passage.title,
      url: passage.url,
      postUrl: passage.postUrl,
      heading: passage.headings.at(-1) ?? null,
      text: passage.text,
      marks: findMarks(passage.text, terms),
      lang: passage.lang,
      event: passage.event,
      date: passage.date,
      score: Math.round(score * 1000) / 1000,
      links: passage.links,
    };
  }

  /** Every matching passage, best first, after filters, weights, de-duplication and the per-post cap. */
  #rank(parsed: ParsedQuery, options: AnswerOptions, lang: Lang): Ranked[] {
    const words = readWords([parsed.text, ...parsed.phrases].join(' '));
    if (!words.groups.length) return [];
    const forcedLang = options.lang ?? parsed.lang;
    const eventFilter = normalized(options.event ?? parsed.event ?? '');
    const phrases = parsed.phrases.map(normalized);
    const year = parsed.year;
    const hits: Array<GroupHit & { passage: Passage }> = [];
    const groups = [...words.groups, ...words.soft];
    const required = words.groups.length;
    for (const hit of this.#searchGroups(this.#passageIndex, groups, this.#ranking.boost)) {
      const passage = this.#corpus.passages[hit.id];
      if (!passage) continue;
      if (forcedLang && passage.lang !== forcedLang) continue;
      if (eventFilter && !normalized(passage.event ?? '').includes(eventFilter)) continue;
      if (year !== null && !yearOf(passage).includes(year)) continue;
      if (phrases.length && !phrases.every((phrase) => normalized(`${passage.title} ${passage.text}`).includes(phrase))) continue;
      hits.push({ ...hit, passage });
    }
    // What the rest of its post says counts too: a recap names the city once, the talk later.
    const postBest = new Map<string, { scores: number[]; credits: number[] }>();
    for (const hit of hits) {
      const best = postBest.get(hit.passage.postId) ?? { scores: groups.map(() => 0), credits: groups.map(() => 0) };
      hit.scores.forEach((score, g) => (best.scores[g] = Math.max(best.scores[g] ?? 0, score)));
      hit.credits.forEach((credit, g) => (best.credits[g] = Math.max(best.credits[g] ?? 0, credit)));
      postBest.set(hit.passage.postId, best);
    }
    const scored: Array<Ranked & { coverage: number }> = [];
    for (const hit of hits) {
      const best = postBest.get(hit.passage.postId);
      let score = 0;
      let coverage = 0;
      groups.forEach((_, g) => {
        const own = hit.credits[g] ?? 0;
        const inPost = best?.credits[g] ?? 0;
        const groupScore = (hit.scores[g] ?? 0) + this.#ranking.postContext * Math.max(0, (best?.scores[g] ?? 0) - (hit.scores[g] ?? 0));
        if (g < required) {
          score += groupScore;
          coverage += Math.max(own, this.#ranking.postContext * inPost) / required;
        } else {
          score += SOFT_WEIGHT * groupScore;
        }
      });
      if (coverage === 0) continue;
      scored.push({ passage: hit.passage, score: score * this.#weight(hit.passage, words, lang) * coverage * coverage, terms: hit.terms, coverage });
    }
    scored.sort((a, b) => b.score - a.score);
    return this.#dedupe(scored);
  }

  /**
   * Searches each word group on its own, so a word said several ways (ambient, Ambient 网格)
   * counts once; returns each hit's score and credit (share of the group matched) per group.
   */
  #searchGroups(index: PassageIndex | TalkIndex, groups: WordGroup[], boost: Record<string, number>): GroupHit[] {
    const merged = new Map<number, GroupHit>();
    groups.forEach((group, g) => {
      const terms = [...new Set(group.alternatives.flat())];
      const hits = index.search(
        { combineWith: 'OR', queries: terms },
        { boost, fuzzy: (term) => this.#fuzziness(term), prefix: (term) => this.#fuzziness(term) !== false },
      );
      for (const hit of hits) {
        const matched = new Set(hit.queryTerms);
        const credit = Math.max(...group.alternatives.map((alternative) => alternative.filter((term) => matched.has(term)).length / alternative.length));
        const id = hit.id as number;
        let entry = merged.get(id);
        if (!entry) {
          entry = { id, scores: groups.map(() => 0), credits: groups.map(() => 0), coverage: 0, terms: [], fields: new Set() };
          merged.set(id, entry);
        }
        // MiniSearch multiplies by the number of matched terms; undo it so synonyms do not stack.
        entry.scores[g] = (hit.score / Math.max(1, hit.queryTerms.length)) * credit;
        entry.credits[g] = credit;
        entry.coverage += credit / groups.length;
        entry.terms.push(...hit.terms);
        for (const fields of Object.values(hit.match)) for (const field of fields) entry.fields.add(field);
      }
    });
    return [...merged.values()];
  }

  /** Typo tolerance only where it can help: words the index does not know, long enough to misspell. */
  #fuzziness(term: string): number | false {
    if (this.#vocabulary.has(term) || term.length < 5 || /^[\d.]+$/.test(term) || /\p{Script=Han}/u.test(term)) return false;
    return 0.2;
  }

  #weight(passage: Passage, words: QueryWords, lang: Lang): number {
    let weight = passage.lang === lang ? 1 : this.#ranking.otherLangWeight;
    if (words.wants.has('video')) weight *= passage.links.videos.length ? this.#ranking.wantWeight : 1 / this.#ranking.wantWeight;
    if (words.wants.has('slides')) weight *= passage.links.slides.length ? this.#ranking.wantWeight : 1 / this.#ranking.wantWeight;
    if (words.wants.has('talk') && (passage.links.videos.length || passage.links.slides.length)) weight *= 1.2;
    if (words.wants.has('date')) weight *= DATE.test(passage.text) ? this.#ranking.wantWeight : 1;
    if (words.years.length) {
      const years = yearOf(passage);
      weight *= words.years.some((year) => years.includes(year)) ? this.#ranking.yearWeight : 0.7;
    }
    return weight;
  }

  /** At most `perPost` passages per post, and never both language copies of one post. */
  #dedupe(scored: Ranked[]): Ranked[] {
    const perPost = new Map<string, number>();
    const langOfKey = new Map<string, Lang>();
    const out: Ranked[] = [];
    for (const entry of scored) {
      const { postId, translationKey, lang } = entry.passage;
      const keptLang = langOfKey.get(translationKey);
      if (keptLang && keptLang !== lang) continue;
      langOfKey.set(translationKey, lang);
      const count = perPost.get(postId) ?? 0;
      if (count >= this.#ranking.perPost) continue;
      perPost.set(postId, count + 1);
      out.push(entry);
    }
    return out;
  }

  #matchingTalks(parsed: ParsedQuery, options: AnswerOptions, lang: Lang): Talk[] {
    const words = readWords([parsed.text, ...parsed.phrases].join(' '));
    if (!words.groups.length) return [];
    const eventFilter = normalized(options.event ?? parsed.event ?? '');
    const years = parsed.year === null ? words.years : [parsed.year];
    // A talk is an answer when every word matched and at least one named the talk itself (not only its event).
    const talks = this.#searchGroups(this.#talkIndex, words.groups, { title: 2, speakers: 1.5, event: 1 })
      .filter((hit) => hit.coverage >= 0.999 && (hit.fields.has('title') || hit.fields.has('speakers')))
      .sort((a, b) => sum(b.scores) - sum(a.scores))
      .map((hit) => this.#corpus.talks[hit.id])
      .filter((talk): talk is Talk => !!talk)
      .filter((talk) => !eventFilter || normalized(talk.event ?? '').includes(eventFilter))
      .filter((talk) => !years.length || years.some((year) => `${talk.date ?? ''} ${talk.event ?? ''}`.includes(String(year))));
    return this.#preferLang(talks, options.lang ?? parsed.lang ?? lang).slice(0, 3);
  }

  /** Talks in the question's language when there are any, one per video or title. */
  #preferLang(talks: Talk[], lang: Lang): Talk[] {
    const same = talks.filter((talk) => talk.lang === lang);
    const chosen = same.length ? same : talks;
    const seen = new Set<string>();
    return chosen.filter((talk) => {
      const key = talk.video ?? normalized(talk.title);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  #talksBySpeaker(name: string): Talk[] {
    const wanted = normalized(name);
    if (wanted.length < 4) return [];
    const exact = this.#speakers.get(wanted);
    if (exact) return exact;
    if (!wanted.includes(' ')) return [];
    return [...this.#speakers].filter(([speaker]) => speaker.includes(wanted)).flatMap(([, talks]) => talks);
  }

  /** Talks of the events whose name or city contains `name`. */
  #talksOfEvent(name: string, lang: Lang): Talk[] {
    const wanted = normalized(name);
    const events = new Set(
      this.#corpus.events
        .filter((event) => normalized(`${event.name} ${event.city ?? ''} ${event.country ?? ''}`).includes(wanted))
        .map((event) => event.name),
    );
    const talks = this.#corpus.talks.filter((talk) => talk.event && (events.has(talk.event) || normalized(talk.event).includes(wanted)));
    return this.#preferLang(talks, lang);
  }

  #sortedEvents(): EventInfo[] {
    return [...this.#corpus.events].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.name.localeCompare(b.name));
  }

  #eventsFor(lang: Lang, parsed: ParsedQuery): EventInfo[] {
    const events = this.#sortedEvents();
    const inLang = events.filter((event) => event.lang === lang);
    const chosen = inLang.length ? inLang : events;
    return chosen.filter((event) => parsed.year === null || (event.start ?? '').startsWith(String(parsed.year)));
  }

  /** The earliest event that starts today or later; none when no upcoming event is announced. */
  #nextEvent(lang: Lang, now: Date): EventInfo[] {
    const today = now.toISOString().slice(0, 10);
    const upcoming = this.#eventsFor(lang, parseQuery(''))
      .filter((event) => event.start && event.start >= today)
      .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    return upcoming.slice(0, 1);
  }
}

/** Whole days from `now` to an ISO date (negative: in the past). */
export function daysUntil(date: string, now: Date): number {
  const target = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((target - today) / DAY);
}

function normalized(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

function yearOf(passage: Passage): number[] {
  const years: number[] = [];
  if (passage.date) years.push(Number(passage.date.slice(0, 4)));
  const eventYear = /\b(20\d\d)\b/.exec(passage.event ?? '')?.[1];
  if (eventYear) years.push(Number(eventYear));
  return years;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
