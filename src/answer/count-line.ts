/**
 * "how many people came to the first istiocon", "2026 toc 选举有几个候选人": the direct line quotes the
 * sentence of one of the first passages (`COUNT_DEPTH`) that gives a count of what the question counts ("…more than
 * 4,000 people from 84 countries…", "五名候选人竞选三个席位"), under its post's title and with its link,
 * and that passage is shown first. Only when the question names what it counts ("how many seats"), in
 * its language; of the year it names, when it names one (the passage's event, or the sentence, says
 * it; a post of no event, an election's, by its date). From what the posts say: no line when none of those passages has such a sentence.
 */
import { kindIn } from '../domain/index.js';
import { countedIn, countsWhoCame, namesNumber } from '../facts/index.js';
import { countedWordsOf, type RankedPassages } from '../find/index.js';
import { asksHowLong, bodyTitleOf, countedPhrases, limitAsked, otherBodiesTitleOf, talksAsked, type Question } from '../understand/index.js';
import { bareCountOf } from './bare-count.js';
import type { Lead } from './page.js';
import { MAX_SENTENCE, sentencesOf, titled } from './sentences.js';
import { countsElected } from './elected-seats.js';
import { saysEachYear } from './yearly-count.js';

/**
 * A limit a rule sets ("limited to 1 speaker", "maximum of 2 speakers", "限 1 人", not "最多样化"): what may be, no count of who came. Asked
 * how many came to IstioCon 2021, "简短演讲： 10 分钟演讲，限 1 人" is no answer; asked the most a talk may have, it is. So is
 * the cut-off of a gift ("the first 400 people to register qualified for a T-shirt", "前 400 位注册者"): how many got
 * it at most, no count of who registered.
 */
const LIMIT = /(?<![\p{L}\p{N}])(?:limited\s+to|up\s+to|at\s+most|no\s+more\s+than|maximum\s+of|first\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|hundred)(?=\s))(?![\p{L}\p{N}])|(?:限|最多|至多|不超过)\s*[\d两二三四五六七八九十]|前\s*[\d两二三四五六七八九十百千]+\s*[位名个人]/iu;

/**
 * A count of the new ones of what is counted ("our two newest Community Seat holders") is not how many there are: it
 * answers a question that asks about the new ones ("how many new …", "新"), no other.
 */
const NEW_ONES = /(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+new(?:est|ly)?(?![\p{L}\p{N}])/iu;
const NEW_ASKED = /(?<![\p{L}\p{N}])new(?:est|ly)?(?![\p{L}\p{N}])|新/iu;

/**
 * A count of the others ("其他三位候选人都曾在指导委员会任职", "the other two candidates") is of some of what is counted, set
 * apart from one named before: it answers a question about the others, no other.
 */
const OTHERS = /(?<![\p{L}\p{N}])the\s+other\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}\p{N}])|(?:其他|其余)\s*[\d两二三四五六七八九十]/iu;
const OTHERS_ASKED = /(?<![\p{L}\p{N}])(?:others?|another)(?![\p{L}\p{N}])|其他|其余|另外/iu;

/**
 * A count whose noun runs on into those who hold it ("两个社区席位持有人", "two Community Seat holders") counts the holders, not
 * the seats: it answers a question about the holders, no other ("指导委员会一共几个社区席位" is answered by "四个社区席位").
 */
const HOLDERS = /(?:(?<![\p{N}.])\d+|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine)|[两二三四五六七八九])\s*[个位名]?\s*(?:\p{Script=Han}{2,6}?|(?:[\p{L}-]+\s+){1,3}?)(?:持有人|持有者|holders?(?![\p{L}]))/iu;
const HOLDERS_ASKED = /(?<![\p{L}])holders?(?![\p{L}])|持有人|持有者/iu;

/**
 * A year that dates a post ("a 2022 post counts 84 countries", "2022 年的一篇文章给出的数字"): when the post was written,
 * not the edition the sentence counts.
 */
const POST_YEAR = /\b20\d\d\s+(?:post|article|announcement)s?\b|20\d\d\s*年的(?:一篇)?(?:文章|公告)/giu;

/**
 * A talk's length, as a call gives a format's ("25-minute presentations", "5 分钟闪电演讲"): minutes or hours said of a kind of
 * talk, never a title's "8 Years of Building" or "up and Running in 5 Minutes" ("5 分钟跑通…").
 */
const TALK_LENGTH = /\d+\s*-\s*(?:minute|hour)(?![\p{L}])|\d+\s*(?:分钟|小时)\s*的?\s*(?:演讲|闪电|小组|圆桌|研讨|讨论|动手|分享|报告|主题)/iu;

/** A year a sentence opens with, as the time it tells of: "In 2021, …", "2021 年，…". */
const OPENING_YEAR = /^\s*(?:in\s+)?(20\d\d)(?:\s*,|\s*年\s*[，,])/iu;

/**
 * How far down the ranking the sentence that gives the count is looked for: the first page and two more. A results post's
 * opening, which names the seats and the candidates without counting who stood, may rank above its section that does
 * ("共有五名候选人角逐四个空缺席位"); deeper, other years' and bodies' counts come in.
 */
const COUNT_DEPTH = 5;

/** `namedEvents`: those the question names, whose own call alone gives the length of their talks ("istio day london"). */
export function countLine(question: Question, ranked: RankedPassages, namedEvents: () => readonly string[] = () => []): Lead | undefined {
  // "how long is a talk slot", "演讲时长多久" count a talk's minutes, as a call gives its formats ("25-minute presentations"):
  // how long an event lasted is its dates' to say.
  const lengthOnly = !countedPhrases(question.rest).length;
  if (question.ask !== 'how-many' || (lengthOnly && !(asksHowLong(question.rest) && talksAsked(question.rest)))) return undefined;
  const events = lengthOnly ? namedEvents() : [];
  const asked = countedWordsOf(question);
  const counts = countsElected(question, asked);
  const years = question.entities.years.map(String);
  // A limit is no count of who came; of anything else ("40-minute presentations (up to 2 speakers)" for minutes), it may be.
  const limits = limitAsked(question.rest) || !countsWhoCame(asked);
  const head = ranked.slice(0, COUNT_DEPTH);
  // Of a governance body named ("steering"), a post whose title names another (the TOC's election) counts that one's candidates.
  const [own, others] = [bodyTitleOf(question), otherBodiesTitleOf(question)];
  const otherBody = (title: string): boolean => others !== null && others.test(title) && !own?.test(title);
  // Asked about a body, a count in a post not titled with it is of that body only in a sentence that names it: "more
  // than 4,000 people registered" for IstioCon 2021, in a passage saying the Steering Committee announced it, is not.
  const ofBody = (title: string, sentence: string): boolean => own === null || own.test(title) || own.test(sentence);
  const bare = bareCountOf(question);
  // A count asked of each year is first looked for in a sentence that says it of each year, through all the first passages.
  const scan = (keep: (sentence: string) => boolean): Lead | undefined => {
    let kind: Lead | undefined;
    for (const one of head) {
      const { passage } = one;
      if (passage.lang !== question.lang || otherBody(passage.title) || !counts(passage.facts.counted ?? [])) continue;
      if (lengthOnly && events.length && !events.includes(passage.event ?? '')) continue;
      // A sentence that names another year's edition ("…回顾了 IstioCon 2021 的规模"), or opens with the year it tells of ("In
      // 2021, more than 4,000 people…", "2021 年，…"), recalls it in its own event's post.
      const editions = (sentence: string): string[] => [
        ...[...sentence.matchAll(/\b20\d\d\b/g)].filter((year) => kindIn(sentence.slice(Math.max(0, year.index - 20), year.index)) !== null).map(([year]) => year),
        ...(OPENING_YEAR.exec(sentence)?.slice(1, 2) ?? []),
      ];
      const ofYear = (sentence: string): boolean =>
        !years.length ||
        (editions(sentence).length
          ? years.some((year) => editions(sentence).includes(year))
          : years.some((year) => sentence.replace(POST_YEAR, '').includes(year) || (passage.event ?? '').includes(year) || (passage.event === null && (passage.date ?? '').startsWith(year))));
      // A question to the reader ("Recall that Istio had 500 contributors when…?") recalls another time's count.
      const counting = sentencesOf(passage.text).filter((sentence) => keep(sentence) && sentence.length <= MAX_SENTENCE && !/[?？]$/.test(sentence) && namesNumber(sentence) && counts(countedIn(sentence), sentence) && ofYear(sentence) && ofBody(passage.title, sentence) && (!lengthOnly || TALK_LENGTH.test(sentence)) && (limits || !LIMIT.test(sentence)) && (!NEW_ONES.test(sentence) || NEW_ASKED.test(question.rest)) && (!OTHERS.test(sentence) || OTHERS_ASKED.test(question.rest)) && (!HOLDERS.test(sentence) || HOLDERS_ASKED.test(question.rest)));
      const said = mostSaying(bare ? counting.filter((sentence) => bare.test(sentence)) : [], question, asked) ?? mostSaying(counting, question, asked);
      if (!said) continue;
      const direct = { text: titled(question.lang, passage.title, said), url: passage.url, lang: question.lang };
      const lead = one === head[0] ? { direct } : { direct, first: one };
      // A count of some kind of the noun asked alone stands until a later passage counts the noun itself.
      if (!bare || bare.test(said)) return lead;
      kind ??= lead;
    }
    return kind;
  };
  return (saysEachYear(question.rest) ? scan(saysEachYear) : undefined) ?? scan(() => true);
}

/**
 * Of a passage's sentences that give the count, the first of those holding the most of the question's other words: "how
 * many speakers on a panel" is answered by the format list's panel item, not by its first item, which counts speakers too.
 */
function mostSaying(sentences: readonly string[], question: Question, counted: readonly string[]): string | undefined {
  if (sentences.length < 2) return sentences[0];
  const words = question.words.groups.map(({ word }) => word.toLowerCase()).filter((word) => word.length > 2 && !counted.includes(word));
  const held = (sentence: string): number => {
    const latin = new Set(sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return words.filter((word) => (/\p{Script=Han}/u.test(word) ? sentence.includes(word) : latin.has(word))).length;
  };
  const scores = sentences.map(held);
  return sentences[scores.indexOf(Math.max(...scores))];
}
