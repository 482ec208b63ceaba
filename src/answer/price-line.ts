/**
 * "is istiocon 2021 free", "IstioCon 2021 要收费吗", "do speakers get a free ticket": a registration
 * question that asks what taking part costs gets the line that quotes the sentence saying it ("Don’t
 * miss it! Registration is free.", "由社区主导、免费参加、全程线上", "Accepted speakers will receive a
 * complimentary All-Access In-Person ticket…"), under its post's title and with its link, rather than
 * the registration link alone. From the first passages in the question's language, of the event the
 * question names when it names one: a sentence that speaks of a price (free, a fee, complimentary) and
 * of signing up (registration, a ticket, 免费参加). Asked what attending takes ("do I need a KubeCon
 * pass to go to Istio Day"), the sentence that says what one must do to attend ("You must be attending
 * KubeCon to attend Istio Day"). No line when none says it.
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

/** How people ask what attending takes ("do I need a KubeCon pass", "w/o a ticket", "必须…吗"). */
const REQUIREMENT_ASKED = /\b(?:need|needs|must|required?|without)\b|\bw\/o\b|必须|需要.*吗/i;

/** How posts say what attending takes ("You must be attending KubeCon to attend Istio Day", "您必须通过参加 KubeCon…"). */
const REQUIRED = /\b(?:must|required?|requires)\b|必须|只需要?|需要(?:注册|参加|购买)/i;
const ATTENDS = /\battend|\bregist|\btickets?\b|\bpass(?:es)?\b|参加|注册|门票/i;

/** Whether a sentence says the price of signing up, or what signing up takes when that is asked. */
function answersTerms(sentence: string, requirement: boolean): boolean {
  if (sentence.length > MAX_SENTENCE) return false;
  if (requirement) return REQUIRED.test(sentence) && ATTENDS.test(sentence);
  return PRICED.test(sentence) && saysHowToRegister(sentence, NO_LINKS);
}

export function priceLine(question: Question, ranked: RankedPassages, events: readonly string[]): DirectAnswer | undefined {
  if (question.ask !== 'register') return undefined;
  const price = asksPrice(question.text);
  if (!price && !REQUIREMENT_ASKED.test(question.text)) return undefined;
  // The events the answer is about, when the question names one by its year or place ("istiocon 2021", "beijing
  // meetup"); "istio day" alone names the kind, and the event knowledge only picked its latest edition with a link.
  const { years, cities, regions } = question.entities;
  const named = years.length + cities.length + regions.length > 0;
  const about = new Set(named ? events.flatMap((name) => [name, ...colocatedNames(name)]) : []);
  for (const { passage } of ranked.slice(0, PRICE_DEPTH)) {
    if (passage.lang !== question.lang || (about.size && (passage.event === null || !about.has(passage.event)))) continue;
    const said = sentencesOf(passage.text).find((sentence) => answersTerms(sentence, !price));
    if (said) return { text: titled(question.lang, passage.title, said), url: passage.url, lang: question.lang };
  }
  return undefined;
}
