/**
 * A post about an event also links the events before it: "In 2021, more than 4,000 people joined …
 * Participants heard … [many more examples](the 2021 playlist)" in the call to register for
 * IstioCon 2022. A link whose sentence is about other years only (the years it names, or those the
 * sentences before it in the passage last named) is that other year's, not the event's.
 */
import type { Anchor } from './types.js';

/** A sentence: up to its end mark; a full stop inside a word ("Solo.io", "2.0") ends nothing. */
export const SENTENCE = /(?:[^.!?。！？]|[.!?](?!\s|$))*(?:[.!?。！？]+|$)/g;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The year an event's name gives ("IstioCon 2022"), or null. */
export function yearOfName(name: string): number | null {
  const year = /(?<!\d)(20\d\d)(?!\d)/.exec(name)?.[1];
  return year === undefined ? null : Number(year);
}

/** The anchors of `text` about `year`: all of them, but those of a sentence about other years only. */
export function anchorsOfYear(text: string, anchors: readonly Anchor[], year: number | null): Anchor[] {
  if (year === null || !anchors.length) return [...anchors];
  const otherYears: Array<[number, number]> = [];
  // A sentence that names no year goes on about the one the sentence before it named.
  let years: number[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const named = [...match[0].matchAll(YEAR)].map(([found]) => Number(found));
    if (named.length) years = named;
    if (years.length && !years.includes(year)) otherYears.push([match.index, match.index + match[0].length]);
  }
  return anchors.filter((anchor) => !otherYears.some(([start, end]) => anchor.start >= start && anchor.start < end));
}
