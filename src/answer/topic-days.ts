/**
 * "talks about ai", "observability talks": a day co-located with a conference and named after a topic (Cloud Native AI
 * Day, Observability Day, Platform Engineering Day) is named by its "day" (日: "AI 日", "可观测性日"); its topic said
 * alone is what talks everywhere are about, not that day's one Istio talk.
 */
import type { EventInfo } from '../model/index.js';
import { EventMatcher } from './event-match.js';
import { nameWords } from './name-words.js';

/** A topic's day: a co-located event whose name says "Day" after its topic ("Cloud Native AI"). */
const TOPIC_DAY = /^(.+?)\s+Day\b/u;
/** The foundation's own words, which it says of everything it runs (Cloud Native AI Day, the Cloud Native Theater): no topic. */
const FOUNDATION_WORDS: readonly string[] = ['cloud', 'native'];
/**
 * "day" as a word, or 日 after no digit (the 日 of a date, "19日", names no day of a topic); or the foundation's words:
 * they name the day, never its topic.
 */
const DAY_SAID = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:day|${FOUNDATION_WORDS.join('|')})(?![\p{L}\p{N}])|(?<!\d\s*)日|云原生`, 'iu');

/** The words of the topic of `event` when it is a topic's day ("ai" of Cloud Native AI Day), else none. */
function topicWords(event: Pick<EventInfo, 'kind' | 'name'>): string[] {
  const topic = event.kind === 'co-located' ? TOPIC_DAY.exec(event.name)?.[1] : undefined;
  return topic ? nameWords(topic).filter((word) => !FOUNDATION_WORDS.includes(word)) : [];
}

/**
 * Events found from what users type (`EventMatcher`); a topic's day is not named by its topic's words without its "day"
 * ("talks about ai"), and is by anything else that names it ("the paris one": Observability Day was held in Paris).
 */
export class DayAwareMatcher {
  readonly #all: EventMatcher;
  readonly #withoutDays: EventMatcher;
  /** The topics' words, said as words; null when no event is a topic's day. */
  readonly #topicSaid: RegExp | null;

  /** As `EventMatcher`'s: the event names worth finding, each with a date; `events` describe them where known. */
  constructor(names: ReadonlyMap<string, string | null>, events: readonly EventInfo[]) {
    this.#all = new EventMatcher(names, events);
    const days = events.filter((event) => topicWords(event).length > 0);
    const words = [...new Set(days.flatMap(topicWords))];
    this.#topicSaid = words.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\p{L}\p{N}])`, 'iu') : null;
    const named = new Set(days.map((event) => event.name));
    this.#withoutDays = named.size ? new EventMatcher(new Map([...names].filter(([name]) => !named.has(name))), events) : this.#all;
  }

  /** The last text read and its matcher: a question's words are tested one by one against the same text. */
  #last: { text: string; matcher: EventMatcher } | null = null;

  /** The matcher to read `text` with. */
  for(text: string): EventMatcher {
    if (this.#last?.text !== text) this.#last = { text, matcher: this.#topicSaid?.test(text) && !DAY_SAID.test(text) ? this.#withoutDays : this.#all };
    return this.#last.matcher;
  }
}
