/**
 * "is istiocon 2021 free", "IstioCon 2021 要收费吗", "do speakers get a free ticket": a registration
 * question that asks what taking part costs gets the line that quotes the sentence saying it ("Don’t
 * miss it! Registration is free.", "由社区主导、免费参加、全程线上", "Accepted speakers will receive a
 * complimentary All-Access In-Person ticket…"), under its post's title and with its link, rather than
 * the registration link alone. From the first passages in the question's language, of the event the
 * question names when it names one: a sentence that speaks of a price (free, a fee, complimentary) and
 * of signing up (registration, a ticket, 免费参加). Asked what attending takes ("do I need a KubeCon
 * pass to go to Istio Day"), the sentence that says what one must do to attend ("You must be attending
 * KubeCon to attend Istio Day"); asked what a ticket lets one into ("is istio day included in the kubecon ticket", "包含…吗"),
 * that or the sentence that says what the ticket includes ("an All-Access ticket, which includes entry to all the Day 0
 * events"). Asked whether it is held online or on site ("in person or virtual", "线上还是线下"),
 * the sentence that says how it is held, one with the question's own word for it first ("virtual" over "online").
 * Asked when registration opened ("when did sign-ups open", "哪天开放注册"), the sentence that says so with its date.
 * No line when none says it.
 */
import { PAGE_SIZE, colocatedNames, emptyLinks, findDates } from '../domain/index.js';
import { saysHowToRegister } from '../facts/index.js';
import type { RankedPassages } from '../find/index.js';
import { asksHowHeld, asksOpening, asksPrice, joinedFromAway, type Question } from '../understand/index.js';
import { namesOtherYear } from './elsewhere.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';

/** How far down the ranking the sentence that gives the price is looked for. */
const PRICE_DEPTH = 5;

/**
 * How far down the sentence that says how an event is held is looked for: further, since the question's own word for it
 * orders what is found ("remotely" finds "a virtual conference" below the registration passages that rank first). So is
 * the price of the one edition a time word picks ("what did the first istiocon cost"): "cost" ranks passages that say
 * it above "Registration is free", and only that edition's sentences are read.
 */
const HELD_DEPTH = 8;

/** How posts say what something costs. */
const PRICED = /\bfree\b|\bcomplimentary\b|\bno cost\b|\bcosts?\b|\bprices?\b|\bfees?\b|免费|收费|费用|价格|票价/i;

const NO_LINKS = emptyLinks();

/** How people ask what attending takes ("do I need a KubeCon pass", "w/o a ticket", "必须…吗", "一定要…吗", "要不要先注册", "是不是得先…"). */
const REQUIREMENT_ASKED = /\b(?:need|needs|must|required?|without)\b|\bw\/o\b|必须|一定要|需要.*吗|要不要|是不是要|是否需要|[要得]先/i;
/** How people ask what a ticket lets one into ("is istio day included in the kubecon ticket", "an add-on?", "does the pass cover it", "包含…吗"). */
const INCLUSION_ASKED = /\b(?:includ(?:e|es|ed|ing)|cover(?:s|ed)?|add-?ons?)\b|包[含括]/i;

/**
 * How people ask which ticket to get ("what ticket type", "which pass do I need", "what kind of ticket", "票种", "买哪种票"): the
 * sentence that names a ticket and what it includes ("an All-Access ticket which includes entry to all the … "day 0" events")
 * answers first, then what attending takes.
 */
const TICKET_KIND_ASKED =
  /\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:tickets?|pass(?:es)?)\b|\b(?:tickets?|pass)\s+(?:types?|kinds?|tiers?|levels?)\b|(?:什么|哪种|哪类|哪一种|什么样的?)(?:门)?票|票种|门票类型|票的类型/iu;
/** A ticket named in a post's sentence ("All-Access ticket", "全场门票"). */
const TICKET_SAID = /\btickets?\b|\bpass(?:es)?\b|门票|票/iu;

/** How posts say what attending takes ("You must be attending KubeCon to attend Istio Day", "您必须通过参加 KubeCon…"). */
const REQUIRED = /\b(?:must|required?|requires)\b|必须|只需要?|需要(?:注册|参加|购买)/i;
/** How posts say what a ticket lets one into ("an All-Access ticket, which includes entry to all the Day 0 events", "其中包括进入…"). */
const INCLUDES = /\bincludes\b|包括|包含/i;
const ATTENDS = /\battend|\bregist|\btickets?\b|\bpass(?:es)?\b|参加|注册|门票/i;

/**
 * How posts say an event is held online or on site ("100% virtual", "held online", "in-person day", "全程线上"); "online"
 * only beside what says it of an event ("held online", "entirely online"): recordings that "remain online" ("仍可在线查看") say nothing of it.
 */
const HELD =
  /\b(?:virtual(?:ly)?|in[- ]person|on[- ]?site|hybrid|remote(?:ly)?)\b|(?<=\b(?:held|hosted|run|entirely|fully|completely|all|attend|join|100%)\s)online\b|\bonline(?=\s(?:event|conference|edition|only)\b)|线上|线下|在线(?!查看|浏览|获取|下载)|现场|远程|虚拟/gi;

/** How posts say registration opened or opens ("Registration opened on 21 March 2022", "注册于 2022 年 3 月 21 日开放"). */
const OPENED = /\b(?:open|opens|opened|opening|launch(?:es|ed)?)\b|开放|开始|开启/i;

/** The words (as `heldWords` spells them) that say an event is followed from away, not at it: the other way is in person. */
const AWAY: ReadonlySet<string> = new Set(['virtual', 'online', 'remote', '线上', '远程', '虚拟']);

/** What a registration question asks of the sentence that answers it. */
type Asked = 'price' | 'requirement' | 'inclusion' | 'ticket' | 'purchase' | 'held' | 'opening';

/** The words of `text` that say how an event is held, in one spelling ("virtually" and "virtual", "on-site" and "onsite"). */
const heldWords = (text: string): string[] =>
  (text.match(HELD) ?? []).map((word) => (word === '在线' ? '线上' : word.toLowerCase().replace(/[\s-]/g, '').replace(/ly$/, '')));

/** How posts speak of a talk's speakers: what they get ("Accepted speakers receive a free ticket") is no price of attending. */
const SPEAKERS = /\bspeakers?\b|讲者|演讲者/i;
/** A sentence about what speakers get that says nothing of what attending takes (which "…, and attending required a KubeCon registration" does). */
const onlyForSpeakers = (sentence: string): boolean => SPEAKERS.test(sentence) && !(REQUIRED.test(sentence) && ATTENDS.test(sentence));
/** How a question asks what speakers get without the word: "if my talk gets accepted", "演讲被接受", "入选". */
const SPEAKING = /\bspeakers?\b|\bspeaking\b|\b(?:accepted|selected|chosen)\b|\bproposals?\b|\bcfp\b|讲者|演讲者|被接受|入选|录用|提案|投稿/i;

/** Whether a sentence says the price of signing up, what signing up takes, or how the event is held, as asked. */
function answersTerms(sentence: string, asked: Asked): boolean {
  if (sentence.length > MAX_SENTENCE) return false;
  if (asked === 'held') return heldWords(sentence).length > 0;
  if (asked === 'requirement' || asked === 'inclusion' || asked === 'ticket') return (REQUIRED.test(sentence) || (asked !== 'requirement' && INCLUDES.test(sentence))) && ATTENDS.test(sentence);
  if (asked === 'purchase') return TICKET_SOLD.test(sentence);
  if (asked === 'opening') return OPENED.test(sentence) && findDates(sentence).length > 0 && saysHowToRegister(sentence, NO_LINKS);
  return PRICED.test(sentence) && saysHowToRegister(sentence, NO_LINKS);
}

function askedOf(text: string): Asked | undefined {
  if (asksHowHeld(text)) return 'held';
  if (asksOpening(text)) return 'opening';
  if (asksPrice(text)) return 'price';
  // "if my talk is accepted, is my ticket covered?" asks what speakers get, not what a ticket lets one into.
  if (INCLUSION_ASKED.test(text) && !SPEAKING.test(text)) return 'inclusion';
  if (TICKET_KIND_ASKED.test(text) && !SPEAKING.test(text)) return 'ticket';
  if (REQUIREMENT_ASKED.test(text)) return 'requirement';
  // "票要怎么买", "how do I buy a pass": which ticket is bought, as a post says it, before the registration link alone.
  return TICKET_NAMED.test(text) && TICKET_HOW.test(text) ? 'purchase' : undefined;
}

/**
 * How a ticket is bought, asked ("how do I buy", "how can I get", 怎么买, 如何购买): not where, which the registration link
 * answers.
 */
const TICKET_HOW = /\bhow\b[^?]*\b(?:buy|purchase|get)\b|(?:怎么|怎样|如何)(?:才能)?(?:买|购买?|入手)/iu;

export function priceLine(question: Question, ranked: RankedPassages, events: readonly string[]): Lead | undefined {
  if (question.ask !== 'register') return undefined;
  const asked = askedOf(question.rest);
  if (!asked) return undefined;
  // The events the answer is about, when the question names one by its year or place ("istiocon 2021", "beijing
  // meetup") or by a name of no kind ("四周年社区会议": the 4th birthday); "istio day" alone names the kind, and "istio day
  // NA" its editions of a region, a series too: the event knowledge only picked its latest edition with a link.
  const { years, cities, regions, kinds } = question.entities;
  // "the first istiocon", "the latest istio day": the time word picked the one edition asked about, not a series.
  const picked = question.time !== null && events.length === 1;
  const named = picked || years.length + cities.length > 0 || (!kinds.length && (regions.length > 0 || events.length > 0));
  const about = new Set(named ? events.flatMap((name) => [name, ...colocatedNames(name)]) : []);
  // The years of the events asked about ("the first istiocon" is IstioCon 2021): a sentence of another year's is about that one.
  const editions = new Set(events.flatMap((name) => name.match(/\b20\d\d\b/g) ?? []));
  const forSpeakers = SPEAKING.test(question.rest);
  const saying = ranked
    .slice(0, asked === 'held' || picked ? HELD_DEPTH : PRICE_DEPTH)
    .map((one, at) => ({ one, onPage: at < PAGE_SIZE }))
    .filter(({ one: { passage } }) => passage.lang === question.lang && (!about.size || (passage.event !== null && about.has(passage.event))))
    .flatMap(({ one, onPage }) => sentencesOf(one.passage.text).filter((sentence) => answersTerms(sentence, asked) && !namesOtherYear(sentence, editions) && (forSpeakers || !onlyForSpeakers(sentence))).map((sentence) => ({ one, onPage, passage: one.passage, sentence })));
  // "virtual or in person": a sentence that says "virtual" answers in the question's own terms, before one that says "online";
  // "can I join remotely or is it in person only": the way asked about first, said in any words ("virtual registration
  // options"), before the other ("in-person attendees").
  // "join istio day amsterdam online": an away word that says nothing of an event alone asks for following it from away too.
  const said = heldWords(question.rest);
  const own = said.length || !joinedFromAway(question.rest) ? said : ['online'];
  const rank = (sentence: string): number => {
    const words = heldWords(sentence);
    if (own[0] !== undefined && words.includes(own[0])) return 0;
    if (words.some((word) => own[0] !== undefined && AWAY.has(word) === AWAY.has(own[0]))) return 1;
    return words.some((word) => own.includes(word)) ? 2 : 3;
  };
  // "which ticket do I need": the sentence that names a ticket and what it includes, before what attending takes.
  const names = (sentence: string): number => (INCLUDES.test(sentence) && TICKET_SAID.test(sentence) ? 0 : 1);
  const [best, ...others] = asked === 'held' ? [...saying].sort((a, b) => rank(a.sentence) - rank(b.sentence)) : asked === 'ticket' ? [...saying].sort((a, b) => names(a.sentence) - names(b.sentence)) : saying;
  if (!best) return undefined;
  // The line already quotes its passage: another post that says it too (the project's event page beside the istio.io
  // announcement, "Registration was free" beside "Registration is free") leads the passages, so the answer shows two
  // sources that agree; else another passage of its post that says it, else the quoted passage itself, not a passage that
  // says nothing of what was asked. Only of the line's event: another year's "free" is no second source.
  // A site banner is an advertisement, no source: "IstioCon VIRTUAL" in one says nothing of how Istio Day is held. Only
  // the first page is reordered: a passage from below it would push off one the ranking put there.
  // Asked which ticket, a passage agrees when it names a ticket and what it includes too, not only what attending takes.
  const agreeing = others.filter(({ passage, onPage, sentence }) => onPage && passage.id !== best.passage.id && passage.event === best.passage.event && !passage.facts.banner && (asked !== 'ticket' || names(sentence) <= names(best.sentence)));
  const second = agreeing.find(({ passage }) => passage.postId !== best.passage.postId) ?? agreeing[0];
  const lead = second ?? (best.onPage ? best : undefined);
  const direct = { text: titled(question.lang, best.passage.title, withTicket(question, asked, best.passage.text, best.sentence)), url: best.passage.url, lang: question.lang };
  return lead ? { direct, first: lead.one } : { direct };
}

/** A ticket or pass named in a question ("a kubecon pass", "what ticket type", 门票, 买票): not a vote (投票, 选票, 票数). */
const TICKET_NAMED = /\b(?:tickets?|pass(?:es)?)\b|(?<![投选])票(?![数选])/iu;

/** How posts say which ticket is bought and what it lets one into ("the option to buy an All-Access ticket, which includes…", "选择购买全场门票，其中包括…"). */
const TICKET_SOLD = /\b(?:buy|purchase)\b[^.]*\b(?:ticket|pass)\b|购买[^。]*票/iu;

/**
 * Asked what attending takes or what a ticket lets one into, with the ticket named ("do I need a KubeCon pass", "what ticket
 * type"), the sentence that says what attending takes is quoted with the one of its passage that says which ticket to buy
 * and what it includes, in the passage's order: "You must be attending KubeCon" alone does not say which pass.
 */
function withTicket(question: Question, asked: Asked, text: string, sentence: string): string {
  if ((asked !== 'requirement' && asked !== 'inclusion' && asked !== 'ticket' && asked !== 'purchase') || !TICKET_NAMED.test(question.rest)) return sentence;
  const all = sentencesOf(text);
  const ticket = all.find((one) => one !== sentence && one.length <= MAX_SENTENCE && TICKET_SOLD.test(one) && !REQUIRED.test(one));
  const required = all.find((one) => one !== sentence && one.length <= MAX_SENTENCE && REQUIRED.test(one) && ATTENDS.test(one) && !TICKET_SOLD.test(one));
  const other = TICKET_SOLD.test(sentence) ? required : ticket;
  if (!other) return sentence;
  const pair = all.indexOf(other) < all.indexOf(sentence) ? [other, sentence] : [sentence, other];
  return pair.join(question.lang === 'zh' ? '' : ' ');
}
