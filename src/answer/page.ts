/** One page of an answer's passages, and the reorderings the answer stage makes before reading it. */
import { colocatedNames, PAGE_SIZE } from '../domain/index.js';
import { findMarks, type Ranked, type RankedPassages } from '../find/index.js';
import type { EventInfo, Lang, Passage } from '../model/index.js';
import { happenedAfterAsked, type Question } from '../understand/index.js';
import type { EventPart } from './about-events.js';
import type { Answer, AnswerOptions, Result } from './types.js';

/** How far down the ranking "the next / the latest" looks for the passages of the event it answers with. */
const EVENT_FIRST_DEPTH = 50;

/** The ranking with `first` moved to the top, in their order; the rest as ranked. */
export function withFirst(ranked: RankedPassages, first: readonly Ranked[]): RankedPassages {
  if (!first.length) return ranked;
  const ids = new Set(first.map((one) => one.passage.id));
  return {
    length: ranked.length,
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
  const head = ranked.slice(0, EVENT_FIRST_DEPTH);
  const told = toldNext(head, question, known.lookedPast, passages);
  if (!question.time || !only || other) return withFirst(ranked, told);
  const names = new Set([only.name, ...colocatedNames(only.name)]);
  const first = head.filter((one) => one.passage.event !== null && names.has(one.passage.event)).slice(0, PAGE_SIZE - 1);
  return withFirst(ranked, [...told, ...first].slice(0, PAGE_SIZE - 1));
}

/** The headings under which a post on an event tells what followed it (the project's event posts: "What came next", "后续"). */
const NEXT_HEADING = /\bwhat came next\b|\bafterwards\b|后续/iu;

/**
 * "what happened after istiocon 2022": asked what happened after a past event (not which event came next), the
 * passage of that event's post that tells what followed, before the next event's own; from every passage, since a
 * post shows only its two best in the ranking.
 */
function toldNext(head: readonly Ranked[], question: Question, past: EventInfo | undefined, passages: readonly Passage[]): Ranked[] {
  if (!past || !happenedAfterAsked(question.text)) return [];
  const tells = (passage: Passage): boolean => passage.event === past.name && passage.lang === question.lang && NEXT_HEADING.test(passage.headings.at(-1) ?? '');
  const ranked = head.find(({ passage }) => tells(passage));
  if (ranked) return [ranked];
  const passage = passages.find(tells);
  return passage ? [{ passage, score: head[0]?.score ?? 0, terms: () => [] }] : [];
}

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
