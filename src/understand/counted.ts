/** What a "how many" question counts, and whether it asks how long something lasts. Pure. */
import { PEOPLE_VERBS, PERSON_NOUNS } from '../domain/index.js';
import { STOP_WORDS } from '../store/index.js';
import { TALK_FORMATS, wordsOf } from './intents.js';
import { phrasesOf } from './phrases.js';

/**
 * What a "how many" question counts: the words after "how many" / "number of" / "max" ("how many
 * community seats": "community seats"), in Chinese the characters after 多少 or 几 ("多少家公司": "家公司"; a 个 and three more, "几个演讲者"), and
 * 人数 a count of people ("报名人数", "参会人数"), as attendance or turnout is in English, and how big or large an event
 * was ("how big was istiocon"): the posts give an event's size as the people who came.
 */
const ASKED_COUNT = /(?<![\p{L}\p{N}])(?:how\s+many|number\s+of|#\s*of|max(?:imum)?)\s+([\p{Script=Latin}'’-]+(?:\s+[\p{Script=Latin}'’-]+){0,3})|(?:多少|几)(个?\p{Script=Han}{0,3})|(人)数|(?<![\p{L}\p{N}])(?:attendance|turnout|headcount|how\s+(?:big|large))(?![\p{L}\p{N}])/giu;

/** How long something lasts ("how long is a lightning talk", "panel length", "闪电演讲多长"): a duration, never a count of talks. */
const HOW_LONG = phrasesOf(['how long', 'length', 'duration', 'how many minutes', 'how many hours', '多长', '多久', '时长', '几分钟', '多少分钟', '几个小时', '多少小时']);

export function asksHowLong(text: string): boolean {
  return HOW_LONG.test(text);
}

/** The words that say a duration is asked ("how long does it last", "duration"): beside what is asked about, they only rank. */
export const LASTING_WORDS: ReadonlySet<string> = new Set(['long', 'last', 'lasts', 'lasting', 'duration', 'length', '时长']);

/** The people who talk ("speakers", "panelists", "讲者"), and what may only be the most of them ("max", "最多"). */
const PEOPLE = /(?<![\p{L}\p{N}])(?:speakers?|presenters?|panell?ists?|people|persons?)(?![\p{L}\p{N}])|讲者|嘉宾/iu;
const MOST = /(?<![\p{L}\p{N}])(?:max|maximum|at\s+most|up\s+to)(?![\p{L}\p{N}])|最多|至多|上限/iu;
const FORMAT = phrasesOf(TALK_FORMATS);

/**
 * How many people one talk has or may have ("max speakers on an istio day panel", "a panel 最多几位讲者", "how many speakers can
 * a panel have"): people counted beside a kind of talk or a maximum, a call's format, never how many talks there were.
 */
export function talkSizeAsked(text: string): boolean {
  return PEOPLE.test(text) && (FORMAT.test(text) || MOST.test(text));
}

/** Whether the question asks the most there may be ("max speakers", "最多几位"), or a talk's size, rather than how many there were. */
export function limitAsked(text: string): boolean {
  return MOST.test(text) || talkSizeAsked(text);
}

/**
 * A measure word, or a bare 多少, that ends the question ("贡献者有多少位", "席位有几个？", "贡献者 多少") counts the noun
 * said before it, not one of its own; "哪几位" asks which ones, no count.
 */
const MEASURE_ONLY = /^[个位名家场次届项种款条本]$/u;
const ENDS = /^[\s?？。!！吗呢啊呀]*$/u;
/** The words between a noun and the "多少" that counts it ("贡献者 一共有多少位"). */
const HAVING = /的?\s*(?:(?:一共|总共|共)\s*)?(?:有\s*)?$/u;
/** The Chinese noun just before them, its last three characters ("活跃贡献者 有多少位": 贡献者). */
const NOUN_BEFORE = /\p{Script=Han}{1,3}$/u;

function nounBefore(text: string, at: number, end: number): string | undefined {
  if (text.charAt(at - 1) === '哪' || !ENDS.test(text.slice(end))) return undefined;
  return NOUN_BEFORE.exec(text.slice(0, at).replace(HAVING, ''))?.[0];
}

/** The nouns a question counts (see `ASKED_COUNT`); none when it names none. */
export function countedPhrases(text: string): string[] {
  const asked = [...text.matchAll(ASKED_COUNT)]
    .map(({ 0: said, 1: latin, 2: han, 3: people, index }) => {
      // "贡献者 多少", "席位几个": a bare 多少 or a measure word ending the question counts the noun said before it.
      if (han !== undefined && (han === '' || MEASURE_ONLY.test(han))) return nounBefore(text, index, index + said.length) ?? han;
      return han ?? people ?? (latin ? untilStopWord(latin) : 'people');
    })
    // "贡献者的数量是多少": the noun is the one before 数量, not 数量 itself.
    .filter((phrase) => phrase && !QUANTITY_WORD.test(phrase));
  return text.includes('数') ? [...asked, ...[...text.matchAll(QUANTITY)].map(({ 1: noun }) => noun ?? '')] : asked;
}

/**
 * The number of a thing said as a noun after it ("贡献者数量", "议题的数目", "候选人总数", "国家数是多少"), as 人数 is of people:
 * that thing is counted. 数 alone only ending the question or before the 多少 that asks it ("数据", "多数" are no count).
 */
const QUANTITY = /(\p{Script=Han}{1,3}?|[\p{Script=Latin}][\p{Script=Latin}'’-]*)\s*的?\s*(?:数量|数目|总数|数(?=\s*(?:是|有)?\s*(?:多少|几)?\s*[?？]?\s*$))/gu;
const QUANTITY_WORD = /^(?:数量|数目|总数)/u;

/** Whether a question that asks nothing else asks the number of a thing by 数 alone ("github star 数", "参与国家数"). */
export function quantityAsked(text: string): boolean {
  return text.includes('数') && countedPhrases(text).length > 0;
}

/** A noun phrase's words up to the first stop word: "istio-related kubecon sessions at salt lake" is "istio-related kubecon sessions". */
function untilStopWord(phrase: string): string {
  const words = phrase.split(/\s+/);
  const stop = words.findIndex((word) => STOP_WORDS.has(word.toLowerCase()));
  return words.slice(0, stop < 0 ? words.length : stop).join(' ');
}

/**
 * What counts people: a person noun ("members", "候选人"), a verb of those who came or voted, a word of winning ("how many
 * won"), or the measure words of people (几位, 几名, 几个人).
 */
const PEOPLE_COUNTED = phrasesOf([...PERSON_NOUNS, ...PEOPLE_VERBS, ...wordsOf('results')]);
const PEOPLE_MEASURE = /^[位名人]/u;
/** 多少钱, 多少费用, 几块: what a thing costs, asked of where it is got or of registering, no count. */
const MONEY = /^(?:钱|费|块|元|美元|刀)/u;

/**
 * "2024 年有几家公司拿到贡献席位", "谷歌拿到几个席位", "how many companies won contribution seats": a count of things (seats,
 * companies), not of people, asked beside winning or getting one, which a count answers, not the winners' names nor where a
 * thing is got. Of a Latin phrase its first word is what is counted ("companies won…"); a Han one after its 个.
 */
export function thingsCounted(text: string): boolean {
  const phrases = countedPhrases(text).map((phrase) => (/^\p{Script=Han}/u.test(phrase) ? phrase.replace(/^个/u, '') : (phrase.split(/\s+/)[0] ?? '')));
  return phrases.length > 0 && phrases.every((phrase) => phrase !== '' && !PEOPLE_MEASURE.test(phrase) && !MONEY.test(phrase) && !PEOPLE_COUNTED.test(phrase));
}
