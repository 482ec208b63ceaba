import { CALL_FOR_PROPOSALS, findPlaces, KIND_NAMES, kindIn, mentionsDate, placeOf, regionIn } from '../domain/index.js';
import type { EventKind, Passage } from '../model/index.js';
import { analyze, fold, type PassageIndex } from '../store/index.js';
import { LRUCache } from 'lru-cache';
import type { Question, WordGroup } from '../understand/index.js';
import { combine } from './combine.js';
import { layoutOf, type Layout, type RankedPassages } from './ranked-list.js';
import { searchGroup, type GroupHits } from './groups.js';
import { Outcomes } from './outcomes.js';
import type { Ranking } from './ranking.js';

/** What one cached hit costs: its id, score, credit and terms position in `GroupHits`' arrays. */
const BYTES_PER_HIT = 24;
/** Most memory the passage hits cache may hold: 32 groups that match every passage of a 100x corpus would need 175 MB. */
const CACHE_BYTES = 64 * 1024 * 1024;
/** Least it may hold: a small corpus's groups are small, and a few hundred distinct ones fit in this. */
const CACHE_FLOOR = 16 * 1024 * 1024;

/** What ranking knows of a passage beyond the index: its years and whether it names a date. */
interface Facts {
  years: number[];
  namesDate: boolean;
  /** Event name, folded, for `event:`. */
  event: string;
  /** Whether the text is about a call for proposals and holds its link or a date (its deadline). */
  namesCfp: boolean;
  /** Whether the text gives a count ("4,000", "84 countries", "292 人"): a number that is no year and no day of a date. */
  namesNumber: boolean;
  /** Title and text, folded, for quoted phrases. */
  text: string;
  /** City and region of the passage's event, to weigh the event a question names by its place. */
  city: string | null;
  region: string | null;
  /** Kind of the passage's event ("istio-day", "kubecon"…), else every kind its text names: to weigh the kind of event a question names. */
  kinds: EventKind[];
  /** The index terms of the few words after each count ("13 seats", "120 eligible voters", "292 人报名"); worked out for "how many" questions. */
  counted?: string[];
  /** Whether the text names someone; worked out for "who" questions. */
  people?: boolean;
  /** Whether the text announces who was elected or won, naming them; worked out for the questions that ask. */
  outcome?: boolean;
}

/** A count: digits (with thousands separators) that are not a year, a version, or the day of a date ("17 August", "August 17", "9 日"). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const COUNT = new RegExp(
  `(?<![\\d.,\\-/])(?<!${MONTH}[a-z]*\\.? )(?!(?:19|20)\\d\\d\\b)\\d{1,3}(?:,\\d{3})*(?![\\d.,\\-/]|(?:st|nd|rd|th)?\\s*(?:[月日号]|${MONTH}))`,
  'iu',
);

/** Links that are a call for proposals. */
const CFP_LINK = /sessionize\.com|\bcfp\b|call-for-(?:proposals|papers|speakers)/i;

/**
 * What a passage that defines `subject` says, en and zh: "Izzy, an Indo-Pacific bottlenose",
 * "Istio Day is a … co-located event", "the TOC is responsible for", "Izzy——一只…", "Istio Day 是…".
 */
function definitionOf(subject: string): RegExp {
  const said = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // "是" defines only at the start of a sentence and not before a date ("下一场 Istio Day 是 2024 年…" does not).
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${said}(?:[\\s\\p{L}'’-]{0,30}?\\s(?:(?:is|are|was|were)\\s+(?:a|an|the|one|responsible)|oversees|governs)\\s|\\s*(?:,|:|——|—|–)\\s*(?:a|an|the)\\s|\\s*——)` +
      `|(?:^|[。！？；，]\\s*)${said}\\s*(?:是(?!\\s*\\d)|负责)`,
    'iu',
  );
}

/** The words a count counts: up to three Latin words or four Han characters after it. */
const COUNTED = /^\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|^\s*\p{Script=Han}{1,4}/u;

function countedIn(text: string): string[] {
  const counts = new RegExp(COUNT.source, 'giu');
  return [...text.matchAll(counts)].flatMap((match) => analyze(COUNTED.exec(text.slice(match.index + match[0].length))?.[0] ?? ''));
}

/** Whether two index terms are one word's forms: equal, or one the other's stem ("vote", "voter"). */
const sameWord = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

export const normalized = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

/** The kinds of event a passage is about: its event's, else every kind its text names (a post about no one event). */
function kindsOf(passage: Passage): EventKind[] {
  if (passage.event) return [kindIn(passage.event)?.kind].filter((kind) => kind !== undefined);
  return KIND_NAMES.filter(({ pattern }) => pattern.test(passage.text)).map(({ kind }) => kind);
}

/** The year of the first event of each kind, from the passages about an event. */
function firstYears(passages: readonly Passage[]): Map<EventKind, number> {
  const years = new Map<EventKind, number>();
  for (const { event, date } of passages) {
    const kind = event && date ? kindIn(event)?.kind : undefined;
    const year = Number(date?.slice(0, 4));
    if (kind && year < (years.get(kind) ?? Infinity)) years.set(kind, year);
  }
  return years;
}

function factsOf(passage: Passage, cities: ReadonlyMap<string, string | null>): Facts {
  const name = passage.event ?? '';
  const city = cities.get(name) ?? findPlaces(name)[0]?.place.city ?? null;
  const years = [passage.date ? Number(passage.date.slice(0, 4)) : null, Number(/\b(20\d\d)\b/.exec(passage.event ?? '')?.[1] ?? NaN)];
  return {
    years: years.filter((year): year is number => year !== null && !Number.isNaN(year)),
    namesDate: mentionsDate(passage.text),
    namesCfp: CALL_FOR_PROPOSALS.test(passage.text) && (mentionsDate(passage.text) || Object.values(passage.links).some((urls: string[]) => urls.some((url) => CFP_LINK.test(url)))),
    namesNumber: COUNT.test(passage.text),
    event: normalized(passage.event ?? ''),
    text: normalized(`${passage.title} ${passage.text}`),
    city,
    region: (city ? placeOf(city)?.region : null) ?? regionIn(name),
    kinds: kindsOf(passage),
  };
}

/** Finds and ranks the passages that answer a question, with MiniSearch's filter and document boosts. */
export class PassageFinder {
  readonly #index: PassageIndex;
  readonly #passages: readonly Passage[];
  /** Facts of each passage, worked out when first needed. */
  readonly #facts: (Facts | undefined)[];
  /** Recent word groups' hits in their question's context: questions repeat their words ("istio", "kubecon"). */
  readonly #cache: LRUCache<string, GroupHits>;
  /** Each passage's post and translation family, for the combiner. */
  readonly #layout: Layout;
  readonly #ranking: Ranking;
  /** Each event's city, by event name. */
  readonly #cities: ReadonlyMap<string, string | null>;
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
    if (!hits) this.#cache.set(key, (hits = searchGroup(this.#index, group, { typos: this.#ranking.typos })));
    return hits;
  }

  #definitionOf(subject: string): RegExp {
    if (this.#definition?.subject !== subject) this.#definition = { subject, pattern: definitionOf(subject) };
    return this.#definition.pattern;
  }

  #factsOf(id: number): Facts {
    return (this.#facts[id] ??= factsOf(this.#passages[id] as Passage, this.#cities));
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
      return phrases.every((phrase) => facts.text.includes(phrase));
    };
  }

  /**
   * The question's weights, or null when it weighs every passage alike, so that most questions skip
   * a call per hit. `neutral` must name every part of the question that `#weight` reads.
   */
  #weigher(question: Question): ((id: number) => number) | null {
    const { words, entities, time } = question;
    const neutral = !words.wants.length && !entities.years.length && time === null && !entities.cities.length && !entities.regions.length && !entities.kinds.length;
    return neutral ? null : (id) => this.#weight(id, question);
  }

  /** A passage's weight for this question: whether it holds what is wanted, and its year. (Language is `languageFirst`, in the combiner.) */
  #weight(id: number, { words, entities, time, subject }: Question): number {
    const passage = this.#passages[id] as Passage;
    const facts = this.#factsOf(id);
    const { wantWeight, talkWeight, yearWeight, placeWeight, latestWeight, kindWeight, outcomeWeight, cfpWeight, definitionWeight, countWeight, peopleWeight } = this.#ranking;
    const definition = subject === null ? null : this.#definitionOf(subject);
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
        const asked = words.groups.flatMap((group) => group.alternatives.flat());
        if (asked.some((term) => counted.some((other) => sameWord(term, other)))) weight *= countWeight;
      }
      if (want === 'cfp' && facts.namesCfp) weight *= cfpWeight;
      if (want === 'people' && (facts.people ??= this.#outcomes.namesSomeone(passage.text))) weight *= peopleWeight;
      if (want === 'definition' && definition?.test(passage.text)) weight *= definitionWeight;
      // "Who won / who was elected": the passage that names them, above the call for candidates.
      if (want === 'outcome' && (facts.outcome ??= this.#outcomes.announces(passage.text))) weight *= outcomeWeight;
    }
    if (entities.years.some((year) => facts.years.includes(year))) weight *= yearWeight;
    else if ((time === 'latest' || time === 'next') && !entities.years.length) weight /= latestWeight ** (this.#newestYear - Math.max(this.#newestYear - 10, ...facts.years));
    else if (time === 'first' && !entities.years.length) {
      const first = Math.min(...entities.kinds.map((kind) => this.#firstYears.get(kind) ?? Infinity));
      if (first < Infinity) weight /= latestWeight ** Math.max(0, Math.min(first + 10, ...facts.years) - first);
    }
    if ((facts.city && entities.cities.includes(facts.city)) || (facts.region && entities.regions.includes(facts.region))) weight *= placeWeight;
    if (facts.kinds.some((kind) => entities.kinds.includes(kind))) weight *= kindWeight;
    return weight;
  }
}
