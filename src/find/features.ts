/**
 * The facts ranking weighs every hit by, one column per fact over all passages. Reading them from
 * the passage objects meant following several pointers per hit (passage → facts → years, passage →
 * links → videos…) to objects spread over the heap: at 10x the corpus that was the largest single
 * cost of a question (`npm run bench`). Here each is one small array read by passage id.
 */
import { saysSlidesOnSchedule } from '../domain/index.js';
import { linksToStore, saysHowToRegister, saysWhereToGet } from '../facts/index.js';
import type { EventKind, Passage } from '../model/index.js';

/** One bit per thing a passage can hold. */
export const HOLDS = {
  video: 1,
  slides: 2,
  schedule: 4,
  date: 8,
  count: 16,
  cfp: 32,
  people: 64,
  outcome: 128,
  /** Says where a thing is sold or handed out. */
  shop: 256,
  /** Says how to sign up for an event. */
  register: 512,
  /** Links to a store: where the thing is bought. */
  store: 1024,
  /** Gives a time of day. */
  clock: 2048,
  /** Is a site banner's text. */
  banner: 4096,
  /** Is about an event (a topic search ranks what was said at one first). */
  event: 8192,
} as const;

/** No year: older than every year a question names or weighs by. */
const NO_YEAR = 0;

export class Features {
  /** What each passage holds: `HOLDS` bits. */
  readonly holds: Uint16Array;
  /** The years it is about (its date's, its event name's): the first two, `NO_YEAR` for none. */
  readonly years: readonly [Uint16Array, Uint16Array];
  /** Its event's kinds, one bit per kind (see `kindBits`). */
  readonly kinds: Uint16Array;
  /** Its event's city and region, numbered in `places` (-1 for none). */
  readonly city: Int16Array;
  readonly region: Int16Array;
  readonly #places = new Map<string, number>();
  readonly #kinds = new Map<EventKind, number>();

  constructor(passages: readonly Passage[]) {
    const size = passages.length;
    this.holds = new Uint16Array(size);
    this.years = [new Uint16Array(size), new Uint16Array(size)];
    this.kinds = new Uint16Array(size);
    this.city = new Int16Array(size);
    this.region = new Int16Array(size);
    passages.forEach(({ event, facts, links, text }, id) => {
      this.holds[id] =
        (links.videos.length ? HOLDS.video : 0) |
        // "The slides of every session are on the schedule": that schedule page is where the slides are.
        (links.slides.length || saysSlidesOnSchedule(text, links) ? HOLDS.slides : 0) |
        (links.schedule.length ? HOLDS.schedule : 0) |
        (facts.date ? HOLDS.date : 0) |
        (facts.clock ? HOLDS.clock : 0) |
        (facts.count ? HOLDS.count : 0) |
        (facts.cfp ? HOLDS.cfp : 0) |
        (facts.people ? HOLDS.people : 0) |
        (facts.outcome ? HOLDS.outcome : 0) |
        // Read from the text when loading rather than stored: the index format stays as it is.
        (saysWhereToGet(text, links) ? HOLDS.shop : 0) |
        (saysHowToRegister(text, links) ? HOLDS.register : 0) |
        (linksToStore(links) ? HOLDS.store : 0) |
        (facts.banner ? HOLDS.banner : 0) |
        (event !== null ? HOLDS.event : 0);
      this.years[0][id] = facts.years?.[0] ?? NO_YEAR;
      this.years[1][id] = facts.years?.[1] ?? NO_YEAR;
      this.kinds[id] = this.kindBits(facts.kinds ?? []);
      this.city[id] = this.placeNumber(facts.city ?? null, true);
      this.region[id] = this.placeNumber(facts.region ?? null, true);
    });
  }

  /** The bits of `kinds` (a kind never seen in the passages gets its own bit too, and matches none). */
  kindBits(kinds: readonly EventKind[]): number {
    let bits = 0;
    for (const kind of kinds) {
      let bit = this.#kinds.get(kind);
      if (bit === undefined) this.#kinds.set(kind, (bit = 1 << this.#kinds.size));
      bits |= bit;
    }
    return bits;
  }

  /** The number of a city or region: -1 for none, and for one no passage is in unless `add`. */
  placeNumber(place: string | null, add = false): number {
    if (place === null) return -1;
    let number = this.#places.get(place);
    if (number === undefined && add) this.#places.set(place, (number = this.#places.size));
    return number ?? -1;
  }

  /** Whether passage `id` is about one of `years`. */
  inYears(id: number, years: readonly number[]): boolean {
    for (const year of years) if (this.years[0][id] === year || this.years[1][id] === year) return true;
    return false;
  }

  /** The newest year passage `id` is about, not older than `floor`. */
  newest(id: number, floor: number): number {
    return Math.max(floor, this.years[0][id] as number, this.years[1][id] as number);
  }

  /** The oldest year passage `id` is about, not newer than `ceiling`. */
  oldest(id: number, ceiling: number): number {
    let oldest = ceiling;
    for (const column of this.years) if ((column[id] as number) !== NO_YEAR) oldest = Math.min(oldest, column[id] as number);
    return oldest;
  }
}
