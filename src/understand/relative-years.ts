/**
 * Years said from today ("this year", "next year's", "two years ago", 去年, 前年, 三年前), as how many years from now
 * each is: `understand` is pure and knows no today, so the answer stage, which does, turns them into years
 * (`src/answer/said-years.ts`).
 */
import { phrasesOf } from './phrases.js';

/** Years said by a phrase of their own. */
const RELATIVE_YEARS: readonly (readonly [number, readonly string[]])[] = [
  [0, ['this year', 'this yr', '今年', '本年']],
  [1, ['next year', 'next yr', '明年']],
  [2, ['后年']],
  [-1, ['last year', 'last yr', '去年']],
  [-2, ['the year before last', 'year before last']],
];

/** "the year before last": a year, whose "before" looks past no event and whose "last" picks none (`beforeAsked`). */
export const YEAR_BEFORE_LAST = /\b(?:the\s+)?year\s+before\s+last\b/gi;
const RELATIVE_PATTERNS = RELATIVE_YEARS.map(([offset, words]) => [offset, phrasesOf(words)] as const);

/** A count of years before now said in words; "a year ago" is one. */
const COUNTS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const HAN_COUNTS = '〇一二三四五六七八九十';

/** "two years ago", "3 yrs back": the English words are ASCII, so a word boundary is a whole word. */
const YEARS_AGO = new RegExp(`\\b(\\d{1,2}|${COUNTS.join('|')})\\s+(?:years?|yrs?)\\s+(?:ago|back)\\b`, 'i');

/**
 * "两年前", "3 年前", 前年 (the year before last) and 大前年 (the one before it). No digit may come before the count: "2023
 * 年前" is "before 2023", no count of years.
 */
const HAN_YEARS_AGO = /(?<!\d)(\d{1,2}|[〇一二两三四五六七八九十])\s*年前|(大)?前年/u;

function countOf(said: string): number {
  if (/^\d+$/.test(said)) return Number(said);
  if (said === '两') return 2;
  const han = HAN_COUNTS.indexOf(said);
  return han >= 0 ? han : Math.max(1, COUNTS.indexOf(said.toLowerCase()));
}

/** How many years before now a count of years "ago" says; null when none is said. */
function yearsAgo(text: string): number | null {
  const english = YEARS_AGO.exec(text);
  if (english?.[1]) return -countOf(english[1]);
  const han = HAN_YEARS_AGO.exec(text);
  if (!han) return null;
  if (han[1]) return -countOf(han[1]);
  return han[2] ? -3 : -2;
}

/** The years a question says from today ("this year": 0, "next year's": 1, "去年": -1, "two years ago": -2), as offsets. */
export function relativeYears(text: string): number[] {
  const offsets = RELATIVE_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([offset]) => offset);
  const ago = yearsAgo(text);
  return ago === null ? offsets : [...offsets, ago];
}

/** Each phrase of a year said from today, with its pattern, compiled once: every question is read for them. */
const RELATIVE_WORDS = RELATIVE_YEARS.flatMap(([, words]) => words).map((phrase) => ({ words: phrase.split(' '), pattern: phrasesOf([phrase]) }));

/**
 * The words of the years a question says from today ("this year": "this", "year"; "two years ago"; 去年): a time, never its
 * topic, also where Chinese words the vocabulary does not know are read as one ("去年伦敦 istio day 录像").
 */
export function relativeYearWords(text: string): string[] {
  const ago = YEARS_AGO.exec(text)?.[0].toLowerCase().split(/\s+/) ?? [];
  return [...RELATIVE_WORDS.filter(({ pattern }) => pattern.test(text)).flatMap(({ words }) => words), ...ago];
}
