/**
 * Another ask of the event held before or after a past one ("who spoke at the istio day before atlanta", "talks at
 * the istio day after amsterdam 2023"): the events it is asked of. Pure, given the calendar.
 */
import { ANY_EVENT_WORDS, KIND_NAMES, PLACES, REGION_ALIASES } from '../domain/index.js';
import { afterAsked, afterSides, beforeAsked, beforeSides, understand, type Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import { sequelPart } from './sequel.js';
import type { EventInfo } from '../model/index.js';

/** The words that name an event by its kind, region or city, whole or word by word ("salt lake city", "istio", "day"). */
const EVENT_WORDS: ReadonlySet<string> = new Set(
  [...KIND_NAMES.flatMap(({ aliases }) => aliases), ...Object.values(REGION_ALIASES).flat(), ...PLACES.flatMap(({ city, zh, short }) => [city.toLowerCase(), ...zh, ...(short ?? [])]), ...ANY_EVENT_WORDS]
    .flatMap((alias) => [alias, ...alias.split(/\s+/)]),
);

/**
 * The event held before or after the one past event `named` stands for, when the words on the side of "before" or
 * "after" name nothing but that event (its kind, region, city, year): "who spoke after the keynote at istio day
 * london" looks past a talk inside the event, and stays London's. None when the question looks neither way, or
 * when nothing was held before or after it.
 */
export function sequelAsked(question: Question, named: readonly EventInfo[], calendar: Calendar, now: Date): EventInfo[] | undefined {
  // Only the questions that say "before" or "after" are read further (most say neither).
  if (!named.length || !looksAround(question)) return undefined;
  const part = sequelPart(question, named, calendar, now);
  const found = part?.events?.[0];
  if (!found || !part.lookedFrom || found === part.lookedFrom.event) return undefined;
  const sides = part.lookedFrom.direction === 'after' ? afterSides(question.rest) : beforeSides(question.rest);
  // "上上届 istio day 欧洲 ppt", "the penultimate kubecon's videos": a word that says "before the latest" whole has no sides;
  // the series it names is looked back along from its latest.
  if (!sides) return part.lookedFrom.direction === 'before' ? [found] : undefined;
  const naming = (word: string): boolean => /^\d+$/.test(word) || EVENT_WORDS.has(word);
  // English names the event right after the word ("after london, who spoke there"), the ask may follow; Chinese before
  // it, the ask after, so all the words before 之后 name it ("伦敦 istio day 之后那届谁主持的").
  if (!question.rest.startsWith(sides.named)) return naming(firstWord(sides.named)) ? [found] : undefined;
  return understand(sides.named, question.lang).words.groups.every(({ word }) => naming(word)) ? [found] : undefined;
}

/** Whether the question says "before" or "after" an event ("who chaired the istio day before atlanta"). */
export function looksAround({ rest }: Pick<Question, 'rest'>): boolean {
  return beforeAsked(rest) || afterAsked(rest);
}

/** Words that lead to an event's name without naming it: "after the one in atlanta". */
const LEADING: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'that', 'this', 'in', 'at', 'of', 'held']);

/** The first word of `text` that is no article or preposition, lower case. */
function firstWord(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).find((word) => word && !LEADING.has(word)) ?? '';
}
