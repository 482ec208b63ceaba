/**
 * "where do I buy the izzy book", "istio t恤 在哪领": the direct line quotes the sentence of a
 * ranked passage that says where the thing asked about is sold or handed out ("…available at the
 * CNCF store at KubeCon NA in Salt Lake City and the online store shortly after", "展台还发放了新设计的
 * Istio T 恤"), under its post's title and with its link. The ranking chooses the passage: the first of
 * the first page, in the question's language and holding a word of it, that has such a sentence;
 * of its sentences, one that says the way asked for (a store to "buy", a giveaway for "given away"),
 * then the one that holds the most of the question's words (the rarest counting most). A sentence
 * that only says there was a kiosk says nothing of getting anything. From what the posts say: no
 * line when no such passage holds a word of the question, or of its topic (the thing asked about), which `topicOf`
 * works out only for a question asking how to get a thing: the others never need it.
 */
import { emptyLinks, placeOf, regionOf } from '../domain/index.js';
import { namesKiosk, saysGiven, saysGotten, saysHowToRegister, saysSold } from '../facts/index.js';
import type { Ranked, RankedPassages } from '../find/index.js';
import type { Passage } from '../model/index.js';
import { freeAsked, type Question } from '../understand/index.js';
import { elsewhere, otherYear, placeUnsaid } from './elsewhere.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';
import { held, weigh } from './word-share.js';
import { quotingOrder } from './quoting.js';

const HAN = /\p{Script=Han}/u;

/**
 * Words that name no thing to get: "is there anything to pick up", "something free", "order a copy of the book" (the book
 * is the thing), how or when it is got ("buy t-shirts online": the online store's book is no T-shirt; "can i still buy it"),
 * what it is got as ("as a gift"), where, unsaid ("can i buy it somewhere"), in what form ("download the book", "a pdf",
 * 电子版: the posts name no form but the printed book, and say where it is sold), or that it is entered ("how to enter
 * the giveaway": the sentence that says how is about the swag, not entering), or whether it can be had ("available",
 * "purchasable", "in stock", "on sale").
 */
const NO_THING =
  /^(?:anything|something|stuff|things?|cop(?:y|ies)|online|still|gifts?|somewhere|anywhere|someplace|download\w*|e-?books?|pdf|digital|kindle|epub|versions?|paperback|hardcover|电子版|电子书|enter|entered|entering|available|availability|purchasable|buyable|stock|sale)$/i;

/** Who a thing is got for ("the izzy book for my daughter", "as a gift for our team"): a person, no thing asked about. */
const FOR_SOMEONE = /\bfor (?:my|our|his|her|their) ([a-z]+)/gi;

/** How far down the ranking the sentence that says where to get the thing is looked for: the first page. */
const GET_DEPTH = 3;

/** How far down the ranking a post that pointed ahead ("read on to learn how") is followed, asked how. */
const FOLLOW_DEPTH = 10;

/**
 * How a post's introduction points to what follows instead of saying it ("Read on to learn how to
 * participate…", "请阅读下文了解如何参与", "Stay tuned"): such a sentence tells no way to get anything.
 */
const POINTS_AHEAD = /\bread on\b|\bread below\b|\bstay tuned\b|阅读下文|继续阅读|详见下文|敬请期待/i;

/** Selling asked in Chinese ("哪有卖", "有卖吗"): 卖 is no word of the posts, which say 出售 and 购买. */
const SELLING_ASKED = /卖/u;

/** How people ask the way to do something: "how do I win some", "怎么领", "如何获得". */
const HOW_ASKED = /\bhow\b|怎么|怎样|如何|怎麼/i;

/** How people ask what a thing was ("送什么", "what swag"): the sentence that names it answers, not what to do. */
const WHAT_ASKED = /\bwhat\b|\bwhich\b|什么|啥|哪些/i;

/** How people ask who did something beside how a thing is got: "who signed them", "谁签名". */
const WHO_ASKED = /\bwho\b|\bby whom\b|谁/i;

/**
 * What a reader does to get a thing, as posts say it: a hashtag to tweet with, registering or joining, sharing,
 * being among the first registrants ("the first 400 people to register", "前 400 位").
 */
const SAYS_WHAT_TO_DO = /#[\p{L}\d]+|\b(?:tweet|share|register|join|submit|sign up)\b|\bfirst \d+|分享|注册|参加|提交|带上|前 ?\d+ ?[位名]/iu;

export function gettingLine(question: Question, ranked: RankedPassages, topicOf: () => readonly string[] = () => [], passages: readonly Passage[] = []): Lead | undefined {
  if (question.ask !== 'buy') return undefined;
  const { lang, words } = question;
  // The thing asked about ("stickers"), when the question names one beside the project and the events: a passage
  // that does not name it says nothing of getting it (a ticket "to buy" is no sticker). A Chinese question's
  // English words are not held to that: its passages translate them ("kiosk" is 展台). Where things are handed out (the
  // booth, the kiosk: posts call one stand by both) and "anything" name no thing asked about.
  const forWhom = new Set([...question.rest.matchAll(FOR_SOMEONE)].map((match) => (match[1] ?? '').toLowerCase()));
  // Nor is where it was got ("salt lake city istio tshirt?"): the city or region says which event, and the Izzy book's passage
  // naming Salt Lake City says nothing of T-shirts.
  const named = topicOf().filter((word) => (lang !== 'zh' || HAN.test(word)) && !NO_THING.test(word) && !namesKiosk(word) && !forWhom.has(word) && !placeOf(word) && !regionOf(word));
  const thing = named.length ? words.groups.filter((group) => named.includes(group.word)) : words.groups;
  // The way asked for: a store to "buy", a giveaway for "given away" or for a thing asked free ("free copy", "免费拿").
  const asked = wayOf(question.rest) ?? (SELLING_ASKED.test(question.rest) ? 'sold' : freeAsked(question.rest) ? 'given' : null);
  // The sentence of `one` that says how to get the thing, the best for the question; `ahead` when it only points ahead.
  // A passage of the post already found holding the thing (`ofThing`: false) tells of it, whatever words it writes it in.
  const sayingOf = (one: Ranked, ofThing = true): { sentence: string } | { ahead: true } | undefined => {
    const { passage } = one;
    // A passage of another place's event says nothing of what was handed out at the one asked, unless it names that place
    // ("…at KubeCon Europe 2025 in London" in the post of the Salt Lake City launch).
    if (passage.lang !== lang || otherYear(question, passage) || (elsewhere(question, passage) && placeUnsaid(question, passage, passage.text)) || (ofThing && !held(`${passage.title} ${passage.text}`, thing).size)) return undefined;
    const all = sentencesOf(passage.text);
    // A sentence followed by "Stay tuned!" only teases the thing ("a surprise… to be released at the CNCF store").
    const teased = (at: number): boolean => POINTS_AHEAD.test(all[at] ?? '') || POINTS_AHEAD.test(all[at + 1] ?? '');
    const gotten = all.filter((sentence) => sentence.length <= MAX_SENTENCE && saysGotten(sentence) && !ticketOnly(sentence));
    const sentences = gotten.filter((sentence) => !teased(all.indexOf(sentence)));
    if (!sentences.length) return gotten.length ? { ahead: true } : undefined;
    const scores = weigh(sentences.map((sentence) => held(sentence, words.groups)));
    // The thing asked about first (the T-shirts, not the store's other goods), then the way of getting it asked for
    // ("buy": a store; "given away": a giveaway), then the most of the question's words, then the first.
    const rank = (at: number): number[] => {
      const sentence = sentences[at] ?? '';
      return [!named.length || held(sentence, thing).size ? 1 : 0, asked !== null && wayOf(sentence) === asked ? 1 : 0, scores[at] ?? 0];
    };
    return { sentence: sentences[sentences.reduce((kept, _, at) => (compare(rank(at), rank(kept)) > 0 ? at : kept), 0)] ?? '' };
  };
  const found: Found[] = [];
  const ahead = new Set<string>();
  for (const one of quotingOrder(ranked.slice(0, GET_DEPTH))) {
    const said = sayingOf(one);
    if (said && 'ahead' in said) ahead.add(one.passage.postUrl);
    else if (said) found.push({ one, sentence: said.sentence, passedOver: ahead.size > 0 });
  }
  // "buy the book by <its writers>": their names rank the post's passage on their giveaway first; asked to buy, when no
  // sentence found says it is sold, the post's own sentence that does (the store) answers, though it ranks lower. So does
  // that of the post of a first-page passage that names the thing but says nothing of getting it ("哪有卖" of the book: its
  // page's "what came next" ranks first, its opening says where it is sold), after the first found's post.
  const top = found[0]?.one.passage;
  if (asked === 'sold' && !found.some(({ sentence }) => wayOf(sentence) === 'sold')) {
    const naming = ranked.slice(0, GET_DEPTH).flatMap(({ passage }) => (passage.lang === lang && held(`${passage.title} ${passage.text}`, thing).size ? [passage] : []));
    const shown = new Set([...(top ? [top] : []), ...naming]);
    const storePosts = [...new Set([...shown].map((passage) => passage.postId))];
    const inPost = passages.filter((one) => storePosts.includes(one.postId) && !shown.has(one));
    for (const passage of storePosts.flatMap((postId) => inPost.filter((one) => one.postId === postId))) {
      const one = { passage, score: 0, terms: () => [] };
      const said = sayingOf(one, false);
      // Of the post of a passage that only names the thing, the store's sentence of another thing ("the book… launched at the
      // CNCF store", asked to buy a T-shirt) is no answer.
      const ofThing = passage.postId === top?.postId || !named.length || held(said && 'sentence' in said ? said.sentence : '', thing).size > 0;
      if (said && 'sentence' in said && wayOf(said.sentence) === 'sold' && ofThing) {
        found.unshift({ one, sentence: said.sentence, passedOver: true });
        break;
      }
    }
  }
  // Asked where, what it costs or whether it is free ("在哪买", "free?"), not what it was ("送什么"), when no sentence found
  // says where it is had (a store, a kiosk): what to do to get it is what there is to say ("参与者有机会获得 Istio 周边礼品"
  // only says there was swag to win), as when asked how.
  const howAsked = HOW_ASKED.test(question.rest);
  const how = howAsked || (found.length > 0 && !WHAT_ASKED.test(question.rest) && !found.some(({ sentence }) => saysSold(sentence) || namesKiosk(sentence)));
  // Asked how, an introduction's "read on to learn how to take part" is followed: its post's passage below the first
  // page that says what to do ("tweet … with #IstioTurns4") answers, shown first. So is the post of the first passage
  // found when none found says what to do: an introduction that only says there is swag to win ("参与者有机会获得 Istio
  // 周边礼品", a translation that drops the "read on") tells no way to win it.
  const first = found[0]?.one.passage.postUrl;
  if (how && first && !found.some(({ sentence }) => SAYS_WHAT_TO_DO.test(sentence))) ahead.add(first);
  if (how && ahead.size) {
    for (const one of ranked.slice(GET_DEPTH, FOLLOW_DEPTH)) {
      const said = ahead.has(one.passage.postUrl) ? sayingOf(one) : undefined;
      if (said && 'sentence' in said && SAYS_WHAT_TO_DO.test(said.sentence)) found.push({ one, sentence: said.sentence, passedOver: true });
    }
  }
  // Which of them: asked how ("how do I win some"), a sentence of the first passage's post, or of one that pointed
  // ahead, that says what to do (tweet with the hashtag), before one that only says there is swag to be had (another
  // post's "register among the first 400" is another thing's); asked who as well ("…谁签名"), a passage that names
  // someone; then the first that says the way asked for ("where can I buy it": the store, not a giveaway at one
  // event); else the first. The passages keep their order (where to get a thing is what ranking weighs them by
  // already, `wantWeight`), but the passage quoted goes before an introduction passed over for only pointing to it.
  const post = found[0]?.one.passage.postUrl;
  const who = WHO_ASKED.test(question.rest);
  const toDo = ({ one, sentence }: Found): boolean => (one.passage.postUrl === post || ahead.has(one.passage.postUrl)) && SAYS_WHAT_TO_DO.test(sentence);
  // Not asked how, what to do comes after who was asked ("…，谁签名": the passage naming the signers).
  const fits = (one: Found): number[] => [
    howAsked && toDo(one) ? 1 : 0,
    who && one.one.passage.facts.people ? 1 : 0,
    how && toDo(one) ? 1 : 0,
    asked !== null && wayOf(one.sentence) === asked ? 1 : 0,
  ];
  const chosen = found.reduce<Found | undefined>((kept, one) => (kept && compare(fits(one), fits(kept)) <= 0 ? kept : one), undefined);
  if (!chosen) return undefined;
  const { one, sentence } = chosen;
  const direct = { text: titled(lang, one.passage.title, sentence), url: one.passage.url, lang };
  return chosen.passedOver ? { direct, first: one } : { direct };
}

const NO_LINKS = emptyLinks();

/**
 * A sentence that buys only a ticket or a pass ("attendees have the option to buy an All-Access ticket"): signing up, no
 * thing got (swag, a book), unless it says one is handed out too ("the first 400 to register qualified for a T-shirt").
 */
const ticketOnly = (sentence: string): boolean => saysHowToRegister(sentence, NO_LINKS) && !saysGiven(sentence);

/** A passage of the first page that says how to get the thing, the sentence that says it, and whether one above it only pointed to it. */
interface Found {
  one: Ranked;
  sentence: string;
  passedOver: boolean;
}

/** Whether a text speaks of buying or of a giveaway; null when it speaks of neither. */
function wayOf(text: string): 'sold' | 'given' | null {
  return saysSold(text) ? 'sold' : saysGiven(text) ? 'given' : null;
}

/** Compares two ranks, their first difference deciding. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let at = 0; at < Math.max(a.length, b.length); at += 1) if ((a[at] ?? 0) !== (b[at] ?? 0)) return (a[at] ?? 0) - (b[at] ?? 0);
  return 0;
}
