/** What ranking works out of the passages when it loads them (their own facts are stored with them: `Passage.facts`). */
import { kindIn } from '../domain/index.js';
import type { EventKind, Passage } from '../model/index.js';
import { fold } from '../store/index.js';

export const normalized = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();

/** The year of the first event of each kind, from the passages about an event. */
export function firstYears(passages: readonly Passage[]): Map<EventKind, number> {
  const years = new Map<EventKind, number>();
  for (const { event, date } of passages) {
    const kind = event && date ? kindIn(event)?.kind : undefined;
    const year = Number(date?.slice(0, 4));
    if (kind && year < (years.get(kind) ?? Infinity)) years.set(kind, year);
  }
  return years;
}
