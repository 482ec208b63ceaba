/** Counts in a passage's text: whether it gives one, and what it counts. */
import { analyze } from '../store/index.js';

/** A count: digits (with thousands separators) that are not a year, a version, or the day of a date ("17 August", "August 17", "9 日"). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const COUNT = new RegExp(
  `(?<![\\d.,\\-/])(?<!${MONTH}[a-z]*\\.? )(?!(?:19|20)\\d\\d\\b)\\d{1,3}(?:,\\d{3})*(?![\\d.,\\-/]|(?:st|nd|rd|th)?\\s*(?:[月日号]|${MONTH}))`,
  'iu',
);

/** The words a count counts: up to three Latin words or four Han characters after it. */
const COUNTED = /^\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+|^\s*\p{Script=Han}{1,4}/u;

/** Whether `text` gives a count. */
export const namesNumber = (text: string): boolean => COUNT.test(text);

/** The index terms of the few words after each count of `text` ("13 seats", "120 eligible voters", "292 人报名"). */
export function countedIn(text: string): string[] {
  const counts = new RegExp(COUNT.source, 'giu');
  return [...new Set([...text.matchAll(counts)].flatMap((match) => analyze(COUNTED.exec(text.slice(match.index + match[0].length))?.[0] ?? '')))];
}

/** Whether two index terms are one word's forms: equal, or one the other's stem ("vote", "voter"). */
export const sameWord = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
