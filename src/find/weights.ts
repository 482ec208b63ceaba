/**
 * A passage's weight for a question: whether it holds what is wanted (a video, a date, a count of
 * the thing asked…), and whether it is of the year, place and kind of event the question names.
 * Split in two so that the per-hit part is plain arithmetic on the passages' `Features`: what
 * depends on the question alone (`Weighing`) is worked out once, `weightOf` runs for every hit.
 */
import { countsAsked, definesSubject, DURATION_TERMS, hanCounted, subjectOf, type Subject } from '../facts/index.js';
import { ANY_EVENT_WORDS, KIND_NAMES } from '../domain/index.js';
import { analyze } from '../store/index.js';
import type { EventKind, Passage } from '../model/index.js';
import { HOLDS, type Features } from './features.js';
import { asksHowLong, bodyTitleOf, countedPhrases, otherBodiesTitleOf, subjectGroups, type Phrases, type Question } from '../understand/index.js';
import type { Ranking } from './ranking.js';

/** What a question weighs passages by. Each factor is 1 when the question does not ask for it. */
export interface Weighing {
  /** A passage with a video (without one: 1 ÷ this). */
  video: number;
  /** A passage with slides (without: 1 ÷ this). */
  slides: number;
  /** A passage with a video, slides or a schedule. */
  talk: number;
  /** A passage that names a date. */
  date: number;
  /** A passage that gives a time of day ("what time does it start"). */
  clock: number;
  /** A passage that gives a count; `counted` more when it counts one of `countedWords`. */
  count: number;
  counted: number;
  countedWords: readonly string[];
  cfp: number;
  people: number;
  outcome: number;
  /** A passage that says where a thing is sold or handed out ("where can I buy…"). */
  shop: number;
  /** A passage that says how to sign up for an event ("how do I register…"). */
  register: number;
  /** A passage that defines `subject`, what a "what is" question asks about (see `PassageFacts.defines`). */
  defined: number;
  subject: Subject | null;
  /** A passage of one of `years`. */
  year: number;
  years: readonly number[];
  /** Divided by `ageWeight` for each year its newest year is older than `newestYear` (at most ten). */
  newestYear: number | null;
  /** Divided by `ageWeight` for each year its oldest year is after `firstYear` (at most ten). */
  firstYear: number | null;
  ageWeight: number;
  /** A passage about an event in one of `places` (cities) or `regions`, as `Features` numbers them. */
  place: number;
  places: readonly number[];
  regions: readonly number[];
  /** A passage about one of the `kinds` of event (bits, as `Features` gives them). */
  kind: number;
  kinds: number;
  /** A passage about the community (an event, people, who was elected), for a topic search: the bot answers about events, not the technology. */
  event: number;
  /**
   * Divides a passage of a post whose title names another governance body than the one the question
   * names (`otherBodies`) and not that one (`bodyTitle`): the TOC's results post is no answer about the Steering Committee.
   */
  body: number;
  bodyTitle: Phrases | null;
  otherBodies: Phrases | null;
}

/** What the corpus tells a weighing: the newest year of any passage, and the year each kind of event was first held. */
export interface WeighingContext {
  newestYear: number;
  firstYears: ReadonlyMap<EventKind, number>;
  /** The year of the first post titled with a governance body, for "the first steering election" (Infinity: none). */
  firstBodyYear: (title: Phrases) => number;
}

/** Words that say no more than "an Istio event": never what a count counts. */
const EVENT_TERMS = new Set(ANY_EVENT_WORDS.flatMap(analyze));

/**
 * The words a "how many" question counts, as a count's `counted` gives them: the noun it names
 * ("how many community seats": commun, seat; "多少家公司": 家, 家公, 公司), else all its words.
 */
export function countedWordsOf(question: Question): string[] {
  const named = countedPhrases(question.rest)
    // 个 is every noun's measure word: "几个人" counts 人, "几个席位" 席位.
    .map((phrase) => phrase.replace(/^个(?=\p{Script=Han})/u, ''))
    .flatMap((phrase) => (/^\p{Script=Han}/u.test(phrase) ? hanCounted(phrase) : analyze(phrase)))
    // "istio-related sessions" counts sessions: "60+ Istio meshes" counts no sessions.
    .filter((term) => !EVENT_TERMS.has(term));
  // "how many sponsors istio day chicago" counts sponsors: the event and the city it names say of what ("four-day" is no
  // sponsor), unless nothing else is left to count.
  const naming = namingTerms(question);
  const counted = named.filter((term) => !naming.has(term));
  if (counted.length || named.length) return counted.length ? counted : named;
  // "how long is a lightning talk": a count of minutes answers it ("a 5-minute presentation"), not one of talks.
  return asksHowLong(question.rest) ? [...DURATION_TERMS] : question.words.groups.flatMap((group) => group.alternatives.flat());
}

/** The index terms of the kinds of event and the cities a question names. */
function namingTerms({ entities }: Question): Set<string> {
  const kinds = KIND_NAMES.filter((kind) => entities.kinds.includes(kind.kind)).flatMap((kind) => kind.aliases);
  return new Set([...kinds, ...entities.cities].flatMap(analyze));
}

/** The numbers of the places a question names that some passage is about. */
const numbered = (places: readonly string[], features: Features): number[] => places.map((place) => features.placeNumber(place)).filter((number) => number >= 0);

/** How `question` weighs passages, or null when it weighs them all alike (most questions: no call per hit). */
export function weighingOf(question: Question, ranking: Ranking, context: WeighingContext, features: Features): Weighing | null {
  const { words, entities, time, subject } = question;
  // "wasm", "ambient talks": what was said about it at an event comes before a technical post on it.
  const topic = question.ask === 'search' || question.ask === 'talks';
  const bodyTitle = bodyTitleOf(question);
  const neutral = !topic && !words.wants.length && !entities.years.length && time === null && !entities.cities.length && !entities.regions.length && !entities.kinds.length && !bodyTitle;
  if (neutral) return null;
  const wants = (want: (typeof words.wants)[number], weight: number): number => (words.wants.includes(want) ? weight : 1);
  const noYear = !entities.years.length;
  // "the first istiocon": the year that kind was first held; "第一届社区席位选举", "the first toc election", naming a body
  // and no kind of event: the year of its first post, not the newest election's, which otherwise ranks first.
  const first = entities.kinds.length || !bodyTitle || time !== 'first' ? Math.min(...entities.kinds.map((kind) => context.firstYears.get(kind) ?? Infinity)) : context.firstBodyYear(bodyTitle);
  return {
    video: wants('video', ranking.wantWeight),
    slides: wants('slides', ranking.wantWeight),
    talk: wants('talk', ranking.talkWeight),
    date: wants('date', ranking.wantWeight),
    clock: wants('clock', ranking.clockWeight),
    count: wants('number', ranking.wantWeight),
    counted: wants('number', ranking.countWeight),
    countedWords: words.wants.includes('number') ? countedWordsOf(question) : [],
    cfp: wants('cfp', ranking.cfpWeight),
    people: wants('people', ranking.peopleWeight),
    outcome: wants('outcome', ranking.outcomeWeight),
    shop: wants('shop', ranking.wantWeight),
    register: wants('register', ranking.wantWeight),
    defined: wants('definition', ranking.definitionWeight),
    subject: words.wants.includes('definition') && subject !== null ? subjectOf(subjectGroups(question)) : null,
    year: ranking.yearWeight,
    years: entities.years,
    // A year after every post's ("toc election 2027", "next year's istio day") is still to come: as "next", the newest answer.
    newestYear: (noYear && (time === 'latest' || time === 'next')) || (!noYear && entities.years.every((year) => year > context.newestYear)) ? context.newestYear : null,
    firstYear: noYear && time === 'first' && first < Infinity ? first : null,
    ageWeight: ranking.latestWeight,
    place: ranking.placeWeight,
    places: numbered(entities.cities, features),
    regions: numbered(entities.regions, features),
    kind: ranking.kindWeight,
    kinds: features.kindBits(entities.kinds),
    event: topic ? ranking.eventWeight : 1,
    body: bodyTitle ? ranking.bodyWeight : 1,
    bodyTitle,
    otherBodies: otherBodiesTitleOf(question),
  };
}

/** The weight of passage `id` under `w`. (Language is not weighed here: it is `languageFirst`, in the combiner.) */
export function weightOf(id: number, features: Features, passages: readonly Passage[], w: Weighing): number {
  const holds = features.holds[id] as number;
  let weight = holds & HOLDS.video ? w.video : 1 / w.video;
  weight *= holds & HOLDS.slides ? w.slides : 1 / w.slides;
  if (holds & (HOLDS.video | HOLDS.slides | HOLDS.schedule)) weight *= w.talk;
  if (holds & HOLDS.date) weight *= w.date;
  if (holds & HOLDS.clock) weight *= w.clock;
  if (holds & HOLDS.count) {
    weight *= w.count;
    // "How many seats": a count of seats, above a count of something else.
    if (w.countedWords.length && countsAsked(w.countedWords, (passages[id] as Passage).facts.counted ?? [])) weight *= w.counted;
  }
  if (holds & HOLDS.cfp) weight *= w.cfp;
  if (holds & HOLDS.people) weight *= w.people;
  // "Who won / who was elected": the passage that names them, above the call for candidates.
  if (holds & HOLDS.outcome) weight *= w.outcome;
  if (holds & HOLDS.shop) weight *= w.shop;
  // "Where can I buy it": the passage that links to the store, above one that says there was a kiosk or a store.
  if (holds & HOLDS.store) weight *= w.shop;
  if (holds & HOLDS.register) weight *= w.register;
  if (w.subject && definesSubject((passages[id] as Passage).facts.defines, w.subject, (passages[id] as Passage).title)) weight *= w.defined;
  if (features.inYears(id, w.years)) weight *= w.year;
  else if (w.newestYear !== null) weight /= w.ageWeight ** (w.newestYear - features.newest(id, w.newestYear - 10));
  else if (w.firstYear !== null) weight /= w.ageWeight ** Math.max(0, features.oldest(id, w.firstYear + 10) - w.firstYear);
  if (w.places.includes(features.city[id] as number) || w.regions.includes(features.region[id] as number)) weight *= w.place;
  if ((features.kinds[id] as number) & w.kinds) weight *= w.kind;
  if (w.event !== 1 && holds & (HOLDS.people | HOLDS.outcome | HOLDS.event)) weight *= w.event;
  if (w.bodyTitle && w.otherBodies?.test((passages[id] as Passage).title) && !w.bodyTitle.test((passages[id] as Passage).title)) weight /= w.body;
  return weight;
}
