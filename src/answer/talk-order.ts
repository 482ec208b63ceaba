import { copyKeys, preferLang } from '../find/index.js';
import type { EventKind, Lang, Talk } from '../model/index.js';

/** The project's own sessions of a conference week, in the order they come before the conference's: its day, its maintainer track, its ContribFest. */
const OWN_KINDS: readonly EventKind[] = ['istio-day', 'istiocon', 'maintainer-track', 'contribfest'];

/** The tracks of a conference the project holds sessions in. */
const TRACK_KINDS: ReadonlySet<EventKind> = new Set(['maintainer-track', 'contribfest']);

/**
 * The events whose posts each list a selection of the talks, in an order of their own: at a
 * conference, an announcement lists the sessions it recommends, a recap "the keynotes that
 * mentioned Istio", and only the event's page lists the Istio sessions first, then the rest.
 */
const SELECTIVE_KINDS: ReadonlySet<EventKind> = new Set(['kubecon']);

/** The post a talk was read from: its passage id without the passage's number. */
const postOf = (talk: Talk): string => talk.passageId.replace(/#[^#]*$/, '');

/** The order talks are listed in: events newest first, the project's own sessions of a week first, each event's in its programme's order. */
export class TalkOrder {
  readonly #kinds: ReadonlyMap<string, EventKind>;
  readonly #eventDate: ReadonlyMap<string, string | null>;
  /** Where each copy key of a conference's talks stands in its programme (`programmeRanks`). */
  readonly #rank: ReadonlyMap<string, number>;

  constructor(talks: readonly Talk[], kinds: ReadonlyMap<string, EventKind>, eventDate: ReadonlyMap<string, string | null>) {
    this.#kinds = kinds;
    this.#eventDate = eventDate;
    this.#rank = programmeRanks(talks.filter((talk) => SELECTIVE_KINDS.has(kinds.get(talk.event ?? '') ?? 'other')));
  }

  /**
   * `talks` with the conference's own sessions before those of its maintainer track and ContribFest,
   * for a question that names the conference ("the istio sessions of kubecon europe '24"); otherwise the
   * project's own sessions of the week come first.
   */
  conferenceFirst(talks: readonly Talk[]): Talk[] {
    const inTrack = (talk: Talk): number => (TRACK_KINDS.has(this.#kinds.get(talk.event ?? '') ?? 'other') ? 1 : 0);
    return [...talks].sort((a, b) => inTrack(a) - inTrack(b));
  }

  /**
   * Grouped by event, newest event first, the project's own sessions of a week (its Istio Day, its
   * maintainer track and ContribFest) before the conference's, each event's talks in `lang` where
   * told in it, in their order (a conference's, its programme's).
   */
  grouped(talks: readonly Talk[], lang: Lang): Talk[] {
    const groups = new Map<string, Talk[]>();
    for (const talk of talks) {
      const group = groups.get(talk.event ?? '');
      if (group) group.push(talk);
      else groups.set(talk.event ?? '', [talk]);
    }
    const date = (event: string): string => this.#eventDate.get(event) ?? '';
    const own = (event: string): number => {
      const at = OWN_KINDS.indexOf(this.#kinds.get(event) ?? 'other');
      return at < 0 ? OWN_KINDS.length : at;
    };
    return [...groups]
      .sort(([a], [b]) => date(b).localeCompare(date(a)) || own(a) - own(b) || a.localeCompare(b))
      .flatMap(([, group]) => this.#inProgramme(preferLang(group, lang)));
  }

  /** `talks` (one per talk, copies merged) in their programme's order; those it does not rank after, as given. */
  #inProgramme(talks: readonly Talk[]): Talk[] {
    const rank = (talk: Talk): number => Math.min(...copyKeys(talk).map((key) => this.#rank.get(key) ?? Infinity));
    return [...talks].sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Where each talk stands in its event's programme: the order of the post that lists the most of the
 * event's talks (an event's page: the sessions of the day, then the tracks and those recommended),
 * then those only other posts list, in their order. The copies of a talk are merged where its first
 * copy stands (`preferLang`), and that copy's words are kept, so the programme sets only the order:
 * without it, the post read first would ("a keynote that mentioned Istio" before the Istio sessions).
 */
function programmeRanks(talks: readonly Talk[]): Map<string, number> {
  const listed = new Map<string, number>();
  const listOf = (talk: Talk): string => `${talk.event ?? ''}\n${postOf(talk)}`;
  for (const talk of talks) listed.set(listOf(talk), (listed.get(listOf(talk)) ?? 0) + 1);
  // The longer list first; `sort` is stable, so posts that list as many keep the order they were read in.
  const ordered = [...talks].sort((a, b) => (listed.get(listOf(b)) ?? 0) - (listed.get(listOf(a)) ?? 0));
  const rank = new Map<string, number>();
  ordered.forEach((talk, at) => {
    for (const key of copyKeys(talk)) if (!rank.has(key)) rank.set(key, at);
  });
  return rank;
}
