/**
 * Which of the events a question means, said in time: the next one, the latest one or the first
 * (en and zh, a typo and all), what followed one named, years said from today, and the words that
 * only say an event takes place.
 */
import { PLACES } from '../domain/index.js';
import { COUNTDOWN, oneEditApart } from './intents.js';
import { newEditionAsked } from './new-edition.js';
import { phrasesOf } from './phrases.js';
import { YEAR_BEFORE_LAST } from './relative-years.js';
import type { Time } from './types.js';

/**
 * Words that say an event takes place ("when did the last kubecon happen", "is istio day planned", "什么时候举办", "在哪举行",
 * 召开 of a conference, "when did istio last celebrate its birthday", 庆祝 of a birthday): they name no topic of it.
 */
export const HAPPENING_WORDS: readonly string[] = ['happen', 'happens', 'happened', 'happening', 'held', 'hold', 'holding', 'take', 'takes', 'took', 'taking', 'place', 'planned', 'scheduled', 'announced', 'celebrate', 'celebrates', 'celebrated', 'celebrating', '举办', '举行', '召开', '庆祝'];

/**
 * Words that ask whether an event is held once more ("will istio day happen again", "is istiocon coming back",
 * "还会办吗"): the one after the latest, that is the next one. "again" alone is no such word: "when was istio day
 * in paris again" asks to be reminded; said of its taking place, it is.
 */
const RECURS = ['another', 'come back', 'comes back', 'coming back', ...HAPPENING_WORDS.map((word) => `${word} again`), '还会', '再办', '再举办', '再次举办', '再来', '以后还有', '还办', '还举办', '还会办'];

/** The weeks and months about now ("this month", "next week", "本月"): no event is that near but the next one, if any. */
const NEAR_DAYS = ['this month', 'next month', 'this week', 'next week', 'coming weeks', 'coming months', 'next few weeks', 'next few months', '本月', '这个月', '本周', '这周', '这个星期', '下周', '下个星期'];

/**
 * Words that say an event is still to come, being prepared ("any istio events planned", "on the horizon", "in the
 * works"), or that more are left later or this year ("后面还有", "今年还有…吗"): the next one. Those of several
 * words are read whole (`words.ts`), so that none of them is a topic ("works").
 */
export const AHEAD = ['planned', 'planning', 'plans for', 'on the horizon', 'in the works', 'in the pipeline', 'lined up', 'on the calendar', 'still to come', 'yet to come', ...NEAR_DAYS, '后面还有', '后续还有', '今年还有', '计划中'];

/** "the first ever istiocon": "ever" only stresses "first", and is no topic. */
const FIRST_EVER = 'first ever';

/**
 * "the istio day that just happened", "刚结束的 kubecon": one just over is the latest held. Read whole (`words.ts`), so that
 * "ended" or "wrapped" is no topic.
 */
const JUST_HELD = ['just happened', 'just ended', 'just finished', 'just wrapped', 'just wrapped up', 'just held', 'just took place', '刚结束', '刚刚结束', '刚办完', '刚开完', '刚举办', '刚举行', '刚过去'];

/** The time words of several Latin words that are read whole (`words.ts`), so that none of their words is a topic. */
export const WHOLE_TIME_PHRASES: readonly string[] = [...AHEAD, FIRST_EVER, ...JUST_HELD];

/** "the last istio day of 2024", "2024 年最后一场": the newest of those named. */
const LAST = ['最后一场', '最后一届', '最后一次', '最后一个'];

/**
 * "最近一次", "最新一届": the latest, said with "one" and a measure word, read whole so that "一次", "一届" is no word searched
 * for, nor glued to the next one ("一次征集").
 */
const LATEST_ONE = ['最近', '最新'].flatMap((latest) => ['一次', '一届', '一场', '一期', '一个', '一轮'].map((one) => `${latest}${one}`));

/** Which of the events a question names it means: the next one or the latest one (en and zh). */
const TIMES: readonly (readonly [Time, readonly string[]])[] = [
  ['next', ['next', 'nxt', 'upcoming', 'coming', 'future', 'soon', 'followed', 'following', 'came after', '之后', '下一站', '下一个', '下一届', '下届', '下一场', '下一次', '下次', '即将', '即将到来', '即将举行', '即将举办', '即将召开', '将要', '快要', '马上', '接下来', '未来', '将来', '今后', '近期', '下回', '下一回', '下一轮', '下轮', '下个', '下期', '下一期', ...RECURS, ...AHEAD, ...COUNTDOWN]],
  ['latest', ['latest', 'most recent', 'recent', 'recently', 'lately', 'newest', 'last', 'previous', 'prev', 'penultimate', '最近', '最新', '上一个', '上一场', '上一届', '上届', '上一次', '上次', '上回', '上一回', '上一轮', '上期', '上一期', '前一届', '前一场', '前一次', ...LATEST_ONE, ...LAST, ...JUST_HELD]],
  ['first', [FIRST_EVER, 'first', '1st', 'earliest', 'inaugural', '首届', '第一届', '第一次', '第一场', '首次', '头一届', '头一次', '最早']],
];

/**
 * "the prior istio day", "preceding kubecon eu": said before the event, at the start or after an article, "prior" and
 * "preceding" say the previous one, the latest; said after one ("the istio day preceding london", "prior to") they say
 * the one before it (`BEFORE`), and after other words ("need prior experience", "any prior knowledge") no time at all.
 */
const PRIOR_ONE = /(?:^|\b(?:the|that|this|its|their|our|and)\s+)(?:prior|preceding)\b(?!\s+to\b)/gi;
/** A cheap test that a text may hold `PRIOR_ONE`, before the pattern is asked. */
const PRIOR_WORD = /pr(?:ior|eceding)/i;

export function priorOneSaid(text: string): boolean {
  PRIOR_ONE.lastIndex = 0;
  return PRIOR_WORD.test(text) && PRIOR_ONE.test(text);
}

/** Every word that says which of the events named is meant: they rank (find weighs by time) and are not searched for. */
export const TIME_WORDS: readonly string[] = [...TIMES.flatMap(([, words]) => words), 'prior', 'preceding'];

const TIME_PATTERNS = TIMES.map(([time, words]) => [time, phrasesOf(words)] as const);

/** The words of the next one but those of plans (`AHEAD`): "the talks planned for the first istiocon" are the first one's. */
const NEXT_NOT_PLANS = phrasesOf((TIMES[0]?.[1] ?? []).filter((word) => !AHEAD.includes(word)));

/** Long English time words, which a typo leaves recognisable. */
const LONG_TIME_WORDS = TIMES.flatMap(([time, words]) => words.filter((word) => /^[a-z]{6,}$/.test(word)).map((word) => [time, word] as const));

const PICKS = (['first', 'latest'] as const).map((time) => [time, phrasesOf(TIMES.find(([said]) => said === time)?.[1] ?? [])] as const);

/**
 * "第一届 istiocon 之后", "what came after the last istiocon": which of the events named is said (the first, the
 * latest), though another time word ("之后", "came after") comes first; null when neither is.
 */
export function pickAsked(text: string): 'first' | 'latest' | null {
  return PICKS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

/**
 * Whether `typed` is `known` misspelt: one letter off, or, five letters long, one letter dropped ("recnt",
 * "newst"), which no shorter English word is (a five-letter word one letter off "recent" or "latest" would
 * be a topic read as a time: the posts hold none, tests/unit/next-latest.test.ts checks).
 */
function misspelt(typed: string, known: string): boolean {
  return (typed.length >= 6 || typed.length === known.length - 1) && oneEditApart(typed, known);
}

/** Recent texts' times: the answer stage asks it of a question's text and of each of its words, question after question. */
const TIMES_OF = new Map<string, Time | null>();
/** Texts remembered before the memo starts over. */
const TIMES_KEPT = 5_000;

/** Whether the question asks for the next or the latest of the events it names; null when neither. */
export function timeOf(text: string): Time | null {
  let time = TIMES_OF.get(text);
  if (time === undefined) {
    if (TIMES_OF.size >= TIMES_KEPT) TIMES_OF.clear();
    TIMES_OF.set(text, (time = readTime(text)));
  }
  return time;
}

/**
 * "加入 CNCF 之后", "毕业以后": after a milestone of the project (joining the CNCF, graduating, a release), 之后 dates what is
 * asked, as English "after joining the cncf" does; it asks for no next event. So does a change of how something is done
 * ("改成选举制之后", "改用新章程以后", "引入任期制之后"): what came after a change, not the event after one named.
 */
const AFTER_MILESTONE = /(?:加入|成为|毕业|发布|被接受|晋升|改成|改为|改用|变成|变为|转为|转成|过渡到|引入|采用|实行)[^，。,？?！!]{0,12}?(?:之后|以后)/gu;

/** "will istio be at kubecon again", "will there be an istio day again": "again" said of what will be is the next one. */
const WILL_AGAIN = /\bwill\b[^?.!]*\bagain\b/i;

/**
 * "next-level security", "next-generation platform", "last-mile", "first-class": a time word joined by a hyphen to the
 * word after it makes an adjective, as talks' titles write them; it says which event of none ("first-ever" still says the first).
 */
const TIME_COMPOUND = /\b(?:next|last|first|latest|future)-(?!ever\b)[a-z][a-z-]*/gi;

function readTime(text: string): Time | null {
  const plain = (text.includes('-') ? text.replace(TIME_COMPOUND, ' ') : text).replace(AFTER_MILESTONE, ' ');
  const said = TIME_PATTERNS.find(([, pattern]) => pattern.test(plain))?.[0];
  // Plans said of an edition picked ("planned for the first istiocon", "最早那届计划了什么") are that edition's, not the next's.
  if (said === 'next' && !NEXT_NOT_PLANS.test(plain)) return pickAsked(plain) ?? said;
  if (said) return said;
  if (priorOneSaid(plain)) return 'latest';
  if ((plain.includes('again') && WILL_AGAIN.test(plain)) || newEditionAsked(plain)) return 'next';
  const words = plain.toLowerCase().split(/[^a-z]+/).filter((word) => word.length >= 5);
  return LONG_TIME_WORDS.find(([, known]) => words.some((word) => misspelt(word, known)))?.[0] ?? null;
}

/** "which istiocon followed the 2021 one", "after kubecon na 2025 where next": the event after one named, not the next to come. */
const FOLLOWS = phrasesOf(['next', 'after', 'followed', 'following', 'came after', '下一', '之后', '结束后', '接下来']);

/**
 * "what came after the 2023 istiocon in china", "where did istio go after…", "the next stop", "下一站" (as the posts say it):
 * what followed, whatever it was: when no event of the kind named came after it (no IstioCon after China 2023), the next
 * of another.
 */
const WHAT_FOLLOWED = phrasesOf(['what came', 'what happened', 'what was next', 'what followed', 'where did', 'where to next', 'next stop', 'next stops', '下一站', '去了哪', '去哪']);

export function whatFollowedAsked(text: string): boolean {
  return WHAT_FOLLOWED.test(text);
}

/** "what happened after istio day paris", "之后发生了什么": what took place after it, not which event came next. */
const HAPPENED = phrasesOf(['what happened', 'what else happened', '发生了什么', '发生了啥']);

export function happenedAfterAsked(text: string): boolean {
  return HAPPENED.test(text);
}

export function followsAsked(text: string): boolean {
  return FOLLOWS.test(text);
}

/** "芝加哥 istio day 的下一届": the next edition of one named, said with 的, is the one after it ("下一届 istio day" alone is the next to come). */
const NEXT_OF = ['的下一届', '的下一场', '的下一次', '的下一个'];

/**
 * "after the london istio day", "盐湖城的下一站" (its next stop): the one held after a past event, said outright
 * ("next" alone may mean the next to come).
 */
const AFTER = phrasesOf(['after', 'followed', 'following', 'came after', '之后', '以后', '结束后', '后面', '后一场', '后一届', '后一次', '紧接着', ...NEXT_OF, '下一站']);

/**
 * "chicago istio day's next edition", "paris istio day, next one?": English says the next of one named as 的下一届 does, by
 * "next" after it, its possessive's ("what's next" is no possessive; "istio's next birthday" is the project's next, not
 * what followed an event the project's name matches) or past a comma ("the next istio day in paris" is the next to come).
 */
const NEXT_OF_NAMED = /\p{L}(?<!\b(?:what|where|when|who|how|that|it|there|here|let|istio))['’]s\s+next\b|\p{L}\s*(?:,|->|→)\s*(?:the\s+|and\s+(?:the\s+)?)?next\b/iu;

export function afterAsked(text: string): boolean {
  return AFTER.test(text) || NEXT_OF_NAMED.test(text);
}

/**
 * "the day before istio day london", "the week after kubecon", "contributors the year before": a day, a week or a year
 * beside an event, said with an article or a count, is a time around it, not the event held before or after it ("the
 * istio day before london" is one), and "my question from before" is the chat's past. Something is still asked of
 * another time than the event's own (its schedule is no answer), so only the event looked for drops it.
 */
const SPAN_AROUND = /\b(?:the|a|one|two|three|few|couple of)\s+(?:days?|nights?|evenings?|mornings?|weeks?|months?|years?)\s+(?:before|after|prior to)\b|\bfrom\s+before\b/gi;

/**
 * "istio day eu the year before london", "kubecon na two years after chicago", "伦敦前一年的欧洲 istio day": a year said
 * around an event, beside the kind or place of another, asks for that one held so many years before or after it (a
 * yearly series' edition), not for a time around the one named (`SPAN_AROUND`; the answer stage checks that `wanted`
 * names an event). English says the event asked for before the span, Chinese after it.
 */
const YEARS_AROUND = /\b(the|a|one|two|three)\s+years?\s+(before|after|prior\s+to)\b|(前|后)([一两二三])年/iu;
/** How many years each count says ("the year before" is one). */
const YEAR_COUNTS: Readonly<Record<string, number>> = { the: 1, a: 1, one: 1, two: 2, three: 3, 一: 1, 二: 2, 两: 2, 三: 3 };

export function yearsAround(text: string): { direction: 'before' | 'after'; years: number; wanted: string } | null {
  // "the year before last" is a year said from today (`relative-years.ts`), around no event.
  const match = YEARS_AROUND.exec(text.replace(YEAR_BEFORE_LAST, ' '));
  if (!match) return null;
  const [said, count = match[4] ?? '', latin, han] = match;
  const direction = (han ?? latin ?? '').toLowerCase() === 'after' || han === '后' ? 'after' : 'before';
  const wanted = han ? match.input.slice(match.index + said.length) : match.input.slice(0, match.index);
  return { direction, years: YEAR_COUNTS[count.toLowerCase()] ?? 1, wanted };
}

/** The question without the days or weeks it says around an event. */
export function withoutSpansAround(text: string): string {
  return text.replace(SPAN_AROUND, ' ');
}

/** The Chinese words for "after" follow the event they look past ("伦敦之后"); the English ones precede it. */
const AFTER_SPLIT = new RegExp(`(${['之后', '以后', '结束后', '后面', '后一场', '后一届', '后一次', ...NEXT_OF].join('|')})|\\b(?:after)\\b`, 'iu');

/**
 * "istiocon 2022 之后欧洲有什么活动", "any event in china after istiocon 2021": the words that name the
 * event looked past, and those that say what is wanted of the one that followed; null without "after".
 */
export function afterSides(text: string): { named: string; wanted: string } | null {
  return sidesAt(AFTER_SPLIT, text);
}

/** The text without a "preceding" that says the previous one (`PRIOR_ONE`): it looks before no event named. */
function withoutPriorOne(text: string): string {
  return PRIOR_WORD.test(text) ? text.replace(PRIOR_ONE, ' ') : text;
}

/** "多久之前", "多长时间以前": how long ago, whose 之前 looks before no event. */
const HOW_LONG_AGO = /多(?:久|长时间)(?:之前|以前)/gu;

/** As `AFTER_SPLIT`, for "before": "伦敦之前的 istio day", "the istio day na before salt lake city". */
const BEFORE_SPLIT = new RegExp(`(${['之前', '以前', '的前一场', '的前一届', '的前一次', '的前一个'].join('|')})|\\b(?:before|preceded|preceding|prior to)\\b`, 'iu');

/** "kubecon eu before the amsterdam 2026 one": the words that name the event looked before, and those that say what is wanted of the one before it. */
export function beforeSides(text: string): { named: string; wanted: string } | null {
  return sidesAt(BEFORE_SPLIT, withCityPrevious(withoutPriorOne(text)).replace(HOW_LONG_AGO, ' '));
}

/**
 * Where the words naming the event an English "after" or "before" looks from end: at a clause's end or a question word
 * ("after the paris one in 2024, where did the next european istio day go": what follows asks of the one wanted).
 */
const NAMED_ENDS = /[,;?!]|\s[-–—]\s|\s(?:where|when|which|who|what|how)\b/i;

/** The text cut at the first word of `split`: a Chinese one (its first group) follows the event it looks from, an English one precedes it. */
function sidesAt(split: RegExp, text: string): { named: string; wanted: string } | null {
  const match = split.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  if (match[1]) return { named: before, wanted: after };
  const end = NAMED_ENDS.exec(after)?.index ?? after.length;
  return { named: after.slice(0, end), wanted: `${before} ${after.slice(end)}` };
}

/**
 * "the istio day before atlanta", "伦敦那场的前一届": the one held before a past event named. 前一届 said alone is the
 * previous edition, the latest held, as 上一届 is (a time word); said of one named, with 的, the one before it. 上上届 (再上一届)
 * is the one before the latest, as "the istio day before last", "the second to last", "the penultimate kubecon" are.
 */
const BEFORE = phrasesOf(['before', 'preceded', 'preceding', 'came before', 'prior to', 'second to last', 'second-to-last', 'second last', 'penultimate', '之前', '以前', '的前一场', '的前一届', '的前一次', '的前一个', '上上届', '上上一届', '上上次', '上上场', '上上一场', '再上一届', '再上届', '再上一次', '再上次', '再上一场']);

/**
 * "伦敦的上一届 istio day", "巴黎 前一届 kubecon": the previous edition said of a city, with or without 的, is the one held
 * before the one there, as "伦敦的前一届" is. Said of a region ("北美的上一届 istio day") it stays that region's latest.
 */
const CITY_PREVIOUS = new RegExp(`(${PLACES.flatMap((place) => [place.city, ...place.zh]).join('|')})(\\s*(?:那届|那场|那次))?\\s*的?\\s*[上前]一([届场次个])`, 'giu');
/** A cheap test that a text may hold `CITY_PREVIOUS`. */
const PREVIOUS_WORD = /[上前]一[届场次个]/u;

/** The text with a previous edition said of a city written as 的前一届 (`CITY_PREVIOUS`), which `BEFORE` reads. */
function withCityPrevious(text: string): string {
  return PREVIOUS_WORD.test(text) ? text.replace(CITY_PREVIOUS, (_, city: string, that = '', unit: string) => `${city}${that}的前一${unit}`) : text;
}

export function beforeAsked(text: string): boolean {
  return BEFORE.test(withCityPrevious(withoutPriorOne(text)).replace(YEAR_BEFORE_LAST, ' ').replace(HOW_LONG_AGO, ' '));
}
