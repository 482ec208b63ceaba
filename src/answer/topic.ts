/** The topic of a question: the words that name neither an event nor what is asked ("ambient"). */
import { askingWords, askOf, HAPPENING_WORDS, LINK_WORDS, LISTING_WORDS, phrasesOf, relativeYearWords, SHIRTS, TALK_FORMATS, talksAsked, type Question } from '../understand/index.js';
import { ANY_EVENT_WORDS, SYNONYMS } from '../domain/index.js';
import { STOP_WORDS } from '../store/index.js';
import type { Calendar } from './calendar.js';
import { occasionTopic, topicWord } from './occasion-words.js';

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

/** Words that stand in for what was named or asked ("the last one announced", "the paris one", "the next edition", "the next chance to meet…", "the next time…", "anything else coming up"): no topic of it. */
const STANDING_IN = ['one', 'ones', 'edition', 'editions', 'chance', 'chances', 'opportunity', 'opportunities', 'time', 'times', 'else'];

/**
 * Words that ask whether it has taken place by now or will once more ("has kubecon eu happened yet", "already held?", "is the
 * istio birthday happening again"): when, not what about.
 */
const SO_FAR = ['yet', 'already', 'again'];

/**
 * Words that ask to be told about it ("any news on the next istio event", "info about the latest one", "details", "I heard there is one soon", "a recap of the latest"), as
 * 消息, 信息 and 详情 do, which name nothing the posts hold: what is asked, not what about.
 */
const TOLD = ['news', 'info', 'information', 'details', 'heard', 'hear', 'rumor', 'rumour', 'recap', 'recaps', 'summary', 'roundup', 'wrap-up'];

/**
 * Words that ask what something is called ("what was the contribfest called", "name of the keynote", "巴黎维护者专场的主题"): its
 * title, not what it is about (主题, 题目, 标题 as `understand.ts` reads them asking a session's topic).
 */
const NAMING = ['name', 'named', 'called', 'title', 'titled', '主题', '题目', '标题'];

/**
 * Words that say how big an event is, that one goes there or whose it is ("the next big istio event", "in-person", "the
 * community meetup of the 4th birthday", "下一届社区活动", read as one word): which events, not what about.
 */
const SIZING = ['big', 'bigger', 'biggest', 'major', 'huge', 'large', 'flagship', 'in-person', 'physical', 'offline', 'community', '社区活动', '社区聚会'];

/**
 * Words that say the asker means to go and whom to see there ("is there one coming? I'd like to attend", "…so I can plan
 * my travel", "where can I see istio people next"), or where the project goes ("where is istio headed next"): why the event is
 * asked about, not what about. "go" stays a topic: a talk is titled "Know Before You Go!".
 */
const GOING = ['attend', 'attending', 'travel', 'travelling', 'traveling', 'trip', 'plan', 'visit', 'visiting', 'calendar', 'see', 'catch', 'people', 'going', 'headed', 'heading'];

/**
 * Phrases that say the same ("meet in person", "get together", "the latest event istio took part in", "the next community
 * event", "the latest kubecon istio showed up at"): "community" alone is a topic of talks and seats, but said of an event it says which events, as "big" does.
 */
const SIZING_PHRASES = ['in person', 'face to face', 'go to', 'to go', 'get together', 'take part', 'takes part', 'took part', 'taking part', 'participate', 'participated', 'show up', 'shows up', 'showed up', 'shown up', 'showing up', 'community event', 'community events', 'community meetup', 'community meetups'];

/**
 * Phrases that say where an event is held ("which city hosted the last istio event", "where will the next one be hosted"):
 * "hosted" said so asks where, as "held" does; alone it stays a topic, who hosted a day's programme.
 */
const HOSTED_IN = ['city hosted', 'cities hosted', 'country hosted', 'hosted in', 'be hosted', 'is hosted', 'was hosted', 'are hosted', 'were hosted'];

/** Both, with their words and whole-word pattern; the substring test keeps the patterns off most questions. */
const SAID_PHRASES = [...SIZING_PHRASES, ...HOSTED_IN].map((phrase) => ({ phrase, words: phrase.split(' '), pattern: phrasesOf([phrase]) }));

/**
 * Words that tie talks to what they are about ("keynotes that mentioned istio", "sessions covering
 * multicluster", "talks related to wasm"): the words after them are the topic, they are none.
 */
const RELATING = ['mention', 'mentions', 'mentioned', 'mentioning', 'feature', 'features', 'featured', 'featuring', 'cover', 'covers', 'covered', 'covering', 'discuss', 'discusses', 'discussed', 'discussing', 'regarding', 'related', 'relating'];

/** Whether `word` asks something (an intent, talks, any event, a list, a happening, a word standing in) rather than names a topic. */
function asksAlone(word: string): boolean {
  let asks = ASKING.get(word);
  if (asks === undefined) {
    if (ASKING.size >= ASKING_KEPT) ASKING.clear();
    // A kind of talk is a topic even where it also asks for talks ("闪电演讲" is talks, and lightning ones); so is a
    // T-shirt, which alone asks how it is got.
    asks = ((askOf(word) !== 'search' || talksAsked(word)) && !TALK_FORMATS.includes(word) && !SHIRTS.includes(word)) || [ANY_EVENT_WORDS, LISTING_WORDS, LINK_WORDS, HAPPENING_WORDS, SO_FAR, TOLD, STANDING_IN, SIZING, GOING, RELATING, NAMING].some((words) => words.includes(word));
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
  // A Han piece is a topic only when the vocabulary knows it (选举); the rest are particles (是哪个). A Latin word of two
  // letters is one when no function word ("hp", a company); stop words ("on", "at", "is") are none.
  const topical = (group: Question['words']['groups'][number]): boolean =>
    HAN.test(group.word) ? group.alternatives.length > 1 || (all && group.word.length > 1) : group.word.length > 2 || (group.word.length === 2 && !STOP_WORDS.has(group.word));
  // "how long ago": words of the phrase that asks are no topic either. The kind of talk asked about ("keynotes at
  // kubecon") is a topic, though it says the question is about talks.
  // "coming up this year": a year said from today is a time, as a year in digits is.
  const phrase = phraseWordsOf(question);
  const asking = (word: string): boolean => asksAlone(word) || phrase.includes(word);
  const topic = question.words.groups
    .map((group) => ({ ...group, word: formatIn(group.word) ?? group.word }))
    .filter((group) => !/^\d+$/.test(group.word) && !calendar.names(group.word) && !asking(group.word) && topical(group))
    .map((group) => group.word);
  known.set(all, topic);
  return topic;
}

/** The words of a question's phrases that ask ("how long ago") or say a time ("this year"), once per question: both readings of its topic need them. */
const PHRASE_WORDS = new WeakMap<Question, string[]>();
function phraseWordsOf(question: Question): string[] {
  let words = PHRASE_WORDS.get(question);
  if (!words) {
    words = [...askingWords(question.rest), ...relativeYearWords(question.rest), ...saidPhraseWords(question.rest)];
    PHRASE_WORDS.set(question, words);
  }
  return words;
}

/** The words of the phrases of `SAID_PHRASES` that `text` holds. */
function saidPhraseWords(text: string): string[] {
  const lower = text.toLowerCase();
  return SAID_PHRASES.filter(({ phrase, pattern }) => lower.includes(phrase) && pattern.test(text)).flatMap(({ words }) => words);
}

/** The kind of talk a phrase of the vocabulary names ("lightning talk": lightning), which the talks' format notes hold. */
function formatIn(phrase: string): string | undefined {
  return /\s/.test(phrase) ? phrase.split(/\s+/).find((word) => TALK_FORMATS.includes(word)) : undefined;
}

/** Longest piece of a Chinese phrase tried as a topic: titles' topics are short words (数据库, 多集群). */
const LONGEST_PIECE = 8;
/** Longest rest of a phrase that asks for talks around its topic ("有讲", "有人讲"). */
const ASKING_REST = 3;

/**
 * Chinese words that tie talks to what they are about ("关于升级的议题", "有关数据库的演讲"), RELATING's
 * counterpart: written together with the topic, they are no part of it and ask nothing else.
 */
const RELATING_ZH = /关于|有关|相关|涉及/g;

/** Whether a Chinese run only ties talks to a topic said apart from it ("有关的", "相关"): relating words and function words. */
function relatesOnly(run: string): boolean {
  const bare = run.replace(RELATING_ZH, '');
  return bare !== run && [...bare].every((char) => STOP_WORDS.has(char));
}

/** A verb of talking said before the topic it tells of ("讲电信的那个", "聊多集群的"): it only asks. */
const TALKED_OF = new Set(['讲', '聊', '谈']);

/** Whether what a phrase holds beside its topic only asks: function words (的, 吗), a few that ask for talks (有讲), or relate. */
function onlyAsks(rest: string): boolean {
  const bare = rest.replace(RELATING_ZH, '');
  return [...bare].every((char) => STOP_WORDS.has(char)) || TALKED_OF.has(bare) || (bare.length <= ASKING_REST && talksAsked(bare));
}

/**
 * The topic a Chinese phrase of the question holds when the question has no other ("有人讲网关迁移吗"
 * holds 网关迁移), which the vocabulary does not know and the question does not write apart: the
 * longest piece, two characters or more, that a word of some talk's title holds (`titleWord`), naming no event,
 * when the rest of the phrase only asks (a stage, "…剧场", is no talks on what its name holds).
 */
export function titledPieces(question: Question, calendar: Calendar, titleWord: (word: string) => string | null): string[] {
  if (topicOf(question, calendar).length) return [];
  // "跟 istio 有关的议题": a run that only ties talks to a topic typed apart ("有关的") holds none ("关的" of it is no word).
  const phrases = question.words.groups.map((group) => group.word).filter((word) => HAN.test(word) && word.length > 1 && !calendar.names(word) && !relatesOnly(word));
  return phrases.flatMap((phrase) => titledPiece(phrase, calendar, titleWord) ?? []);
}

/**
 * The longest piece of a Chinese phrase, two characters or more, that a word of some talk's title holds, naming no event,
 * when the rest of the phrase only asks ("的开幕": 开幕); with `anyRest`, whatever the rest says ("金融数据" of a title's
 * "金融信息": 金融), for a phrase already known to be the topic of talks asked for.
 */
export function titledPiece(phrase: string, calendar: Calendar, titleWord: (word: string) => string | null, anyRest = false): string | undefined {
  for (let length = Math.min(phrase.length, LONGEST_PIECE); length >= 2; length -= 1) {
    for (let at = 0; at + length <= phrase.length; at += 1) {
      const piece = phrase.slice(at, at + length);
      const rest = [phrase.slice(0, at), phrase.slice(at + length)];
      // A title holds the piece itself, not a word a typo away from it.
      const titled = (anyRest || rest.every(onlyAsks)) && !talksAsked(piece) && askOf(piece) === 'search' && !calendar.names(piece) && titleWord(piece)?.includes(piece);
      if (titled) return piece;
    }
  }
  return undefined;
}

/** Fewest topic words that may be read as a list of alternatives, and fewest a talk must hold then. */
const LISTED = { words: 3, held: 2 };

/**
 * The talks on a topic: those whose title holds every word (`onTopic`); when none does and the
 * question lists three words or more (several companies' end-user talks: each title names one company
 * and "end user"), those that hold the most of them, two at least. A pair no title holds together
 * ("ambient multicluster") chooses none.
 */
export function onMostOf<T>(talks: readonly T[], topic: readonly string[], onTopic: (talks: readonly T[], words: readonly string[]) => T[]): T[] {
  const all = onTopic(talks, topic);
  if (all.length || topic.length < LISTED.words) return all;
  const held = new Map<T, number>();
  for (const word of topic) for (const talk of onTopic(talks, [word])) held.set(talk, (held.get(talk) ?? 0) + 1);
  const most = Math.max(0, ...held.values());
  return most < LISTED.held ? [] : talks.filter((talk) => held.get(talk) === most);
}

/** What a Chinese piece says around its word: "讲安全的", "关于数据库的", "数据库吗" (a particle ending the question) are 安全, 数据库. */
const AROUND_HAN = /^(?:讲|聊|说|关于|有关)|的?[吗呢吧呀啊]?$/gu;

/**
 * The topic of a question that asks for talks: `topicOf`'s words, and the Chinese words the vocabulary does not know
 * that some title writes as typed ("安全" of "服务网格安全：理解 Istio CNI", "多集群", "讲安全的"); a piece no title holds
 * whole ("于迁移的") is no topic, save `ofOrganisation` (see below). Other questions: `topicOf`'s.
 */
export function talkTopicOf(question: Question, calendar: Calendar, titleWord: (word: string) => string | null, ofOrganisation = false): string[] {
  const known = topicOf(question, calendar);
  if (question.ask !== 'talks') return known;
  const typedTopic = topicOf(question, calendar, true).flatMap((typed) => {
    if (known.includes(typed) || !HAN.test(typed)) return known.includes(typed) ? [typed] : [];
    const word = typed.replace(AROUND_HAN, '');
    if (word.length < 2) return [];
    // Of an organisation's few talks, a compound of the asker's own ("彭博 讲金融数据的": 金融数据) that no title holds
    // whole chooses by its longest piece a title holds (金融); of every talk that piece alone says too little ("云原生剧场" is a stage).
    if (titleWord(word)?.includes(word) === true) return [word];
    return ofOrganisation ? (titledPiece(word, calendar, titleWord, true) ?? []) : [];
  });
  return [...typedTopic.map((word) => titledAs(word, titleWord)), ...occasionTopic(question, calendar, topicWord(calendar, question.lang, titleWord))];
}

/** Each word of the vocabulary's synonym groups, with its group. */
const SAID_AS = new Map<string, readonly string[]>(SYNONYMS.flatMap((group) => group.map((word) => [word, group] as const)));

/**
 * A topic word no title holds said as the synonym of the vocabulary some title does ("ambient 压测的演讲": the titles write
 * "benchmark" and 基准测试, never 压测), else as typed.
 */
function titledAs(word: string, titleWord: (word: string) => string | null): string {
  // A Chinese word is held when a title word holds it whole: 压力测试 only shares 测试 with a title on testing.
  const held = (said: string): boolean => (HAN.test(said) ? titleWord(said)?.includes(said) === true : titleWord(said) !== null);
  const group = held(word) ? undefined : SAID_AS.get(word);
  // Named in the asker's script where a title holds it so (压测: 基准测试 before "benchmark").
  const others = group?.filter((other) => other !== word && held(other)) ?? [];
  return others.find((other) => HAN.test(other) === HAN.test(word)) ?? others[0] ?? word;
}
