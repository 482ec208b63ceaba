/**
 * "what time was the coffee break at the beijing meetup", "北京 meetup 几点签到": asked the hour of one item of a
 * programme, the line quotes the row of a timetable on the first page that gives a time beside that item ("15:30 - 15:45 |
 * 茶歇交流"), under its post's title, and that passage comes first. The day of the event, or its opening hours, answer
 * another question; asked the hour of the event itself, the first such sentence about it answers (`hoursLine`). From what
 * the posts say: no line when no row with a time holds the item's words.
 */
import type { Ranked, RankedPassages } from '../find/index.js';
import { mentionsClockTime } from '../facts/index.js';
import { analyze } from '../store/index.js';
import type { Question } from '../understand/index.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** How far down the ranking a timetable row is looked for: the first page. */
const ROW_DEPTH = 3;

/** A row of a timetable: led by its time ("15:30 - 15:45 | 茶歇交流", "12:30–13:00 PDT slot, by …"). */
const LED_BY_TIME = /^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d/u;

/**
 * How much of `word` a sentence's index terms say: the share of its terms they hold ("ebpf": all or none; "茶歇是", a Han
 * run the question did not write apart, by its bigrams: 茶歇 of "茶歇交流" is half of it).
 */
function share(terms: ReadonlySet<string>, word: string): number {
  const own = analyze(word);
  return own.length ? own.filter((term) => terms.has(term)).length / own.length : 0;
}

interface Row {
  text: string;
  terms: ReadonlySet<string>;
  at: number;
}

/**
 * The row to quote: of the first page's passages in the question's language, the sentence (a timetable's row is one) that
 * gives a time of day and holds the most of the topic's words, each weighed by how few of the page's sentences hold it: a word many
 * of them say (the venue, "信通院") names the event, the one that picks out a row (茶歇) the item asked about. On a tie a
 * row led by its time, else the first.
 */
export function clockRowLine(question: Question, ranked: RankedPassages, topicOf: () => readonly string[], event?: string): Lead | undefined {
  if (!question.words.wants.includes('clock')) return undefined;
  const head = ranked.slice(0, ROW_DEPTH);
  const topic = topicOf();
  if (!topic.length) return event === undefined ? undefined : hoursLine(question, head, event);
  const sentences: Row[] = head.flatMap(({ passage }, at) => (passage.lang === question.lang ? sentencesOf(passage.text).map((text) => ({ text, terms: new Set(analyze(text)), at })) : []));
  const saying = new Map(topic.map((word) => [word, sentences.filter((sentence) => share(sentence.terms, word) > 0).length]));
  const weight = (row: Row): number => topic.reduce((sum, word) => sum + share(row.terms, word) / Math.max(1, saying.get(word) ?? 1), 0);
  let best: { row: Row; weight: number; led: boolean } | undefined;
  for (const row of sentences) {
    if (row.text.length > MAX_SENTENCE || !mentionsClockTime(row.text)) continue;
    const [held, led] = [weight(row), LED_BY_TIME.test(row.text)];
    if (held > (best?.weight ?? 0) || (held > 0 && held === best?.weight && led && !best.led)) best = { row, weight: held, led };
  }
  const one = best ? head[best.row.at] : undefined;
  if (!best || !one) return undefined;
  const direct = { text: titled(question.lang, one.passage.title, best.row.text), url: one.passage.url, lang: question.lang };
  return best.row.at === 0 ? { direct } : { direct, first: one };
}

/**
 * "北京 meetup 几点结束", "what time did the twitch stream end": asked the hour of the one event named, nothing in it, the
 * first sentence of a first-page passage about that event that gives a time of day ("…on the afternoon of 10 July 2021
 * (13:30–17:30 CST)…"): its day alone is no answer.
 */
function hoursLine(question: Question, head: readonly Ranked[], event: string): Lead | undefined {
  for (const one of head) {
    const { passage } = one;
    if (passage.lang !== question.lang || passage.event !== event) continue;
    const said = sentencesOf(passage.text).find((sentence) => sentence.length <= MAX_SENTENCE && mentionsClockTime(sentence));
    if (!said) continue;
    const direct = { text: titled(question.lang, passage.title, said), url: passage.url, lang: question.lang };
    return one === head[0] ? { direct } : { direct, first: one };
  }
  return undefined;
}
