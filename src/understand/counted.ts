/** What a "how many" question counts, and whether it asks how long something lasts. Pure. */
import { STOP_WORDS } from '../store/index.js';
import { patternOf } from './intents.js';

/**
 * What a "how many" question counts: the words after "how many" / "number of" ("how many
 * community seats": "community seats"), in Chinese the characters after 多少 or 几 ("多少家公司": "家公司"), and
 * 人数 a count of people ("报名人数", "参会人数").
 */
const ASKED_COUNT = /(?<![\p{L}\p{N}])(?:how\s+many|number\s+of|#\s*of)\s+([\p{Script=Latin}'’-]+(?:\s+[\p{Script=Latin}'’-]+){0,3})|(?:多少|几)(\p{Script=Han}{1,3})|(人)数/giu;

/** How long something lasts ("how long is a lightning talk", "闪电演讲多长"): a duration, never a count of talks. */
const HOW_LONG = patternOf(['how long', 'how many minutes', 'how many hours', '多长', '多久', '几分钟', '多少分钟', '几个小时', '多少小时']);

export function asksHowLong(text: string): boolean {
  return HOW_LONG.test(text);
}

/** The nouns a question counts (see `ASKED_COUNT`); none when it names none. */
export function countedPhrases(text: string): string[] {
  return [...text.matchAll(ASKED_COUNT)].map(([, latin, han, people]) => han ?? people ?? (latin ? untilStopWord(latin) : '')).filter(Boolean);
}

/** A noun phrase's words up to the first stop word: "istio-related kubecon sessions at salt lake" is "istio-related kubecon sessions". */
function untilStopWord(phrase: string): string {
  const words = phrase.split(/\s+/);
  const stop = words.findIndex((word) => STOP_WORDS.has(word.toLowerCase()));
  return words.slice(0, stop < 0 ? words.length : stop).join(' ');
}
