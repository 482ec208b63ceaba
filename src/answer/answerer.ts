import { Outcomes } from '../facts/index.js';
import { Finder, preferLang, type Corpus, type RankedPassages, type RankingOptions } from '../find/index.js';
import type { Lang } from '../model/index.js';
import { readIndex, takeSearchIndexes, type Manifest } from '../store/index.js';
import { sessionKindAsTalks, termAsTopic, understand, withoutOpener, type Question } from '../understand/index.js';
import { aboutEvents, nextOrLatest, type EventPart } from './about-events.js';
import { talkMedia, whoGave } from './talk-lines.js';
import { deckPageLine } from './deck-page-line.js';
import { definitionLine, firstEdition, namedOpening } from './definition-line.js';
import { clockRowLine } from './clock-row.js';
import { countLine } from './count-line.js';
import { spanLine } from './span-line.js';
import { stepLine } from './step-line.js';
import { postedLine } from './posted-line.js';
import { releaseLine } from './release-line.js';
import { awardOfLine } from './award-of.js';
import { withEditionYear } from './nth-edition.js';
import { withMediaEdition } from './media-edition.js';
import { gettingLine } from './get-line.js';
import { priceLine } from './price-line.js';
import { talksLine } from './direct.js';
import { givenAt } from './event-talks.js';
import { talksAtPlace } from './placed-talks.js';
import { Calendar } from './calendar.js';
import { OutcomeLines } from './outcome-line.js';
import { eventFirst, page, withFirst, type Lead } from './page.js';
import { knownLead } from './known-lead.js';
import { withSaidYears } from './said-years.js';
import { titledFirst } from './titled-first.js';
import { deckPageFirst } from './deck-page-first.js';
import { otherLanguageAnswer } from './other-language.js';
import { nameWords } from './name-words.js';
import { Programme } from './programme.js';
import { suggestionsFor } from './suggestions.js';
import { EventMedia, unlinkedLine } from './no-media.js';
import { withTalkFirst } from './talk-first.js';
import { rewordedTalk } from './reworded-talk.js';
import { topicOf } from './topic.js';
import type { Answer, AnswerOptions, QueryService } from './types.js';
import { WhoLines, type WhoAnswer } from './who-line.js';
import { whoOfPicked } from './who-of-picked.js';
import { NamePairs } from './name-pairs.js';
import { namesKnownOrganisation } from './known-organisations.js';

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
  readonly #outcomes: OutcomeLines;
  readonly #who: WhoLines;
  readonly #media: EventMedia;
  readonly #names: NamePairs;
  #suggestions: Partial<Record<Lang, string[]>> = {};

  constructor(corpus: Corpus, finder: Finder, manifest: Manifest | null = null) {
    this.#corpus = corpus;
    this.#finder = finder;
    this.#calendar = new Calendar(corpus.events);
    this.#programme = new Programme(corpus.talks, corpus.events, corpus.passages);
    const outcomes = new Outcomes(corpus.passages);
    this.#outcomes = new OutcomeLines(corpus.passages, outcomes);
    this.#who = new WhoLines({ mostlyLower: (word) => outcomes.mostlyLower(word), talksOf: (passage) => this.#programme.told(passage), namesCompany: (text) => this.#programme.organisations.in(text).length > 0 || namesKnownOrganisation(text), passagesOf: (postId) => this.#outcomes.passagesOf(postId) ?? [], namesInChinese: (text) => this.#names.namedIn(text) }, corpus.events);
    // Both languages' talks: a talk told only in Chinese may hold the one recording.
    this.#media = new EventMedia(corpus.events, corpus.passages, (name) => [...this.#programme.talksOf([name], 'en'), ...this.#programme.talksOf([name], 'zh')]);
    this.#names = new NamePairs(corpus.passages, corpus.talks);
    this.manifest = manifest;
  }

  /** Loads and verifies a built index folder; throws INDEX_MISSING / INDEX_CORRUPT / INDEX_VERSION with the fix. */
  static async load(dir: string, ranking: RankingOptions = {}): Promise<Answerer> {
    const { manifest, data } = await readIndex(dir);
    const corpus = { passages: data.passages, talks: data.talks, events: data.events };
    return new Answerer(corpus, new Finder(corpus, takeSearchIndexes(data), ranking), manifest);
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

  /**
   * "宋净超在…讲了什么": talks asked of a speaker named in Chinese are those listed under the English name the posts
   * pair with it, and so are their recordings and decks ("赵化冰的 ppt"). Who someone is ("丁少君是谁") is read from the
   * Chinese name, which the sentences that answer hold.
   */
  #understood(input: string, lang: Lang | undefined): Question {
    const asked = understand(input, lang);
    const said = this.#names.inEnglish(input);
    if (said === input) return asked;
    const named = understand(said, lang);
    return named.ask === 'talks' || named.aboutTalks || named.ask === 'slides' || named.ask === 'video' ? named : asked;
  }

  answer(input: string, options: AnswerOptions = {}): Answer {
    const now = options.now ?? new Date();
    const question = withMediaEdition(withEditionYear(withSaidYears(this.#understood(input, options.lang), now), this.#calendar), this.#calendar, this.#media);
    const answer = this.#inChinese(this.#answered(question, options, now));
    // "证书？", "istio performance?": a term alone that no post defines names a topic; it is searched as it would be without the mark
    // (only then: one more search, for those questions alone).
    // "what's a maintainer track session": of a kind of session no post defines, its sessions.
    const topic = answer.direct ? null : (termAsTopic(question, input) ?? sessionKindAsTalks(question));
    if (topic === null) return answer;
    const searched = withEditionYear(withSaidYears(this.#understood(topic, options.lang), now), this.#calendar);
    return { ...this.#inChinese(this.#answered(searched, options, now)), query: answer.query, truncated: answer.truncated };
  }

  /** A Chinese answer's line gives each speaker's Chinese name beside the English one, where the posts pair them. */
  #inChinese(answer: Answer): Answer {
    const { direct } = answer;
    return answer.lang === 'zh' && direct ? { ...answer, direct: { ...direct, text: this.#names.withChinese(direct.text) } } : answer;
  }

  #answered(question: Question, options: AnswerOptions, now: Date): Answer {
    const { lang, command, filters } = question;
    const base: Answer = { query: question.text, truncated: question.truncated, intent: 'search', lang, total: 0, offset: 0, results: [], talks: [], events: [], suggestions: [] };
    if (command === 'events') return { ...base, intent: 'events', events: this.#calendar.events(lang, filters.year) };
    if (command === 'next') return { ...base, intent: 'next', ...this.#next(question, now) };
    const filterOnly = !question.rest && !filters.phrases.length;
    if (command === 'help' || (filterOnly && !filters.event && filters.year === null)) {
      return { ...base, intent: 'help', suggestions: this.suggestions(lang) };
    }
    if (filterOnly) return { ...base, ...this.#filtered(question) };
    if (command === 'talks') return { ...base, ...this.#talks(question) };
    const event = options.event ?? null;
    const found = (known: EventPart = {}) => {
      const found = eventFirst(this.#finder.passages(question, event), question, known, this.#corpus.passages);
      // A video or slides that only the other language's passages hold: the best of them first, marked.
      const other = otherLanguageAnswer(found, question, () => this.#finder.passagesInAnyLanguage(question, event));
      const ranked = other ? withFirst(found, [other]) : found;
      // "Who won…": the results post's line, and the passage it quotes first.
      const outcome = known.direct ? undefined : this.#outcomes.answer(question, ranked);
      const shown = page(outcome?.ranked ?? ranked, options, lang, (paged) => (outcome ? { direct: outcome.direct } : this.#leadOf(question, paged, known, now)));
      const asked = question.words.groups.map((group) => group.word);
      return { ...shown, results: shown.results.map((result) => withTalkFirst(result, this.#programme.told(result), asked)) };
    };
    if (command === 'speaker') return { ...base, ...this.#speaker(question), ...found() };
    const speakerTalks = this.#programme.bySpeaker(question.rest);
    if (speakerTalks.length && !filters.phrases.length) return { ...base, intent: 'speaker', talks: preferLang(speakerTalks, lang), ...found() };
    const { lookedFrom, ...known } = aboutEvents(question, this.#calendar, this.#programme, now);
    const passages = found({ ...known, ...(lookedFrom ? { lookedFrom } : {}) });
    const given = known.talks ?? givenAt(talksAtPlace(question, (asked) => this.#finder.talks(asked, event), this.#calendar), known.events, question, this.#calendar);
    // A talk named in a Chinese recap's own words, no event named: the talk whose titles share most of them.
    const talks = known.events?.length ? given : rewordedTalk(question, this.#calendar, given, this.#programme);
    if (!passages.total && !talks.length && !passages.direct) return { ...base, ...passages, suggestions: this.#noMatch(question) };
    return { ...base, ...known, ...passages, talks };
  }

  /**
   * The direct line, when no results post answers: the event knowledge's (a call for proposals
   * with the deadline its passages give), else the sentence of a passage that says what a "what
   * is" question's subject is, else the one talk whose title a "who" question names, else who a
   * passage says a "who" question asks about (that passage shown first).
   */
  #leadOf(question: Question, ranked: RankedPassages, known: EventPart, now: Date): Lead {
    const [only] = known.events ?? [];
    // "Is istiocon 2021 free": the sentence that says what it costs, before its registration link.
    const price = priceLine(question, ranked, (known.events ?? []).map((event) => event.name));
    if (price) return price;
    // "what time was the coffee break": the timetable's row that holds it, not the event's day.
    const row = clockRowLine(question, ranked, () => topicOf(question, this.#calendar, true), known.events?.length === 1 ? only?.name : undefined);
    if (row) return row;
    // "izzy reading kubecon london schedule": the schedule page of the one session named, before its event's.
    const session = question.ask === 'schedule' ? talkMedia(question, this.#programme, this.#calendar, ranked) : undefined;
    if (session) return { direct: session };
    if (known.direct) return knownLead(question, ranked, { ...known, direct: known.direct }, now, { calendar: this.#calendar, programme: this.#programme, passages: this.#corpus.passages });
    const direct = definitionLine(question, ranked) ?? whoGave(question, this.#programme, this.#calendar) ?? talkMedia(question, this.#programme, this.#calendar, ranked);
    if (direct) return { direct, ...firstEdition(question, ranked) };
    // "the chicago istio day's slides": the page its post says holds every session's slides.
    const titlesTalk = (): boolean => topicOf(question, this.#calendar).some((word) => this.#programme.titleWord(word) !== null);
    const deckPage = deckPageLine(question, ranked, known.events, this.#media, question.lang, known.talks, titlesTalk);
    if (deckPage) return deckPage;
    // "istio day paris slides": none linked, said so, rather than no line above other events' slides.
    const unlinked = unlinkedLine(question, known.events, this.#media, this.#calendar);
    if (unlinked) return { direct: unlinked };
    const opening = namedOpening(question, ranked, this.#corpus.passages);
    if (opening) return opening;
    const who = (moved: RankedPassages): WhoAnswer | undefined => this.#who.line(question, moved, (known.events ?? []).map((event) => event.name));
    return releaseLine(question, ranked) ?? gettingLine(question, ranked, () => topicOf(question, this.#calendar), this.#corpus.passages) ?? spanLine(question, ranked, known.events ?? [], this.#corpus.passages) ?? countLine(question, ranked, () => (known.events?.length ? known.events : this.#calendar.heldIn(question.entities.cities, question.entities.regions, question.lang)).map((event) => event.name)) ?? stepLine(question, ranked, this.#corpus.passages) ?? postedLine(question, ranked) ?? awardOfLine(question, ranked) ?? who(ranked) ?? whoOfPicked(question, ranked, known, this.#corpus.passages, who) ?? deckPageFirst(question, ranked, this.#corpus.passages, this.#programme) ?? titledFirst(question, ranked, this.#programme, this.#corpus.passages);
  }

  /** `next`: the next event, with the days until it; when none is announced, the latest, said so. */
  #next(question: Question, now: Date): Pick<Answer, 'events'> & Partial<Pick<Answer, 'direct'>> {
    // The latest event is only named in the line: the list of `next` holds upcoming events alone.
    const { next, direct } = nextOrLatest(this.#calendar, question.lang, now);
    return { events: next ? [next] : [], ...(direct ? { direct } : {}) };
  }

  /**
   * `talks <event>`: every event the words name, their talks newest first, on the topic the other
   * words give (all of them when no title holds it); `talks <topic or speaker>` alone: the talks of
   * every event on it or by them; else the nearest events.
   */
  #talks(question: Question): Partial<Answer> {
    const { lang } = question;
    const organisations = this.#programme.organisations.in(question.rest);
    const found = this.#programme.ofEvents(this.#programme.organisations.without(question.rest, organisations), lang);
    const people = this.#programme.speakersIn(question.rest);
    const ofPeople = new Set(people.flatMap((name) => nameWords(name)));
    const titleTopic = found.rest.filter((word) => !ofPeople.has(word) && this.#programme.titleWord(word) !== null);
    // Words that name an event no talk is known of ("istiocon 2022") choose no talks of every event.
    const unchosen = !people.length && !titleTopic.length;
    const pool = found.names.length ? found.talks : !found.namesSome && (!unchosen || organisations.length) ? this.#programme.all(lang) : [];
    const given = people.length ? pool.filter((talk) => talk.speakers.some((speaker) => people.includes(speaker))) : pool;
    // `talks microsoft`: the talks its speakers gave, as for "what did microsoft present".
    const by = this.#programme.givenBy(organisations, given, titleTopic);
    const topic = by?.topic ?? titleTopic;
    // An organisation none of whose people gave a talk chooses none of every event's.
    const onTopic = by?.talks ?? (unchosen && !found.names.length ? [] : this.#programme.onTopic(given, topic));
    const chosen = onTopic.length || !found.names.length || people.length ? onTopic : found.talks;
    const talks = question.entities.kinds.includes('kubecon') ? this.#programme.conferenceFirst(chosen) : chosen;
    const names = found.names.length ? found.names : [...new Set(talks.flatMap((talk) => (talk.event ? [talk.event] : [])))];
    const events = this.#calendar.byNames(names, lang);
    // The line names the talks listed, as for "what talks were at …".
    const direct = talks.length ? talksLine(events, talks, onTopic.length ? topic : [], lang, undefined, by?.by) : undefined;
    if (talks.length) return { intent: 'talks', talks, events, ...(direct ? { direct } : {}) };
    return { intent: 'talks', suggestions: this.#nearest(question, found.nearest) };
  }

  /** `speaker <name>`: every person the words name, their talks newest first; else the nearest names. */
  #speaker(question: Question): Partial<Answer> {
    const found = this.#programme.ofPeople(question.rest, question.lang);
    if (found.talks.length) return { intent: 'speaker', talks: found.talks };
    return { intent: 'speaker', suggestions: this.#nearest(question, found.nearest) };
  }

  /** Nearest names as the same command ("talks Istio Day Europe 2025"); the usual suggestions when none is near. */
  #nearest(question: Question, names: string[]): string[] {
    // The command word as typed ("talks", "演讲"), after any greeting before it.
    const word = withoutOpener(question.text).trim().split(/\s+/)[0] ?? '';
    return names.length ? names.map((name) => `${word} ${name}`) : this.suggestions(question.lang);
  }

  /** `year:2019`, `event:"istio day"` alone: the events the filter selects and their talks. */
  #filtered(question: Question): Partial<Answer> {
    const { lang, filters } = question;
    const inYear = (date: string | null): boolean => filters.year === null || (date ?? '').startsWith(String(filters.year));
    const names = filters.event ? this.#programme.ofEvents(filters.event, lang).names : this.#calendar.events(lang, filters.year).map((event) => event.name);
    const events = this.#calendar.byNames(names, lang).filter((event) => inYear(event.start));
    const talks = this.#programme.talksOf(names, lang).filter((talk) => inYear(talk.date));
    if (talks.length) return { intent: 'talks', events, talks };
    return events.length ? { intent: 'events', events } : { suggestions: this.suggestions(lang) };
  }

  /** Questions known to find something, for help and "no match" replies. */
  suggestions(lang: Lang): string[] {
    this.#suggestions[lang] ??= suggestionsFor(lang, this.#calendar.all, this.#corpus.passages, (text) => this.#finds(text));
    return this.#suggestions[lang];
  }

  /** "Did you mean" first (the index's own correction of the words, when it finds something), then the usual suggestions. */
  #noMatch(question: Question): string[] {
    const corrected = this.#finder.didYouMean(question).find((text) => this.#finds(text));
    return [...new Set([...(corrected ? [corrected] : []), ...this.suggestions(question.lang)])];
  }

  /** Whether a question finds any passage (read as a user would type it, so in its own language). */
  #finds(text: string): boolean {
    return this.#finder.finds(understand(text));
  }
}
