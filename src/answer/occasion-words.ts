/**
 * Occasions: events known by the words of their own name (a book launch, a birthday, a co-located day such as Cloud
 * Native AI Day) rather than by a kind, city and year. A question names one only when it says most of those words:
 * "ai" alone is a topic of talks' titles, not Cloud Native AI Day; "the izzy book launch" names the launch. Pure.
 */
import { ANY_EVENT_WORDS, KIND_NAMES, REGION_ALIASES, zhNumber } from '../domain/index.js';
import type { EventInfo } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { nameWords } from './name-words.js';

/** The kinds of event known by the words of their own name. */
export const OCCASIONS: ReadonlySet<EventInfo['kind']> = new Set(['other', 'co-located']);

/**
 * "Europe" of "Cloud Native AI Day Europe 2024" says where, as a year says when, and "day" a kind of event (Istio Day's):
 * no word of what the occasion is.
 */
const NOT_OWN: ReadonlySet<string> = new Set([...Object.values(REGION_ALIASES), ...KIND_NAMES.map(({ aliases }) => aliases)].flatMap((aliases) => aliases.flatMap((alias) => nameWords(alias))));

/**
 * How the Chinese posts say the words of the occasions' English names ("《Izzy 拯救生日》儿童绘本", "发布"), and people
 * (a book "出的", came out), so that "izzy 绘本 什么时候 发布" names the book launch as "when was the izzy book launched" does.
 */
const ZH_NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  book: ['书', '绘本'],
  launch: ['发布', '出版', '发行', '首发', '出的', '出来'],
  saves: ['拯救'],
  birthday: ['生日', '周年', '周岁'],
  celebration: ['庆祝', '庆典'],
  maintainer: ['维护者'],
  summit: ['峰会'],
  platform: ['平台'],
  engineering: ['工程'],
  observability: ['可观测'],
  multi: ['多租户'],
  tenancycon: ['多租户'],
  appdevelopercon: ['应用开发者'],
  cloud: ['云原生'],
  native: ['云原生'],
};

/** Whether a birthday's ordinal ("4th") is said the Chinese way ("四周年", "4 周岁", "七岁"). */
function zhOrdinalSaid(word: string, text: string): boolean {
  const count = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word)?.[1];
  return count !== undefined && new RegExp(`(?:${count}|${zhNumber(Number(count)) ?? count})\\s*(?:周年|周岁|岁)`, 'u').test(text);
}

/** The words of the occasion `name` that say what it is (not its year or region) and those of them `text` says. */
function occasionSaid(name: string, text: string): { own: string[]; said: string[] } {
  const typed = nameWords(text);
  // "launched" says the launch, "books" the book; "那本书" the book, as the Chinese posts say it.
  const says = (word: string): boolean => typed.some((one) => one.startsWith(word)) || (ZH_NAME_WORDS[word] ?? []).some((zh) => text.includes(zh)) || zhOrdinalSaid(word, text);
  const own = nameWords(name).filter((word) => !/^\d+$/.test(word) && !ANY_EVENT_WORDS.includes(word) && !NOT_OWN.has(word));
  const apart = otherNamed(nameWords(name), typed);
  return { own, said: own.filter((word) => says(word) && !apart.has(word)) };
}

/**
 * The words of a name the question says, two or more in a row, as the start of another name: "cloud native" of "the cloud native theater
 * sessions" goes on with "theater" where Cloud Native AI Day goes on with "ai", and names the theater, not that day.
 */
function otherNamed(name: readonly string[], typed: readonly string[]): Set<string> {
  const apart = new Set<string>();
  typed.forEach((word, at) => {
    const of = name.indexOf(word);
    const next = typed[at + 1];
    if (of < 0 || of + 1 >= name.length || next === undefined || name.includes(next) || !/^[a-z]+$/.test(next)) return;
    const run: string[] = [];
    for (let back = 0; back <= of && typed[at - back] === name[of - back]; back += 1) run.push(name[of - back] as string);
    // One word said before another is a topic ("ai talks"), not the start of another name.
    if (run.length > 1) for (const one of run) apart.add(one);
  });
  return apart;
}

/** Whether `text` says more than half of the words of the occasion `name` that say what it is. */
export function saysMostOf(name: string, text: string): boolean {
  const { own, said } = occasionSaid(name, text);
  return said.length * 2 > own.length;
}

/**
 * Whether a question names the occasion `event` only by words of talks' titles, a few of its name's ("ai" of Cloud
 * Native AI Day): it asks for the talks on them, not for that occasion's.
 */
export function topicOnly(event: EventInfo, text: string, titled: (word: string) => boolean): boolean {
  if (!OCCASIONS.has(event.kind)) return false;
  const { own, said } = occasionSaid(event.name, text);
  return said.length > 0 && said.length * 2 <= own.length && said.every(titled);
}

/**
 * The words of a question that name only occasions it names by their topic (`topicOnly`): "ai" of "any ai talks" or of
 * "talks about ai at kubecon 2025", which the topic leaves out as a word that names an event. An occasion held within an
 * event the question names ("ai talks at kubecon paris", where Cloud Native AI Day was co-located) keeps the word a name.
 */
export function occasionTopic(question: Pick<Question, 'words' | 'rest' | 'lang'>, calendar: Calendar, titled: (word: string) => boolean): string[] {
  const byTopic = (event: EventInfo): boolean => topicOnly(event, question.rest, titled);
  const words = question.words.groups.map(({ word }) => word).filter((word) => titled(word) && calendar.names(word));
  if (!words.length) return [];
  const named = calendar.about(question.rest, question.lang).filter((event) => !byTopic(event));
  const within = (event: EventInfo): boolean => named.some((other) => other.id === event.id || other.id === event.parent);
  return words.filter((word) => {
    const events = calendar.about(word, question.lang);
    return events.length > 0 && events.every((event) => byTopic(event) && !within(event));
  });
}

/** Whether a word titles talks and names one event alone ("ai"), not a series of them ("birthday"): it may be a topic. */
export function topicWord(calendar: Calendar, lang: Question['lang'], titleWord: (word: string) => string | null): (word: string) => boolean {
  return (word) => titleWord(word) !== null && calendar.about(word, lang).length === 1;
}
