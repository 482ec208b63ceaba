/**
 * "服务网格的未来 - Sidecar、无 Sidecar 还是无代理模式？ - 小组讨论会 幻灯片": a video or slides question that names one talk
 * in the words of a Chinese recap, which titles it in its own words ("…无代理模式？ - 小组讨论会" for the title
 * "…还是无代理？小组讨论"), and names no event. The title words find no talk, since no title holds all of them (模式);
 * the talk whose titles share most of the character pairs of the question's Chinese words is the one meant, when it
 * shares most of them and more than any other talk does. Only for such questions: every talk is read once (its pairs
 * are kept per talk by `worded-talks.ts`).
 */
import type { Lang, Talk } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { topicOf } from './topic.js';
import { wordingShare } from './worded-talks.js';

/** The share of the question's Chinese pairs a title must hold to name the talk: most of them, not a word or two of a long phrase. */
const MOST = 0.6;

/** The fewest character pairs the question's Chinese words must hold to name one talk. */
const FEWEST_PAIRS = 4;

export interface Titles {
  all(lang: Lang): readonly Talk[];
}

/** The one talk a Chinese recap's wording names, as the talks of a video or slides question that found none; else `found`. */
export function rewordedTalk(question: Question, calendar: Calendar, found: Talk[], titles: Titles): Talk[] {
  if (found.length || (question.ask !== 'video' && question.ask !== 'slides') || !/\p{Script=Han}/u.test(question.rest)) return found;
  const han = topicOf(question, calendar, true).filter((word) => /\p{Script=Han}/u.test(word));
  // A word or two ("代理 视频") is a topic many titles hold, not one talk's wording.
  if (han.reduce((pairs, word) => pairs + word.length - 1, 0) < FEWEST_PAIRS) return found;
  const scored = titles.all(question.lang).map((talk) => ({ talk, share: wordingShare(talk, han) }));
  const [best, next] = scored.sort((a, b) => b.share - a.share);
  return best && best.share >= MOST && best.share > (next?.share ?? 0) ? [best.talk] : found;
}
