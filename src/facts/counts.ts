/** Counts in a passage's text: whether it gives one, and what it counts. */
import { PEOPLE_VERBS, PERSON_NOUNS, TALK_NOUNS } from '../domain/index.js';
import { analyze, STOP_WORDS } from '../store/index.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** What follows a number that says it is "more than" it in Chinese ("2000多人", "100余家"). */
const ABOUT = '[多余]';
/**
 * A count in digits (with or without thousands separators; "10-minute" too) that is not a version, a range or the day of a
 * date ("17 August", "August 17", "9 日"), nor a year ("2021", "2021 年") unless Chinese says
 * "more than" after it ("2000多人").
 */
const DIGITS =
  `(?<![\\d.,\\-/])(?<!${MONTH}[a-z]*\\.? )(?!(?:19|20)\\d\\d(?!\\d|\\s*${ABOUT}))(?:\\d{1,3}(?:,\\d{3})+|\\d+)` +
  `(?![\\d.,/]|-\\d|(?:st|nd|rd|th)?\\s*(?:[月日号]|${MONTH}))`;
/**
 * A count in words, as the posts write small ones ("Five candidates", "six seats", "two
 * vacancies"): "one" is left out, prose says "one of" far more often than it counts one.
 */
const WORDS =
  '(?<![\\p{L}\\p{N}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)(?![\\p{L}\\p{N}])';
/**
 * A count in Chinese numerals, known by the measure word after it ("四位候选人", "六位合作伙伴",
 * "三个席位"): a numeral alone is too often part of a word, and 一 with a measure word is mostly "a".
 * 月 is left out: 十月 is October.
 */
const HAN_NUMERAL = '(?:[两二三四五六七八九十]|一[十百千万])[一二三四五六七八九十百千万]*';
const MEASURE = '(?:[个位名家人场次届项种款天条本]|周(?!年))';
const HAN = `${HAN_NUMERAL}(?=${ABOUT}?${MEASURE})`;

const COUNT = new RegExp(`${DIGITS}|${WORDS}|${HAN}`, 'iu');

/**
 * The words a count counts: up to four Han characters, after the measure word if one comes first ("9 个贡献席位" counts
 * 贡献席位, the seats, not 贡献席), or three Latin words after it ("多" of "2000多人" skipped).
 */
const COUNTED = new RegExp(`^\\s*${ABOUT}?\\s*(?<words>(?:${MEASURE})?\\p{Script=Han}{1,4}|(?:[\\p{Script=Latin}'’-]+\\s+){0,2}[\\p{Script=Latin}'’-]+)`, 'u');

/** Whether `text` gives a count. */
export const namesNumber = (text: string): boolean => COUNT.test(text);

/**
 * A unit of time right after a count: "25 分钟演讲", "a 40-minute presentation", "12 个月" count minutes and months, how
 * long a talk lasts, not talks. Asked how many talks or speakers, a call's format list gives no answer by its durations.
 */
const DURATION = /^\s*[多余]?\s*(?:(?:个月|分钟|小时|天|周)|-?\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?![\p{L}\p{N}]))/iu;

/** The index terms of those units, as `countedIn` gives them: what a question that asks how long something lasts counts. */
export const DURATION_TERMS: readonly string[] = [...new Set(analyze('minute minutes hour hours day days week weeks month months year years 个月 分钟 小时 天 周'))];

/**
 * The index terms of the few words after one count; in Chinese also the character right after it,
 * the measure word or noun it counts ("2000多人", "292 人报名": 人), which bigrams alone would miss.
 */
function countedAfter(rest: string): string[] {
  const unit = DURATION.exec(rest)?.[0].replace(/^[\s多余-]+/u, '');
  const words = unit ?? COUNTED.exec(rest)?.groups?.words ?? '';
  if (!/^\p{Script=Han}/u.test(words)) return latinCounted(words);
  // "35,000 个 GitHub Star": a measure word alone, then the Latin noun it counts.
  const noun = words.length === 1 && !unit ? MEASURED_LATIN.exec(rest)?.groups?.words : undefined;
  return noun ? [...hanCounted(words), ...latinCounted(noun)] : hanCounted(words);
}

const MEASURED_LATIN = /^\s*[多余]?\s*[个位名家场次项种款条本]\s*(?<words>(?:[\p{Script=Latin}'’-]+\s+){0,2}[\p{Script=Latin}'’-]+)/u;

/** Latin words up to the first stop word: "four of its seats" counts no seats, "4 seats for representatives" counts seats. */
function latinCounted(words: string): string[] {
  const latin = words.split(/\s+/);
  const stop = latin.findIndex((word) => STOP_WORDS.has(word.toLowerCase()));
  return analyze(latin.slice(0, stop < 0 ? latin.length : stop).join(' '));
}

/**
 * A place in an order, not a count: "第四次担任" (the fourth time), "占据前三名" (the top three, no noun after 名), "前 20 名贡献者之一"
 * (one of the top 20). "前 400 名注册者" names whom it counts, and counts them.
 */
const ORDINAL = /第\s*$/u;
const TOP = /前\s*$/u;
const RANK_ONLY = /^\s*名(?!\s*\p{Script=Han})|^\s*名\p{Script=Han}{1,6}之一/u;
const ranks = (before: string, after: string): boolean => ORDINAL.test(before) || (TOP.test(before) && RANK_ONLY.test(after));

/** The Chinese person nouns of two characters and more ("演讲者", "贡献者", "候选人"). */
const HAN_PERSONS = PERSON_NOUNS.filter((noun) => /^\p{Script=Han}{2,}$/u.test(noun));

/**
 * The index terms of a Chinese noun a count counts, its first character too (the measure word: "位演讲者": 位). Of a person
 * noun, the pair that says a person, not the pairs before it: "2 位演讲者" counts speakers, not 演讲 (talks), and "1,700 名贡献者"
 * contributors, not the 贡献 of "九个贡献席位".
 */
export function hanCounted(words: string): string[] {
  const person = HAN_PERSONS.find((noun) => words.includes(noun));
  const inner = person ? new Set(analyze(person).slice(0, -1)) : null;
  return [words.charAt(0), ...analyze(words).filter((term) => !inner?.has(term))];
}

/** The index terms of the few words after each count of `text` ("13 seats", "120 eligible voters", "292 人报名", "四位候选人"). */
export function countedIn(text: string): string[] {
  const counts = new RegExp(COUNT.source, 'giu');
  return [
    ...new Set(
      [...text.matchAll(counts)].flatMap((match) => {
        const after = text.slice(match.index + match[0].length);
        return ranks(text.slice(Math.max(0, match.index - 2), match.index), after) ? [] : countedAfter(after);
      }),
    ),
  ];
}

/** Whether two index terms are one word's forms: equal, or one the other's stem ("vote", "voter"). */
const sameWord = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * The index terms of `PERSON_NOUNS`: what a count of people counts. Of a Chinese word its last
 * bigram, the one that says a person (候选人: 选人; 贡献者: 献者, not 贡献 of "九个贡献席位").
 */
const PERSONS = new Set(PERSON_NOUNS.flatMap((noun) => (/\p{Script=Han}/u.test(noun) ? analyze(noun).slice(-1) : analyze(noun))));
const countsPeople = (terms: readonly string[]): boolean => terms.some((term) => PERSONS.has(term));

/**
 * Those who speak ("3 to 5 speakers", "3 至 5 名发言者", "演讲者"): a count of them answers a question that names them, not
 * one that counts people who came ("istiocon 2021 到场人数" is no question about a panel's speakers).
 */
const SPEAKING = new Set([...analyze('speaker speakers presenter presenters panelist panelists panellists'), '讲者', '言者']);
const countsSpeakers = (terms: readonly string[]): boolean => terms.some((term) => SPEAKING.has(term));

/** The index terms of `TALK_NOUNS`: a count of sessions is one of talks. */
const TALKS = new Set(TALK_NOUNS.flatMap(analyze));
const countsTalks = (terms: readonly string[]): boolean => terms.some((term) => TALKS.has(term));

/** The index terms of `PEOPLE_VERBS`: a question that counts who did them counts people. */
const DOINGS = new Set(PEOPLE_VERBS.flatMap(analyze));

/** Whether `asked` counts people who came or took part ("how many people joined", "多少人参加"), not speakers. */
export function countsWhoCame(asked: readonly string[]): boolean {
  return countsWhoDid(asked) && !countsSpeakers(asked);
}

/**
 * Whether `asked` names people, or counts those who did something without naming what it counts ("how many attended"):
 * "how many countries attended" counts countries, which no count of people answers.
 */
const countsWhoDid = (asked: readonly string[]): boolean => countsPeople(asked) || DOINGS.has(asked[0] ?? '');

/**
 * Whether a count that counts `counted` answers a question that counts `asked`: one word in both
 * ("how many seats": "13 seats"), both count talks ("how many talks": "four sessions"), or both count people ("how many people ran", "how many signed
 * up": "Five candidates", "4,000 people"), speakers only when speakers are asked.
 */
export function countsAsked(asked: readonly string[], counted: readonly string[]): boolean {
  for (const term of asked) for (const other of counted) if (sameWord(term, other)) return true;
  if (countsTalks(asked) && countsTalks(counted)) return true;
  return countsWhoDid(asked) && countsPeople(counted) && (countsSpeakers(asked) || !countsSpeakers(counted));
}
