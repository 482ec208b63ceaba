/** One page of an answer's passages, and the reorderings the answer stage makes before reading it. */
import { colocatedNames, findDates, PAGE_SIZE } from '../domain/index.js';
import { findMarks, type Ranked, type RankedPassages } from '../find/index.js';
import type { EventInfo, Lang, Passage } from '../model/index.js';
import { happenedAfterAsked, type Question } from '../understand/index.js';
import type { EventPart } from './about-events.js';
import { recapPointer } from './recap-pointer.js';
import type { Answer, AnswerOptions, Result } from './types.js';

/** How far down the ranking "the next / the latest" looks for the passages of the event it answers with. */
const EVENT_FIRST_DEPTH = 50;

/** The ranking with `first` moved to the top, in their order; the rest as ranked. `added`: how many of `first` it lacks. */
export function withFirst(ranked: RankedPassages, first: readonly Ranked[], added = 0): RankedPassages {
  if (!first.length) return ranked;
  const ids = new Set(first.map((one) => one.passage.id));
  return {
    length: ranked.length + added,
    slice: (start = 0, end = ranked.length) => [...first, ...ranked.slice(0, end).filter((one) => !ids.has(one.passage.id))].slice(start, end),
  };
}

/**
 * For "the next / the latest" questions the event knowledge answers, the first passages of that
 * event (or the conference it is co-located with) come first, and the best of the rest keeps the
 * last place of the first page: the event knowledge may name another event than the one meant.
 */
export function eventFirst(ranked: RankedPassages, question: Question, known: EventPart, passages: readonly Passage[]): RankedPassages {
  const [only, other] = known.events ?? [];
  // "the istio day before london" says no time word, but its line names the one event before it, as "the next" does.
  const timed = (question.time !== null || known.lookedFrom !== undefined) && only !== undefined && other === undefined;
  const past = known.lookedFrom?.direction === 'after' ? known.lookedFrom.event : undefined;
  // Walking the ranking this deep costs more than the rest of the page: only when something may move.
  if (!timed && !past) return ranked;
  const head = ranked.slice(0, EVENT_FIRST_DEPTH);
  const told = toldNext(head, question, past, passages);
  if (!timed) return withFirst(ranked, told);
  const names = new Set([only.name, ...colocatedNames(only.name)]);
  const about = head.filter((one) => one.passage.event !== null && names.has(one.passage.event));
  // Asked which one and when or where, one passage that dates it as the line does leads ("…took place on 10 November
  // 2025 in Atlanta"), not one that only matched a word of the question ("the session … took the crowd").
  // From every passage when none ranks (as `toldNext`): a question about the event before it ranks that one's.
  const dates = datesEvent(only, question.lang);
  const dating = DATED_ASKS.has(question.ask) && only.start ? about.filter(({ passage }) => dates(passage)).slice(0, 1) : [];
  const dated = dating.length || !DATED_ASKS.has(question.ask) ? undefined : passages.find(dates);
  if (dated) dating.push({ passage: dated, score: head[0]?.score ?? 0, terms: () => [] });
  const first = [...dating, ...about.filter((one) => !dating.includes(one))].slice(0, PAGE_SIZE - 1);
  // Asked what happened after it, the passage that tells what followed leads; asked which event followed, the one the line
  // names does, and the passage that says it followed comes next, as the line's evidence.
  const ordered = happenedAfterAsked(question.rest) ? [...told, ...first] : [...first.slice(0, 1), ...told, ...first.slice(1)];
  // The passage found among all is outside the ranking when the head is the whole of it: counted in the total.
  return withFirst(ranked, ordered.slice(0, PAGE_SIZE - 1), dated && ranked.length <= head.length ? 1 : 0);
}

/** Whether a passage of `event` in `lang` dates it ("…took place on 10 November 2025 in Atlanta"): its post's opening, most often. */
export function datesEvent(event: EventInfo, lang: Lang): (passage: Passage) => boolean {
  return (passage) => passage.event === event.name && passage.lang === lang && passage.facts.date === true && datesOn(passage.text, event.start ?? '');
}

/** The asks of an event itself (which one, when, where), not of its talks, links or people. */
const DATED_ASKS: ReadonlySet<Question['ask']> = new Set(['latest', 'when', 'where']);

/** Whether `text` names the day `iso` (YYYY-MM-DD), alone or as the first of a range. */
function datesOn(text: string, iso: string): boolean {
  const [, month, day] = iso.split('-').map(Number);
  return findDates(text).some((mention) => mention.month === month && mention.day === day);
}

/** The headings under which a post on an event tells what followed it (the project's event posts: "What came next", "后续"). */
const NEXT_HEADING = /\bwhat came next\b|\bafterwards\b|后续/iu;

/**
 * "what happened after istio day paris": asked what happened after a past event (not which event came next), the
 * passages that tell what followed, before the next event's own: the recap's farewell naming the next stop
 * (`recapPointer`), then the project's post's "What came next"; from every passage, since a post shows only its two best
 * in the ranking.
 */
function toldNext(head: readonly Ranked[], question: Question, past: EventInfo | undefined, passages: readonly Passage[]): Ranked[] {
  if (!past) return [];
  const ranked = (passage: Passage): Ranked => head.find((one) => one.passage === passage) ?? { passage, score: head[0]?.score ?? 0, terms: () => [] };
  // The recap's own words first ("See you in Paris in March 2024!"), as it was published, then the project's post's.
  const pointer = recapPointer(past, question.lang, passages)?.passage;
  const tells = (passage: Passage): boolean => passage.event === past.name && passage.lang === question.lang && NEXT_HEADING.test(passage.headings.at(-1) ?? '');
  const told = head.find(({ passage }) => tells(passage))?.passage ?? passages.find(tells);
  return [...new Set([pointer, told])].flatMap((passage) => (passage ? [ranked(passage)] : []));
}

/** How far down the ranking a "where" question looks for the passage that names the venue its line gives. */
const VENUE_DEPTH = 10;

/**
 * "where was istio day europe 2023": beside the line naming the venue, the first passage about that event that names
 * it too ("…at the RAI in Amsterdam…") is shown first, rather than an announcement that names only the city.
 */
export function venueFirst(question: Question, ranked: RankedPassages, event: EventInfo | undefined): Pick<Lead, 'first'> {
  const venue = question.ask === 'where' ? event?.venue : null;
  if (!venue || !event) return {};
  const names = new Set([event.name, ...colocatedNames(event.name)]);
  const first = ranked
    .slice(0, VENUE_DEPTH)
    .find(({ passage }) => passage.lang === question.lang && passage.event !== null && names.has(passage.event) && namesVenue(passage.text, venue));
  return first ? { first } : {};
}

/** Whether `text` names `venue`: as whole words where it is written in Latin letters ("RAI", not "TRAIN"). */
function namesVenue(text: string, venue: string): boolean {
  for (let at = text.indexOf(venue); at >= 0; at = text.indexOf(venue, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + venue.length);
    if (!LATIN_LETTER.test(before + venue.charAt(0)) && !LATIN_LETTER.test(venue.charAt(venue.length - 1) + after)) return true;
  }
  return false;
}
/** Two Latin letters or digits side by side: a word that runs on. */
const LATIN_LETTER = /^[\p{Script=Latin}\d]{2}$/u;

/** The line of an answer, and the ranked passage it quotes when it quotes one: that passage is shown first. */
export interface Lead {
  direct?: Answer['direct'];
  first?: Ranked;
}

/** One page of the ranking: `limit` (default PAGE_SIZE) passages from `offset` (default 0), how many there are, and the line `leadOf` reads from the ranking. */
export function page(ranked: RankedPassages, options: AnswerOptions, lang: Lang, leadOf: (ranked: RankedPassages) => Lead): Pick<Answer, 'results' | 'total' | 'offset' | 'direct'> {
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(1, options.limit ?? PAGE_SIZE);
  const { direct, first } = leadOf(ranked);
  const shown = first ? withFirst(ranked, [first]) : ranked;
  return { total: ranked.length, offset, results: shown.slice(offset, offset + limit).map((one) => toResult(one, lang)), ...(direct ? { direct } : {}) };
}

function toResult(ranked: Ranked, lang: Lang): Result {
  const { passage, score } = ranked;
  return {
    ...(passage.lang === lang ? {} : { otherLanguage: true }),
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
