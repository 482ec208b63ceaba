/**
 * "is istiocon 2021 free", "IstioCon 2021 要收费吗", "do speakers get a free ticket": a registration
 * question that asks what taking part costs gets the line that quotes the sentence saying it ("Don’t
 * miss it! Registration is free.", "由社区主导、免费参加、全程线上", "Accepted speakers will receive a
 * complimentary All-Access In-Person ticket…"), under its post's title and with its link, rather than
 * the registration link alone. From the first passages in the question's language, of the event the
 * question names when it names one: a sentence that speaks of a price (free, a fee, complimentary) and
 * of signing up (registration, a ticket, 免费参加). No line when none says it.
 */
import { colocatedNames, emptyLinks } from '../domain/index.js';
import { saysHowToRegister } from '../facts/index.js';
import type { RankedPassages } from '../find/index.js';
import { asksPrice, type Question } from '../understand/index.js';
import type { DirectAnswer } from './types.js';
import { MAX_SENTENCE, sentencesOf, titled } from './who-line.js';

/** How far down the ranking the sentence that gives the price is looked for. */
const PRICE_DEPTH = 5;

/** How posts say what something costs. */
const PRICED = /\bfree\b|\bcomplimentary\b|\bno cost\b|\bcosts?\b|\bprices?\b|\bfees?\b|免费|收费|费用|价格|票价/i;

const NO_LINKS = emptyLinks();

export function priceLine(question: Question, ranked: RankedPassages, events: readonly string[]): DirectAnswer | undefined {
  if (question.ask !== 'register' || !asksPrice(question.text)) return undefined;
  const about = new Set(events.flatMap((name) => [name, ...colocatedNames(name)]));
  for (const { passage } of ranked.slice(0, PRICE_DEPTH)) {
    if (passage.lang !== question.lang || (about.size && (passage.event === null || !about.has(passage.event)))) continue;
    const said = sentencesOf(passage.text).find((sentence) => sentence.length <= MAX_SENTENCE && PRICED.test(sentence) && saysHowToRegister(sentence, NO_LINKS));
    if (said) return { text: titled(question.lang, passage.title, said), url: passage.url, lang: question.lang };
  }
  return undefined;
}
