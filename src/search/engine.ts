import { MAX_QUESTION_LENGTH, PAGE_SIZE, mentionsDate } from '../domain/index.js';
import { EXAMPLES } from '../i18n/index.js';
import { GroupHitsBuilder, GroupHitsCache, GroupMatches, SlotScratch } from './group-hits.js';
import { buildSearchIndexes, loadSearchIndexes, type PassageIndex, type TalkIndex } from './indexes.js';
import { detectLang } from './lang.js';
import { findMarks } from './marks.js';
import { parseQuery, type ParsedQuery } from './query.js';
import { PASSAGE_INDEX_OPTIONS, TALK_INDEX_OPTIONS } from './schema.js';
import { keepBest } from './select.js';
import { readIndex, type Manifest } from './store.js';
import { fold } from './tokenize.js';
import type { EventInfo, Lang, Passage, Talk } from '../model/index.js';
import type { Answer, AnswerOptions, QueryService, Result } from '../answer/index.js';
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
  maxQuestion: MAX_QUESTION_LENGTH,
};

/** The contents of an index, in memory. */
export interface Corpus {
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
}

interface Ranked {
  passage: Passage;
  score: number;
  terms: string[];
}

/** The passages that match, after de-duplication: how many, and the first of them in order. */
interface Ranking {
  total: number;
  ranked: Ranked[];
}

/** A MiniSearch index with what searching it reuses from one question to the next. */
interface Searchable {
  index: PassageIndex | TalkIndex;
  fields: readonly string[];
  cache: GroupHitsCache;
  slots: SlotScratch;
}

/** Per passage, the number of its post; per post, the number of its translation key and its language. */
interface Posts {
  of: Uint32Array;
  keys: number[];
  langs: Lang[];
  keyCount: number;
}

const DAY = 86_400_000;

/** Words that only say what is wanted ("slides") rank passages that say them, at this share of a required word. */
const SOFT_WEIGHT = 0.5;

/**
 * The query engine: the only place that searches. It answers a question with plain data (an
 * `Answer`) that every surface renders its own way. Create it with `SearchEngine.load(dir)` for a
 * built index, or `SearchEngine.fromCorpus(corpus)` for one built in memory.
 */
export class SearchEngine implements QueryService {
  readonly manifest: Manifest | null;
  readonly #corpus: Corpus;
  readonly #passageIndex: Searchable;
  readonly #talkIndex: Searchable;
  readonly #vocabulary: ReadonlySet<string>;
  readonly #ranking: typeof DEFAULT_RANKING;
  /** Talks by normalized speaker name (lower case, accents removed). */
  readonly #speakers = new Map<string, Talk[]>();
  readonly #posts: Posts;
  /** Per passage, the years of its date and its event plus one (0: none), two per passage. */
  readonly #years: Uint16Array;
  /** Per passage, whether `mentionsDate` finds a date in its text: 0 not asked yet, 1 no, 2 yes. */
  readonly #mentionsDate: Uint8Array;
  /** Event names and talk titles, normalized once when first needed. */
  readonly #normalized = new Map<string, string>();
  #suggestions: Record<Lang, string[]> | undefined;

  private constructor(
    corpus: Corpus,
    indexes: { passageIndex: PassageIndex; talkIndex: TalkIndex; vocabulary: ReadonlySet<string> },
    manifest: Manifest | null,
    ranking: RankingOptions,
  ) {
    this.#corpus = corpus;
    this.#passageIndex = searchable(indexes.passageIndex, PASSAGE_INDEX_OPTIONS.fields ?? []);
    this.#talkIndex = searchable(indexes.talkIndex, TALK_INDEX_OPTIONS.fields ?? []);
    this.#vocabulary = indexes.vocabulary;
    this.#posts = numberPosts(corpus.passages);
    this.#years = new Uint16Array(corpus.passages.length * 2);
    corpus.passages.forEach((passage, doc) => yearOf(passage).forEach((year, i) => (this.#years[doc * 2 + i] = year + 1)));
    this.#mentionsDate = new Uint8Array(corpus.passages.length);
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
        [...new Set(candidates)].filter((candidate) => this.#rank(parseQuery(candidate), {}, l).total).slice(0, 5);
      const recent = (l: Lang) => this.#sortedEvents().filter((event) => event.lang === l).map((event) => event.name);
      this.#suggestions = {
        en: pick([...EXAMPLES.en.filter((example) => example !== 'events'), ...recent('en')], 'en'),
        zh: pick([...EXAMPLES.zh.filter((example) => example !== 'events'), ...recent('zh')], 'zh'),
      };
    }
    return this.#suggestions[lang];
  }

  #page({ total, ranked }: Ranking, options: AnswerOptions): Pick<Answer, 'results' | 'total' | 'offset'> {
    const { offset, limit } = pageOf(options);
    const words = ranked.slice(offset, offset + limit);
    return { total, offset, results: words.map((entry) => this.#result(entry)) };
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

  /**
   * Every matching passage, best first, after filters, weights, de-duplication and the per-post cap:
   * their number, and those up to the end of the page `options` asks for.
   */
  #rank(parsed: ParsedQuery, options: AnswerOptions, lang: Lang): Ranking {
    const words = readWords([parsed.text, ...parsed.phrases].join(' '));
    if (!words.groups.length) return { total: 0, ranked: [] };
    const forcedLang = options.lang ?? parsed.lang;
    const eventFilter = normalized(options.event ?? parsed.event ?? '');
    const phrases = parsed.phrases.map(normalized);
    const yearFilter = parsed.year === null ? null : [parsed.year];
    const groups = [...words.groups, ...words.soft];
    const required = words.groups.length;
    const passages = this.#corpus.passages;
    const found = this.#searchGroups(this.#passageIndex, groups, this.#ranking.boost);
    // Positions in `found` of the passages the filters keep, and their posts, numbered in order of appearance.
    const kept = new Uint32Array(found.size);
    const keptSlots = new Uint32Array(found.size);
    const postSlots = new Int32Array(this.#posts.keys.length).fill(-1);
    const slotPosts: number[] = [];
    let hitCount = 0;
    for (let u = 0; u < found.size; u += 1) {
      const doc = found.docs[u] as number;
      const passage = passages[doc];
      if (!passage) continue;
      if (forcedLang && passage.lang !== forcedLang) continue;
      if (eventFilter && !this.#normalizedOnce(passage.event ?? '').includes(eventFilter)) continue;
      if (yearFilter && !this.#inYears(doc, yearFilter)) continue;
      if (phrases.length && !phrases.every((phrase) => normalized(`${passage.title} ${passage.text}`).includes(phrase))) continue;
      const post = this.#posts.of[doc] as number;
      if (postSlots[post] === -1) postSlots[post] = slotPosts.push(post) - 1;
      keptSlots[hitCount] = postSlots[post] as number;
      kept[hitCount++] = u;
    }
    const hits = kept.subarray(0, hitCount);
    const slotOf = keptSlots.subarray(0, hitCount);
    // What the rest of its post says counts too: a recap names the city once, the talk later.
    const groupCount = groups.length;
    const { scores: groupScores, credits: groupCredits } = found;
    const bestScores = new Float64Array(slotPosts.length * groupCount);
    const bestCredits = new Float64Array(slotPosts.length * groupCount);
    for (let i = 0; i < hits.length; i += 1) {
      const own = (hits[i] as number) * groupCount;
      for (let g = 0, at = (slotOf[i] as number) * groupCount; g < groupCount; g += 1, at += 1) {
        bestScores[at] = Math.max(bestScores[at] as number, groupScores[own + g] as number);
        bestCredits[at] = Math.max(bestCredits[at] as number, groupCredits[own + g] as number);
      }
    }
    // Positions in `hits` of the passages that cover the question at all, their scores and posts.
    const covering = new Uint32Array(hits.length);
    const coveringScores = new Float64Array(hits.length);
    const coveringSlots = new Uint32Array(hits.length);
    let count = 0;
    for (let i = 0; i < hits.length; i += 1) {
      const u = hits[i] as number;
      let score = 0;
      let coverage = 0;
      for (let g = 0, at = (slotOf[i] as number) * groupCount; g < groupCount; g += 1, at += 1) {
        const own = groupCredits[u * groupCount + g] as number;
        const inPost = bestCredits[at] as number;
        const mine = groupScores[u * groupCount + g] as number;
        const groupScore = mine + this.#ranking.postContext * Math.max(0, (bestScores[at] as number) - mine);
        if (g < required) {
          score += groupScore;
          coverage += Math.max(own, this.#ranking.postContext * inPost) / required;
        } else {
          score += SOFT_WEIGHT * groupScore;
        }
      }
      if (coverage === 0) continue;
      covering[count] = i;
      coveringSlots[count] = slotOf[i] as number;
      coveringScores[count++] = score * this.#weight(found.docs[u] as number, words, lang) * coverage * coverage;
    }
    const scored = covering.subarray(0, count);
    const scores = coveringScores.subarray(0, count);
    const { offset, limit } = pageOf(options);
    // Equal scores keep the order in which the passages were met, as a stable sort would.
    const { total, best } = this.#dedupe(scores, coveringSlots.subarray(0, count), slotPosts, (a, b) => a < b, offset + limit);
    const ranked = best.map((a) => {
      const u = hits[scored[a] as number] as number;
      return { passage: passages[found.docs[u] as number] as Passage, score: scores[a] as number, terms: found.terms(u) };
    });
    return { total, ranked };
  }

  /**
   * Searches each word group on its own, so a word said several ways (ambient, Ambient 网格)
   * counts once; gives each match's score and credit (share of the group matched) per group.
   */
  #searchGroups(searchable: Searchable, groups: WordGroup[], boost: Record<string, number>): GroupMatches {
    const perGroup = groups.map((group) =>
      // The hits of a group depend on its words and the boosts alone (fuzziness on the index's own vocabulary).
      searchable.cache.get(JSON.stringify([group.alternatives, boost]), () => {
        const terms = [...new Set(group.alternatives.flat())];
        const hits = searchable.index.search(
          { combineWith: 'OR', queries: terms },
          { boost, fuzzy: (term) => this.#fuzziness(term), prefix: (term) => this.#fuzziness(term) !== false },
        );
        const builder = new GroupHitsBuilder(hits.length, searchable.fields);
        hits.forEach((hit, i) => {
          const matched = new Set(hit.queryTerms);
          const credit = Math.max(...group.alternatives.map((alternative) => alternative.filter((term) => matched.has(term)).length / alternative.length));
          // MiniSearch multiplies by the number of matched terms; undo it so synonyms do not stack.
          const score = (hit.score / Math.max(1, hit.queryTerms.length)) * credit;
          builder.set(i, { id: hit.id as number, score, credit, terms: hit.terms, match: hit.match });
        });
        return builder.hits;
      }),
    );
    return new GroupMatches(perGroup, searchable.fields, searchable.slots);
  }

  /** Typo tolerance only where it can help: words the index does not know, long enough to misspell. */
  #fuzziness(term: string): number | false {
    if (this.#vocabulary.has(term) || term.length < 5 || /^[\d.]+$/.test(term) || /\p{Script=Han}/u.test(term)) return false;
    return 0.2;
  }

  #weight(doc: number, words: QueryWords, lang: Lang): number {
    const passage = this.#corpus.passages[doc] as Passage;
    let weight = passage.lang === lang ? 1 : this.#ranking.otherLangWeight;
    if (words.wants.has('video')) weight *= passage.links.videos.length ? this.#ranking.wantWeight : 1 / this.#ranking.wantWeight;
    if (words.wants.has('slides')) weight *= passage.links.slides.length ? this.#ranking.wantWeight : 1 / this.#ranking.wantWeight;
    if (words.wants.has('talk') && (passage.links.videos.length || passage.links.slides.length || passage.links.schedule.length)) weight *= 1.2;
    if (words.wants.has('date')) weight *= this.#namesDate(doc) ? this.#ranking.wantWeight : 1;
    if (words.years.length) weight *= this.#inYears(doc, words.years) ? this.#ranking.yearWeight : 0.7;
    return weight;
  }

  /** Whether the passage's text names a date (`mentionsDate`), asked once per passage. */
  #namesDate(doc: number): boolean {
    if (!this.#mentionsDate[doc]) this.#mentionsDate[doc] = mentionsDate(this.#corpus.passages[doc]?.text ?? '') ? 2 : 1;
    return this.#mentionsDate[doc] === 2;
  }

  /** Whether the passage's date or event is of one of `years` (without allocating: it runs for every match). */
  #inYears(doc: number, years: readonly number[]): boolean {
    const ofDate = (this.#years[doc * 2] as number) - 1;
    const ofEvent = (this.#years[doc * 2 + 1] as number) - 1;
    for (const year of years) if (year === ofDate || year === ofEvent) return true;
    return false;
  }

  /**
   * At most `perPost` passages per post, and never both language copies of one post, walking the
   * passages best first — by score, then `before` — without sorting them all: how many remain, and
   * the first `wanted`. `slots` numbers each passage's post; `posts` maps those numbers to posts.
   */
  #dedupe(scores: Float64Array, slots: Uint32Array, posts: number[], before: (a: number, b: number) => boolean, wanted: number): { total: number; best: number[] } {
    return keepBest({
      scores,
      before,
      groups: slots,
      groupCount: posts.length,
      familyOf: posts.map((post) => this.#posts.keys[post] as number),
      familyCount: this.#posts.keyCount,
      kindOf: posts.map((post) => (this.#posts.langs[post] === 'en' ? 0 : 1)),
      perGroup: this.#ranking.perPost,
      wanted,
    });
  }

  #matchingTalks(parsed: ParsedQuery, options: AnswerOptions, lang: Lang): Talk[] {
    const words = readWords([parsed.text, ...parsed.phrases].join(' '));
    if (!words.groups.length) return [];
    const eventFilter = normalized(options.event ?? parsed.event ?? '');
    const years = parsed.year === null ? words.years : [parsed.year];
    const found = this.#searchGroups(this.#talkIndex, words.groups, { title: 2, speakers: 1.5, event: 1 });
    const talks: Talk[] = [];
    const totals: number[] = [];
    const positions: number[] = [];
    for (let u = 0; u < found.size; u += 1) {
      // A talk is an answer when every word matched and at least one named the talk itself (not only its event).
      if (!(found.coverage(u) >= 0.999 && (found.matchedIn(u, 'title') || found.matchedIn(u, 'speakers')))) continue;
      const talk = this.#corpus.talks[found.docs[u] as number];
      if (!talk) continue;
      if (eventFilter && !this.#normalizedOnce(talk.event ?? '').includes(eventFilter)) continue;
      if (years.length && !years.some((year) => `${talk.date ?? ''} ${talk.event ?? ''}`.includes(String(year)))) continue;
      talks.push(talk);
      totals.push(sum(Array.from({ length: found.groupCount }, (_, g) => found.scores[u * found.groupCount + g] as number)));
      positions.push(u);
    }
    // Equal totals keep the order in which the talks were met, as a stable sort would.
    return this.#preferLangBest(talks, totals, (a, b) => (positions[a] as number) < (positions[b] as number), options.lang ?? parsed.lang ?? lang, 3);
  }

  /** As `#preferLang` over talks ranked by score, then `before`: the first `wanted`, without sorting them all. */
  #preferLangBest(talks: Talk[], scores: number[], before: (a: number, b: number) => boolean, lang: Lang, wanted: number): Talk[] {
    const chosen = talks.some((talk) => talk.lang === lang) ? talks.flatMap((talk, a) => (talk.lang === lang ? [a] : [])) : talks.map((_, a) => a);
    const keys = new Map<string, number>();
    const keyOf = chosen.map((a) => {
      const talk = talks[a] as Talk;
      const key = talk.video ?? this.#normalizedOnce(talk.title);
      let id = keys.get(key);
      if (id === undefined) keys.set(key, (id = keys.size));
      return id;
    });
    const { best } = keepBest({
      scores: chosen.map((a) => scores[a] as number),
      before: (a, b) => before(chosen[a] as number, chosen[b] as number),
      groups: keyOf,
      groupCount: keys.size,
      familyOf: [...keys.values()],
      familyCount: keys.size,
      kindOf: new Uint8Array(keys.size),
      perGroup: 1,
      wanted,
    });
    return best.map((a) => talks[chosen[a] as number] as Talk);
  }

  #normalizedOnce(text: string): string {
    let value = this.#normalized.get(text);
    if (value === undefined) this.#normalized.set(text, (value = normalized(text)));
    return value;
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

/** Which results a page shows: `limit` (default 3) from `offset` (default 0). */
function pageOf(options: AnswerOptions): { offset: number; limit: number } {
  return { offset: Math.max(0, options.offset ?? 0), limit: Math.max(1, options.limit ?? PAGE_SIZE) };
}

function searchable(index: PassageIndex | TalkIndex, fields: readonly string[]): Searchable {
  return { index, fields, cache: new GroupHitsCache(index.documentCount), slots: new SlotScratch(index.documentCount) };
}

function numberPosts(passages: readonly Passage[]): Posts {
  const postNumbers = new Map<string, number>();
  const keyNumbers = new Map<string, number>();
  const posts: Posts = { of: new Uint32Array(passages.length), keys: [], langs: [], keyCount: 0 };
  passages.forEach((passage, doc) => {
    let post = postNumbers.get(passage.postId);
    if (post === undefined) {
      post = postNumbers.size;
      postNumbers.set(passage.postId, post);
      if (!keyNumbers.has(passage.translationKey)) keyNumbers.set(passage.translationKey, keyNumbers.size);
      posts.keys.push(keyNumbers.get(passage.translationKey) as number);
      posts.langs.push(passage.lang);
    }
    posts.of[doc] = post;
  });
  posts.keyCount = keyNumbers.size;
  return posts;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
