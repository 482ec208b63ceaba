import type { EventInfo, Lang } from '../model/index.js';

const DAY = 86_400_000;

/** Whole days from `now` to an ISO date (negative: in the past). */
export function daysUntil(date: string, now: Date): number {
  const target = Date.parse(`${date}T00:00:00Z`);
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((target - today) / DAY);
}

/** The events the index knows, newest first, then by name. */
export class Calendar {
  readonly #events: EventInfo[];

  constructor(events: readonly EventInfo[]) {
    this.#events = [...events].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.name.localeCompare(b.name));
  }

  /** Every event, newest first. */
  get all(): readonly EventInfo[] {
    return this.#events;
  }

  /** Events in `lang` (all when none is), newest first, of `year` when given. */
  events(lang: Lang, year: number | null = null): EventInfo[] {
    const inLang = this.#events.filter((event) => event.lang === lang);
    return (inLang.length ? inLang : this.#events).filter((event) => year === null || (event.start ?? '').startsWith(String(year)));
  }

  /** The earliest event that starts today or later; none when no upcoming event is announced. */
  next(lang: Lang, now: Date): EventInfo[] {
    const today = now.toISOString().slice(0, 10);
    const upcoming = this.events(lang).filter((event) => event.start && event.start >= today);
    return upcoming.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')).slice(0, 1);
  }
}
