/**
 * "how long was istiocon 2021", "istiocon 2021 持续了多久": how long an event went on, when the knowledge holds no last day
 * for it (`datesAsked` then gives no dates: a start alone would read as one day), is answered by the sentence of its
 * passages that says the length in words, without a count: "IstioCon 2021 is a weeklong, community-led, virtual
 * conference…", "…为期一周的…", "a half-day event". That passage is shown first. Pure.
 */
import type { RankedPassages } from '../find/index.js';
import type { EventInfo, Passage } from '../model/index.js';
import { asksHowLong, talksAsked, talkSizeAsked, type Question } from '../understand/index.js';
import type { Lead } from './page.js';
import { sentencesOf, titled } from './sentences.js';

/** A length said in words: "weeklong", "week-long", "a half-day", "all-day", "two-day"; "为期一周", "持续一周", "半天". */
const SPAN =
  /(?<![\p{L}])(?:week-?long|day-?long|half-day|full-day|all-day|(?:one|two|three|four|five|multi)-day)(?![\p{L}])|为期\s*[一二两三四五六七八九十\d]+\s*(?:天|周|日)|持续\s*[一二两三四五六七八九十\d]+\s*(?:天|周)|半天|全天/iu;

/** How far down the ranking the sentence is looked for: the first page and two more. */
const SPAN_DEPTH = 5;

/**
 * The line, of the events the question names (`events`, the event knowledge's) or of the first passage's when none: from
 * the first passages, else from any passage of the event (`passages`, the corpus's), which ranks low when the question's
 * words are all about counting ("how long": a passage with numbers ranks first).
 */
export function spanLine(question: Question, ranked: RankedPassages, events: readonly EventInfo[], passages: readonly Passage[]): Lead | undefined {
  const { ask, rest, lang } = question;
  if (ask !== 'how-many' || !asksHowLong(rest) || talksAsked(rest) || talkSizeAsked(rest)) return undefined;
  // An event whose last day the knowledge holds is answered by its dates.
  if (events.some((event) => event.end !== null)) return undefined;
  const head = ranked.slice(0, SPAN_DEPTH);
  const first = head[0]?.passage.event;
  const names = new Set(events.length ? events.map((event) => event.name) : first ? [first] : []);
  const ofEvent = (passage: Passage): boolean => passage.lang === lang && (names.size === 0 || (passage.event !== null && names.has(passage.event)));
  const spanning = (passage: Passage): string | undefined => (ofEvent(passage) ? sentencesOf(passage.text).find((said) => SPAN.test(said)) : undefined);
  const shown = head.find(({ passage }) => spanning(passage) !== undefined);
  const elsewhere = shown || !names.size ? undefined : passages.find((passage) => spanning(passage) !== undefined);
  const found = shown ?? (elsewhere ? { passage: elsewhere, score: 0, terms: () => [] } : undefined);
  const sentence = found ? spanning(found.passage) : undefined;
  if (!found || !sentence) return undefined;
  const direct = { text: titled(lang, found.passage.title, sentence), url: found.passage.url, lang };
  return found === head[0] ? { direct } : { direct, first: found };
}
