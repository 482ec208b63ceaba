import { ANY_EVENT_WORDS, OWN_SERIES, placeOf, regionIn, regionOf, type Region } from '../domain/index.js';
import type { EventInfo, EventKind, Lang } from '../model/index.js';
import { DAY_ASKS, HAPPENING_WORDS } from '../understand/index.js';
import { EventMatcher } from './event-match.js';

/**
 * The words that only say an event takes place: they name none, though a typo-tolerant match would read "take" as
 * Salt Lake City's "lake" ("when will the next kubecon na take place").
 */
const HAPPENING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HAPPENING_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The phrases that ask a day ("which day was the first istiocon"): their "day" names no Istio Day. */
const DAY_ASKED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DAY_ASKS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Where an event was held: its city's region, else the one its name says. */
function regionOfEvent(event: EventInfo): Region | null {
  return placeOf(event.city ?? '')?.region ?? regionIn(event.name);
}

/**
 * Of events starting the same day, which comes first: the project's own (the Istio Day of a KubeCon week), then the
 * conference, then its tracks and the co-located events of other projects ("the latest event in Paris" is Istio Day
 * Europe 2024, not AppDeveloperCon, held there the same day).
 */
function standing(event: EventInfo): number {
  if (OWN_SERIES.has(event.kind)) return 0;
  return event.kind === 'kubecon' ? 1 : 2;
}

/** The events the index knows, newest first, the project's own first among those of one day, then by name. */
/** Texts whose named events `Calendar.about` remembers before it starts afresh. */
const NAMED_KEPT = 1_000;

export class Calendar {
  readonly #events: EventInfo[];
  readonly #matcher: EventMatcher;
  readonly #names: number;
  /** The events of each language (all when none is in it), and each event's region: read by most questions, worked out once. */
  readonly #inLang = new Map<Lang, readonly EventInfo[]>();
  readonly #regions = new Map<EventInfo, Region | null>();
  /** The names recent texts are about (`about`): the answer stage asks it of a question's text once per part it builds. */
  readonly #namedBy = new Map<string, readonly string[]>();

  constructor(events: readonly EventInfo[]) {
    this.#events = [...events].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || standing(a) - standing(b) || a.name.localeCompare(b.name));
    for (const event of this.#events) this.#regions.set(event, regionOfEvent(event));
    const names = new Map(this.#events.map((event) => [event.name, event.start]));
    this.#names = names.size;
    this.#matcher = new EventMatcher(names, this.#events);
  }

  /** Every event, newest first. */
  get all(): readonly EventInfo[] {
    return this.#events;
  }

  /** Events in `lang` (all when none is), newest first, of `year` when given. */
  events(lang: Lang, year: number | null = null): EventInfo[] {
    const inLang = this.#of(lang);
    return year === null ? [...inLang] : inLang.filter((event) => (event.start ?? '').startsWith(String(year)));
  }

  #of(lang: Lang): readonly EventInfo[] {
    let inLang = this.#inLang.get(lang);
    if (!inLang) {
      const told = this.#events.filter((event) => event.lang === lang);
      this.#inLang.set(lang, (inLang = told.length ? told : this.#events));
    }
    return inLang;
  }

  /** The events named, in `lang` where told in it, newest first. */
  byNames(names: readonly string[], lang: Lang): EventInfo[] {
    const wanted = new Set(names);
    return this.#of(lang).filter((event) => wanted.has(event.name));
  }

  /**
   * The events a natural question is about, newest first, in `lang`: none when it names none, or
   * when what it names fits most events ("istio event"), which is no more than naming none.
   */
  about(text: string, lang: Lang): EventInfo[] {
    let names = this.#namedBy.get(text);
    if (!names) {
      if (this.#namedBy.size >= NAMED_KEPT) this.#namedBy.clear();
      const best = this.#matcher.best(text.replace(HAPPENING, ' ').replace(DAY_ASKED, ' '));
      this.#namedBy.set(text, (names = best.length * 2 > this.#names ? [] : best));
    }
    return this.byNames(names, lang);
  }

  /**
   * Whether a word names something of some event (its kind, city, region, year). A region spelt in full is read as one
   * word group ("north america"), which no event's name holds as one word, though it names the region as "na" does.
   */
  names(word: string): boolean {
    return this.#matcher.knows(word) || (word.includes(' ') && regionOf(word) !== null);
  }

  /** Whether some of the words name an event by its own name ("birthday", "twitch"): a year or a noun for any event names none. */
  namesByName(words: readonly string[]): boolean {
    return words.some((word) => !/\d/.test(word) && !ANY_EVENT_WORDS.includes(word) && this.names(word));
  }

  /**
   * The first event of the same kind held after `event` ("the istiocon that followed the 2021 one"), in `lang`, of `among`
   * when given (the events of the region asked for); none when none is known.
   */
  after(event: EventInfo, lang: Lang, among: readonly EventInfo[] = this.#of(lang)): EventInfo | undefined {
    const start = event.start ?? '9999';
    return among
      .filter((other) => other.kind === event.kind && (other.start ?? '') > start)
      .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))[0];
  }

  /**
   * The first conference or event of the project's own series held after `event` ("what came after
   * istiocon china 2023": Istio Day North America 2023), in `lang`; of several starting the same day,
   * the project's own first (the Istio Day before its KubeCon). A birthday campaign or a track is no stop.
   * Of `among` when given ("in China after istiocon 2021": the events held there).
   */
  afterAny(event: EventInfo, lang: Lang, among: readonly EventInfo[] = this.#of(lang)): EventInfo | undefined {
    const start = event.start ?? '9999';
    const own = (other: EventInfo): number => (OWN_SERIES.has(other.kind) ? 0 : 1);
    return among
      .filter((other) => (other.start ?? '') > start && (OWN_SERIES.has(other.kind) || other.kind === 'kubecon'))
      .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || own(a) - own(b))[0];
  }

  /**
   * The last event of the same kind (or of `kind`: "the istio day before kubecon eu 2026") held before `event` ("the istio day
   * before atlanta"), in `lang`, of `among` when given; none when none is known.
   */
  before(event: EventInfo, lang: Lang, among: readonly EventInfo[] = this.#of(lang), kind = event.kind): EventInfo | undefined {
    const start = event.start ?? '';
    return among.find((other) => other.kind === kind && other.start !== null && other.start < start);
  }

  /** The events of `kind` (of any kind when null; held in `region` when given), in `lang`, newest first. */
  ofKind(kind: EventKind | null, region: Region | null, lang: Lang): EventInfo[] {
    return this.#of(lang).filter((event) => (kind === null || event.kind === kind) && (region === null || this.#regions.get(event) === region));
  }

  /** The events held in one of `cities` or `regions` (as `Question` names them), in `lang`, newest first. */
  heldIn(cities: readonly string[], regions: readonly string[], lang: Lang): EventInfo[] {
    return this.#of(lang).filter((event) => (event.city !== null && cities.includes(event.city)) || regions.includes(this.#regions.get(event) ?? ''));
  }

  /**
   * Of `among` (newest first), those begun by `now` (or of no known date): "the latest", "the previous", "上一届" is one
   * held, not one announced and still to come.
   */
  begun(among: readonly EventInfo[], now: Date): EventInfo[] {
    const today = now.toISOString().slice(0, 10);
    return among.filter((event) => event.start === null || event.start <= today);
  }

  /** The earliest of `among` (default: every event) that starts today or later; none when no upcoming event is announced. */
  next(lang: Lang, now: Date, among: readonly EventInfo[] = this.#of(lang)): EventInfo[] {
    const today = now.toISOString().slice(0, 10);
    const upcoming = among.filter((event) => event.start && event.start >= today);
    return upcoming.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')).slice(0, 1);
  }
}
