/**
 * "istio day paris slides", "istiocon 2022 videos": the one event a question names, when neither the event, nor any
 * talk given at it, nor any passage about it (in either language) links what is asked, gets a line that says so,
 * citing the event's post, rather than no line above passages that link other events' slides.
 */
import { saysSlidesOnSchedule } from '../domain/index.js';
import type { EventInfo, Passage, Talk } from '../model/index.js';
import type { Question } from '../understand/index.js';
import type { Calendar } from './calendar.js';
import type { DirectAnswer } from './types.js';

/** The line, naming every event asked about: both of a year's Istio Days when the question names no place. */
const UNLINKED = {
  en: (video: boolean, names: readonly string[]) => `The posts link no ${video ? 'recordings' : 'slides'} of ${names.join(' or ')}`,
  zh: (video: boolean, names: readonly string[]) => `文章中没有 ${names.join(' 和 ')} 的${video ? '录像' : '幻灯片'}链接`,
} as const;

/** What the posts link of each event, in both languages: its copies, the talks given at it, the passages about it. */
export class EventMedia {
  readonly #events: readonly EventInfo[];
  readonly #passages: readonly Passage[];
  readonly #talksOf: (name: string) => readonly Talk[];
  /** Each event's passages, built when a question first asks for media. */
  #byEvent: Map<string, Passage[]> | undefined;

  constructor(events: readonly EventInfo[], passages: readonly Passage[], talksOf: (name: string) => readonly Talk[]) {
    this.#events = events;
    this.#passages = passages;
    this.#talksOf = talksOf;
  }

  copies(name: string): readonly EventInfo[] {
    return this.#events.filter((event) => event.name === name);
  }

  /** The names of the tracks held within `event` (its maintainer track, its ContribFest). */
  tracks(event: EventInfo): string[] {
    return this.#events.filter((one) => one.parent === event.id).map((one) => one.name);
  }

  talks(name: string): readonly Talk[] {
    return this.#talksOf(name);
  }

  passages(name: string): readonly Passage[] {
    if (!this.#byEvent) {
      this.#byEvent = new Map();
      for (const passage of this.#passages) {
        if (passage.event === null) continue;
        const held = this.#byEvent.get(passage.event);
        if (held) held.push(passage);
        else this.#byEvent.set(passage.event, [passage]);
      }
    }
    return this.#byEvent.get(name) ?? [];
  }
}

/**
 * Whether the posts link the recordings (`video`) or slides of `event`: the event itself, a talk given at it or at its
 * tracks (its maintainer track, its ContribFest), or a passage about it, in either language; for slides, also a passage
 * that says they are on the schedule page it links.
 */
export function linksMedia(event: EventInfo, video: boolean, media: EventMedia): boolean {
  const names = [event.name, ...media.tracks(event)];
  const linked = names.flatMap((name) => media.copies(name)).some((copy) => (video ? copy.links.recordings.length > 0 : copy.slides !== null || copy.links.slides.length > 0));
  const given = names.flatMap((name) => media.talks(name)).some((talk) => (video ? talk.video : talk.slides) !== null);
  return (
    linked ||
    given ||
    names.flatMap((name) => media.passages(name)).some((passage) => (video ? passage.links.videos.length > 0 : passage.links.slides.length > 0 || saysSlidesOnSchedule(passage.text, passage.links)))
  );
}

export function unlinkedLine(question: Question, events: readonly EventInfo[] | undefined, media: EventMedia, calendar: Calendar): DirectAnswer | undefined {
  const { ask, entities, lang } = question;
  if (ask !== 'video' && ask !== 'slides') return undefined;
  // Named by its kind, place or year: an event the knowledge found nearest to a topic's words is not asked about.
  if (!entities.kinds.length && !entities.cities.length && !entities.regions.length && !entities.years.length) return undefined;
  const asked = events?.length === 1 ? events : ofKindAndYear(question, calendar);
  const [first] = asked;
  const [url] = first?.posts ?? [];
  if (!url || asked.some((event) => linksMedia(event, ask === 'video', media))) return undefined;
  return { text: UNLINKED[lang](ask === 'video', asked.map((event) => event.name)), url, lang };
}

/**
 * "istio day 2024 videos": the events of the one kind and year a question names, when it names no place and the year
 * held several of them (an Istio Day in Europe and one in North America); none otherwise.
 */
function ofKindAndYear(question: Question, calendar: Calendar): EventInfo[] {
  const { kinds, years, cities, regions } = question.entities;
  if (kinds.length !== 1 || years.length !== 1 || cities.length + regions.length > 0) return [];
  const held = calendar.ofKind(kinds[0] ?? null, null, question.lang).filter((event) => event.start?.startsWith(String(years[0])));
  return held.length > 1 ? held : [];
}
