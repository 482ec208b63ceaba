import type { SearchOptions } from 'minisearch';
import { mergedFormat } from '../domain/index.js';
import type { Lang, Talk } from '../model/index.js';
import type { TalkIndex } from '../store/index.js';
import type { Question } from '../understand/index.js';
import { LRUCache } from 'lru-cache';
import { keyOf, searchGroup, type GroupHits, type GroupSearch } from './groups.js';
import { normalized } from './facts.js';

/** The talk fields that name a talk (a word matching only its event does not). */
const NAMING_FIELDS = ['title', 'speakers'];

/** Most talks shown beside the passages of a search. */
const TALKS_SHOWN = 3;

/**
 * What names one talk among the copies the posts give of it (an announcement, a recap, the project's
 * own post) at its event: each of its titles folded, without typographic quotes, spaces or the format
 * the lists add after it ("| Project Lightning Talk", "(Poster)", "（Harnessing…）"); and its own links
 * (a video, a deck, its session on the schedule); each after the event's name (the same title or
 * link at another event is another talk).
 */
export function copyKeys(talk: Talk): string[] {
  let keys = copyKeysOf.get(talk);
  if (!keys) copyKeysOf.set(talk, (keys = keysOf(talk)));
  return keys;
}

/** Each talk's keys, worked out once: every list of talks shown folds every title of every talk in it. */
const copyKeysOf = new WeakMap<Talk, string[]>();

function keysOf(talk: Talk): string[] {
  const titleKey = (title: string): string =>
    normalized(title)
      .replace(/\s*(?:\|[^|]*|\([^()]*\)|（[^（）]*）)$/u, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const own = [talk.video, talk.slides && /\.(?:pdf|pptx?)$/i.test(talk.slides) ? talk.slides : null, talk.schedule && /sched\.co\/|sched\.com\/event\//.test(talk.schedule) ? talk.schedule : null];
  const keys = [...new Set([talk.title, ...Object.values(talk.titles)].map(titleKey)), ...own.filter((link): link is string => link !== null)];
  return keys.map((key) => `${talk.event ?? ''}|${key}`);
}

/** `kept` with what `copy` adds: a link, the speakers, a format note or a title it lacks. */
function merged(kept: Talk, copy: Talk): Talk {
  const people = kept.people.length || !copy.people.length ? {} : { people: copy.people, speakers: copy.speakers, organisations: copy.organisations };
  const links = { video: kept.video ?? copy.video, slides: kept.slides ?? copy.slides, schedule: kept.schedule ?? copy.schedule };
  return { ...kept, ...people, ...links, format: mergedFormat(kept.format, copy.format), titles: mergedTitles(kept, copy) };
}

/**
 * Each language's title of a talk told by several posts: the first copy's, unless it lacks the English title that
 * another copy's gives beside its translation ("GoTo Financial 如何…（How GoTo Financial Automates…）"), which says more:
 * the official title a reader looks up on the schedule.
 */
function mergedTitles(kept: Talk, copy: Talk): Talk['titles'] {
  const original = kept.titles.en ?? copy.titles.en;
  const titles = { ...copy.titles, ...kept.titles };
  if (!original) return titles;
  for (const lang of Object.keys(copy.titles) as Array<keyof Talk['titles']>) {
    const own = titles[lang];
    const fuller = copy.titles[lang];
    if (lang !== 'en' && own !== undefined && fuller !== undefined && !own.includes(original) && fuller.includes(original)) titles[lang] = fuller;
  }
  return titles;
}

/**
 * Talks told in `lang` (a talk told in both languages is one talk, in both) when there are any, one
 * per video or title, in the order given, each with the links and speakers of all its copies; the
 * first `limit` of them.
 */
export function preferLang(talks: readonly Talk[], lang: Lang, limit = Infinity): Talk[] {
  const told = (talk: Talk) => talk.lang === lang || talk.titles[lang] !== undefined;
  const same = talks.some(told) ? talks.filter(told) : talks;
  const at = new Map<string, number>();
  const kept: Talk[] = [];
  for (const talk of same) {
    // Copies of one talk at one event.
    const keys = copyKeys(talk);
    const index = keys.map((key) => at.get(key)).find((found) => found !== undefined);
    // A copy told in the language asked gives the title and post, though another language's copy ranked first: an
    // English question gets "Istio ambient mesh support on Windows", not the Chinese recap's title with it in brackets.
    if (index !== undefined) {
      const had = kept[index] as Talk;
      kept[index] = had.lang !== lang && talk.lang === lang ? merged(talk, had) : merged(had, talk);
    } else if (kept.length < limit) kept.push(talk);
    else continue;
    for (const key of keys) at.set(key, index ?? kept.length - 1);
  }
  return kept;
}

/**
 * The talks a search names: every word of the question matched (in full), at least one of them in
 * the talk's title or speakers rather than only its event; within the event and year filters.
 */
export class TalkFinder {
  readonly #index: TalkIndex;
  readonly #talks: readonly Talk[];
  /** Each talk's event name, folded, for `event:` (worked out once, not per hit). */
  readonly #events: readonly string[];
  /** Typo tolerance, the terms near a misspelt word, and whether a typo search may find a word the talks do not hold as spelled (see `GroupSearch`). */
  readonly #typos: Pick<GroupSearch, 'typos' | 'near' | 'mayBeTypo'>;
  /** Recent word groups' hits under their filters: questions repeat their words. */
  readonly #cache: LRUCache<string, GroupHits>;

  constructor(index: TalkIndex, talks: readonly Talk[], typos: Pick<GroupSearch, 'typos' | 'near' | 'mayBeTypo'>) {
    this.#index = index;
    this.#talks = talks;
    this.#events = talks.map((talk) => normalized(talk.event ?? ''));
    this.#typos = typos;
    // Room for about 128 groups that match every talk: talks are few, and a question's talk
    // search repeats its passage search's words.
    this.#cache = new LRUCache({ maxSize: 128 * Math.max(1_000, talks.length), sizeCalculation: (hits) => Math.max(1, hits.length) });
  }

  find(question: Question, event: string | null): Talk[] {
    const { groups } = question.words;
    if (!groups.length) return [];
    const eventFilter = normalized(event ?? question.filters.event ?? '');
    const years = question.filters.year === null ? question.entities.years : [question.filters.year];
    const filter: SearchOptions['filter'] =
      eventFilter || years.length
        ? ({ id }) => {
            const talk = this.#talks[id as number] as Talk;
            if (eventFilter && !(this.#events[id as number] as string).includes(eventFilter)) return false;
            return !years.length || years.some((year) => `${talk.date ?? ''} ${talk.event ?? ''}`.includes(String(year)));
          }
        : undefined;
    const perGroup: GroupHits[] = [];
    for (const group of groups) {
      const key = `${keyOf(group)}\u0000${eventFilter}\u0000${years.join(' ')}`;
      let hits = this.#cache.get(key);
      if (!hits) this.#cache.set(key, (hits = searchGroup(this.#index, group, { ...this.#typos, filter, marked: NAMING_FIELDS }).hits));
      // A talk is found only when every group matched it: past a group that matched no talk, no search can find one.
      if (!hits.length) return [];
      perGroup.push(hits);
    }
    // Per talk: the sum of its groups' scores, how many groups it matched in full, and whether a
    // word named it (title or speakers) rather than only its event.
    const totals = new Map<number, { score: number; complete: number; named: boolean }>();
    for (const hits of perGroup) {
      hits.ids.forEach((id, at) => {
        let total = totals.get(id);
        if (!total) totals.set(id, (total = { score: 0, complete: 0, named: false }));
        total.score += hits.scores[at] as number;
        if ((hits.credits[at] as number) >= 0.999) total.complete += 1;
        total.named ||= hits.marked[at] === 1;
      });
    }
    const kept = [...totals].filter(([, total]) => total.complete === groups.length && total.named);
    const ranked = kept.sort((a, b) => b[1].score - a[1].score).map(([id]) => this.#talks[id] as Talk);
    return preferLang(ranked, question.lang, TALKS_SHOWN);
  }
}
