/** What ranking works out of the passages when it loads them (their own facts are stored with them: `Passage.facts`). */
import { kindIn } from '../domain/index.js';
import type { EventKind, Passage } from '../model/index.js';
import { fold } from '../store/index.js';
import { bodiesTitled, type Phrases } from '../understand/index.js';

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

/**
 * The year of the first post a governance body's title names ("the first steering election", "toc 第一次选举"), from the
 * dated passages whose post is titled with it alone ("Steering and TOC updates" is news of both, no TOC election); worked
 * out once per body (there are two) and kept, never per question.
 */
export function firstTitledYears(passages: readonly Passage[]): (title: Phrases) => number {
  const years = new Map<Phrases, number>();
  return (title) => {
    let first = years.get(title);
    if (first === undefined) {
      first = passages.reduce((oldest, passage) => (passage.date && title.test(passage.title) && bodiesTitled(passage.title) === 1 ? Math.min(oldest, Number(passage.date.slice(0, 4))) : oldest), Infinity);
      years.set(title, first);
    }
    return first;
  };
}
