import { expect } from 'vitest';
import type { Answer } from '../../src/answer/index.js';
import { understand, type Question } from '../../src/understand/index.js';

/** What a paraphrase battery's row says its question names, each only when the row gives it. */
export interface Named {
  kind?: string;
  region?: string;
  city?: string;
  year?: number;
}

/** Checks that a question is read as naming what its row says: the event kind, region, city and year given. */
export function expectNamed({ entities }: Pick<Question, 'entities'>, { kind, region, city, year }: Named): void {
  if (kind) expect(entities.kinds).toContain(kind);
  if (region) expect(entities.regions).toContain(region);
  if (city) expect(entities.cities).toContain(city);
  if (year) expect(entities.years).toContain(year);
}

/** "Today" for the batteries' next and latest rows: their lines say how long ago the latest event was. */
export const BATTERY_NOW = new Date('2026-12-06T09:00:00Z');

/** Where a row says a user looks: the answer line, the first passage, the line or else the first passage, or the line's first talk. */
export type Looked = 'line' | 'first' | 'either' | 'talk';

/** What a user reads where `looked` says: the line with its link, the first passage, or the line's head and its first talk. */
export function shownIn(answer: Answer, looked: Looked): string {
  if (looked === 'first' || (looked === 'either' && !answer.direct)) return answer.results[0]?.text ?? '';
  const line = answer.direct ? `${answer.direct.text} ${answer.direct.url}` : '';
  return looked === 'talk' ? (line.split(/[;；]/)[0] ?? '') : line;
}

/** What the reading of a question decides: what is asked, of what, with which words; two wordings read alike when these are equal. */
export function readingOf(text: string) {
  const { ask, time, subject, aboutTalks, words, entities } = understand(text);
  return { ask, time, subject, aboutTalks, words: words.groups.map((group) => group.word), wants: words.wants, entities };
}
