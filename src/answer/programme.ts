import { normalized, preferLang } from '../find/index.js';
import type { EventInfo, Lang, Talk } from '../model/index.js';

/** Talks by speaker and by event: what `speaker` and `talks` answer. */
export class Programme {
  /** Talks by normalized speaker name (lower case, accents removed). */
  readonly #bySpeaker = new Map<string, Talk[]>();
  readonly #talks: readonly Talk[];
  readonly #events: readonly EventInfo[];

  constructor(talks: readonly Talk[], events: readonly EventInfo[]) {
    this.#talks = talks;
    this.#events = events;
    for (const talk of talks) {
      for (const speaker of talk.speakers) {
        const key = normalized(speaker);
        this.#bySpeaker.set(key, [...(this.#bySpeaker.get(key) ?? []), talk]);
      }
    }
  }

  /** Talks of the speaker `name` names: the whole name, or (with a space) part of it. */
  bySpeaker(name: string): Talk[] {
    const wanted = normalized(name);
    if (wanted.length < 4) return [];
    const exact = this.#bySpeaker.get(wanted);
    if (exact) return exact;
    if (!wanted.includes(' ')) return [];
    return [...this.#bySpeaker].filter(([speaker]) => speaker.includes(wanted)).flatMap(([, talks]) => talks);
  }

  /** Talks of the events whose name or city contains `name`, in `lang` when there are any. */
  ofEvent(name: string, lang: Lang): Talk[] {
    const wanted = normalized(name);
    const events = new Set(
      this.#events.filter((event) => normalized(`${event.name} ${event.city ?? ''} ${event.country ?? ''}`).includes(wanted)).map((event) => event.name),
    );
    return preferLang(
      this.#talks.filter((talk) => talk.event && (events.has(talk.event) || normalized(talk.event).includes(wanted))),
      lang,
    );
  }
}
