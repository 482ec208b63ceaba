/**
 * "what formats can i submit for istio day chicago", "阿姆斯特丹 istio day 投稿形式": the sentence of the event's call that
 * gives the formats it took ("…as 25-minute talks, 35-minute panels or 5-minute lightning talks"), as the post writes it,
 * in place of the deadline. From what the posts say: none when no first-page passage of that call gives a format's length.
 * A question naming one format ("workshop 那种形式能讲多久", "the panel format") gets the sentence that names it with a
 * length, when one does: the first sentence giving some length may be of another format ("演讲：40 分钟").
 */
import { CALL_FORMATS, PAGE_SIZE } from '../domain/index.js';
import type { RankedPassages } from '../find/index.js';
import type { Question } from '../understand/index.js';
import { sentencesOf } from './sentences.js';

/** How people ask for a call's formats ("cfp formats", "what format", "演讲形式"). */
const FORMATS_ASKED = /\bformats?\b|形式/iu;

/** A format's length, as the calls give it ("25-minute talks", "160 分钟动手研讨会"). */
const FORMAT_LENGTH = /\d+\s*-?\s*minutes?(?![\p{L}])|\d+\s*分钟/iu;

/** Each format's words as one pattern: English ones whole, Chinese ones anywhere. */
const FORMAT_PATTERNS = CALL_FORMATS.map((words) => new RegExp(words.map((word) => (/^[a-z ]+$/.test(word) ? `\\b${word}\\b` : word)).join('|'), 'iu'));

/** The sentence of a first-page passage of `event`'s call that gives its formats; undefined unless they are asked. */
export function callFormats(question: Question, ranked: RankedPassages, event: string): string | undefined {
  if (!FORMATS_ASKED.test(question.rest)) return undefined;
  const named = FORMAT_PATTERNS.filter((pattern) => pattern.test(question.rest));
  const sentences = ranked
    .slice(0, PAGE_SIZE)
    .filter(({ passage }) => passage.event === event && passage.lang === question.lang)
    .flatMap(({ passage }) => sentencesOf(passage.text).filter((one) => FORMAT_LENGTH.test(one)));
  const ofNamed = named.length ? sentences.find((one) => named.some((pattern) => pattern.test(one))) : undefined;
  return ofNamed ?? sentences.find((one) => FORMATS_ASKED.test(one) || /\btalks?\b|演讲/iu.test(one));
}
