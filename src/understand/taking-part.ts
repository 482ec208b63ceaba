/**
 * How people ask to take part: to sign up (and what it costs) or to get a thing. The words of
 * these asks that only say what is wanted ("sign up", "cost money", "pick up") rank the passages
 * rather than being required of them; the intents themselves are read by `intents.ts`.
 */
import { ATTENDING, GOODS, SHIRTS, wordsOf } from './intents.js';
import { phrasesOf } from './phrases.js';
import { fromAwayWords, heldAsked, HOW_HELD, joinedFromAway, PAYING, ticketBought } from './register-asks.js';
import { kindIn } from '../domain/index.js';
import type { Ask } from './types.js';

/** The words that ask to register, beside asking how to take part ("怎么参加" a birthday campaign is no registration). */
const SIGNING_UP = phrasesOf(wordsOf('register').filter((word) => !ATTENDING.includes(word)));

/**
 * Whether the question asks about registering itself (a ticket, a sign-up, what it costs), not only how to take part; a
 * ticket bought with what it is for between ("先买 KubeCon 的票") is one.
 */
export function signsUp(text: string): boolean {
  return SIGNING_UP.test(text) || ticketBought(text);
}

/** The English phrases that ask to sign up or to get a thing, each with its pattern. */
const TAKING_PHRASES = [...wordsOf('register'), ...wordsOf('buy')]
  .filter((phrase) => /^[a-z' -]+$/.test(phrase) && !GOODS.includes(phrase) && !SHIRTS.includes(phrase))
  .map((phrase) => ({ words: phrase.split(/[\s-]+/), pattern: phrasesOf([phrase]) }));

/**
 * Words that ask what signing up costs ("how much does istiocon cost", "is it free or paid"): the
 * registration passage answers ("Registration is free"), whatever it costs and whichever word it uses.
 */
const PRICE = ['cost', 'costs', 'price', 'prices', 'pricing', 'free', 'paid', 'pay', 'fee', 'fees', 'charge', 'money'];
const PRICE_WORDS = PRICE.map((word) => ({ words: [word], pattern: phrasesOf([word]) }));

/** Whether a thing is to be had ("available online", "in stock", "is buying it possible"): what is wanted of it, which the sentence that says where it is sold need not say. */
const HAD_WORDS = ['available', 'availability', 'in stock', 'possible'].map((phrase) => ({ words: phrase.split(' '), pattern: phrasesOf([phrase]) }));

/** How people ask what taking part costs, in en and zh ("is it free", "how much is a ticket", "要收费吗", "需要买票吗"). */
const PRICE_ASKED = phrasesOf([...PRICE, 'how much', 'discount', 'promo', 'coupon', 'voucher', '收费', '免费', '费用', '价格', '票价', '多少钱', '要钱', '买票', '购票', '优惠', '折扣', ...PAYING]);

/** Whether a question asks what taking part costs: the sentence that says so answers it better than the registration link. */
export function asksPrice(text: string): boolean {
  return PRICE_ASKED.test(text);
}

const HOW_HELD_ASKED = phrasesOf(HOW_HELD);

/** Whether a question asks if an event is held online or on site ("in person or virtual", "线上还是线下"): the sentence that says so answers it. */
export function asksHowHeld(text: string): boolean {
  // "线上 还是 线下" is 线上还是线下: a space between two Chinese words splits no word (as `askOf` reads it).
  return HOW_HELD_ASKED.test(text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')) || heldAsked(text) || (kindIn(text) !== null && joinedFromAway(text));
}

const DATE_ASKED = phrasesOf(wordsOf('when'));

/** How people ask when registration itself opens or closes: a date of the registration, not of the event. */
const OPENING = /\b(?:open|opens|opened|opening|close|closes|closed|closing|deadline|starts?|started|ends?|ended)\b|开放|开始|开启|截止|结束/i;

/** How people ask when something opened or was announced, not when it closes: "when did registration open", "征稿公告". */
const OPENED_ASKED = /\b(?:open|opens|opened|opening|start|starts|started|announced?|announcement|launch(?:ed)?)\b|开放|开始|开启|公告|宣布|公布|发布/i;

/**
 * Whether a question asks the date a registration or a call for proposals opened ("when did signups open", "征稿公告是几号"):
 * the sentence that says so answers, not the event's dates nor the call's deadline.
 */
export function asksOpening(text: string): boolean {
  return DATE_ASKED.test(text) && OPENED_ASKED.test(text) && !/\b(?:close|closes|closed|closing|deadline|ends?|ended)\b|截止|结束|关闭/i.test(text);
}

/**
 * Whether a registration question asks the event's date too ("register for istio day london, which day is it"): its line
 * gives it. Not when it asks when registration opens or closes, which the event's dates would seem to answer.
 */
export function asksDateToo(text: string): boolean {
  return DATE_ASKED.test(text) && !OPENING.test(text);
}

/**
 * The words of the phrases in `text` that ask to sign up or to get a thing ("cost money", "sign
 * up", "pick up"), and for a registration what it costs: they say what is wanted, and the passage
 * that answers need not hold them.
 */
export function takingWords(text: string, ask: Ask): string[] {
  // A thing's price ("the izzy book, cost?") or whether it is to be had ("available") says what is wanted of it, as a
  // registration's price does; "free" still names a giveaway.
  const phrases = ask === 'register' ? [...TAKING_PHRASES, ...PRICE_WORDS] : [...TAKING_PHRASES, ...PRICE_WORDS.filter(({ words }) => words[0] !== 'free'), ...HAD_WORDS];
  // "can i join istio day amsterdam online": joining and "online" ask how it is held; the passage that says so need not hold them.
  const away = ask === 'register' && kindIn(text) !== null ? fromAwayWords(text) : [];
  // "礼品 怎么参加": how to take part, asked of a thing, is the way it is got that is wanted; 参加 names no thing.
  const joining = ask === 'buy' && JOINING_ASKED.test(text) ? ['参加', 'attend'] : [];
  return [...phrases.filter(({ pattern }) => pattern.test(text)).flatMap(({ words }) => words), ...away, ...joining];
}

/** How to take part, asked ("怎么参加", "how to attend"), as `ATTENDING` says it. */
const JOINING_ASKED = phrasesOf(ATTENDING);

/** "Free", in en and zh. */
const FREE = phrasesOf(['free', 'for free', '免费']);

/**
 * The words of taking a thing: asked beside "free" ("can I get one for free", "可以免费拿吗"), they ask how it is got; so
 * do the book and copies said free ("were there free copies of the book", "the izzy book, free or not"), which the
 * authors gave away (not "a free copy", which may ask whether something can be had without paying).
 */
const TAKING = phrasesOf(['get', 'take', 'grab', 'copies', 'book', 'books', '拿', '领', '取', '书']);

/**
 * Whether a question asks whether one may take a thing free ("can I get a copy for free", "可以免费拿吗"): how it is
 * got, as "where can I get one" asks, when nothing else is asked ("is it free" asks what registering costs).
 */
export function freeThingAsked(text: string): boolean {
  return FREE.test(text) && TAKING.test(text);
}

/** Whether a question says "free" ("a free copy", "免费拿"): a giveaway answers it, not a store. */
export function freeAsked(text: string): boolean {
  return FREE.test(text);
}

/** "who was on …", "who were at …": who took part in an event, nothing else asked of it. */
const TOOK_PART = /\bwho\s+(?:from\s+\S+(?:\s+\S+)?\s+)?(?:(?:was|were)\s+(?:on|at)|appeared\s+(?:on|in|at)|took\s+part\s+in)\b/i;

export function whoTookPartAsked(text: string): boolean {
  return TOOK_PART.test(text);
}

/**
 * "who ran the contribfest", "who led the maintainer track", "谁主持的维护者专场": who gave a session of the project's, which
 * is one session, so who ran it is who gave it (who ran an Istio Day is who organised it, no speaker of its talks).
 */
const RAN_IT = /\bwho\s+(?:ran|runs?|led|leads?|did|does|gave|gives|delivered|presented|hosted|hosts|moderated|facilitated)\b|谁(?:主持|带|负责|讲|做)/i;

export function whoRanAsked(text: string): boolean {
  return RAN_IT.test(text);
}
