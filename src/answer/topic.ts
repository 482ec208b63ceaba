/** The topic of a question: the words that name neither an event nor what is asked ("ambient"). */
import { askingWords, askOf, HAPPENING_WORDS, LINK_WORDS, LISTING_WORDS, SHIRTS, TALK_FORMATS, talksAsked, type Question } from '../understand/index.js';
import { ANY_EVENT_WORDS } from '../domain/index.js';
import type { Calendar } from './calendar.js';

const HAN = /\p{Script=Han}/u;

/**
 * Each question's topic, worked out once: the event answers, the talks and the lines ask for it
 * several times per question, and each time tests every word against every intent's words.
 */
const TOPICS = new WeakMap<Question, Map<boolean, string[]>>();

/** Words that ask something whatever the question, remembered: each question tests each of its words. */
const ASKING = new Map<string, boolean>();
/** Words remembered before the memo starts over. */
const ASKING_KEPT = 2_000;

/** Whether `word` asks something (an intent, talks, any event, a list, a happening) rather than names a topic. */
function asksAlone(word: string): boolean {
  let asks = ASKING.get(word);
  if (asks === undefined) {
    if (ASKING.size >= ASKING_KEPT) ASKING.clear();
    // A kind of talk is a topic even where it also asks for talks ("闪电演讲" is talks, and lightning ones); so is a
    // T-shirt, which alone asks how it is got.
    asks = ((askOf(word) !== 'search' || talksAsked(word)) && !TALK_FORMATS.includes(word) && !SHIRTS.includes(word)) || [ANY_EVENT_WORDS, LISTING_WORDS, LINK_WORDS, HAPPENING_WORDS].some((words) => words.includes(word));
    ASKING.set(word, asks);
  }
  return asks;
}

/**
 * The words of the question that name neither an event nor what is asked (nor talks): its topic
 * ("ambient"); with `all`, Chinese words too that the vocabulary does not know ("开幕", not a
 * one-character particle).
 */
export function topicOf(question: Question, calendar: Calendar, all = false): string[] {
  const known = TOPICS.get(question) ?? new Map<boolean, string[]>();
  TOPICS.set(question, known);
  const remembered = known.get(all);
  if (remembered) return remembered;
  // A Han piece is a topic only when the vocabulary knows it (选举); the rest are particles (是哪个).
  const topical = (group: Question['words']['groups'][number]): boolean =>
    HAN.test(group.word) ? group.alternatives.length > 1 || (all && group.word.length > 1) : group.word.length > 2;
  // "how long ago": words of the phrase that asks are no topic either. The kind of talk asked about ("keynotes at
  // kubecon") is a topic, though it says the question is about talks.
  const phrase = askingWords(question.text);
  const asking = (word: string): boolean => asksAlone(word) || phrase.includes(word);
  const topic = question.words.groups
    .filter((group) => !/^\d+$/.test(group.word) && !calendar.names(group.word) && !asking(group.word) && topical(group))
    .map((group) => group.word);
  known.set(all, topic);
  return topic;
}
