import type { SearchOptions } from 'minisearch';
import type { Lang, Talk } from '../model/index.js';
import type { TalkIndex } from '../store/index.js';
import type { Question } from '../understand/index.js';
import { searchGroup } from './groups.js';
import { normalized } from './passages.js';

/** Most talks shown beside the passages of a search. */
const TALKS_SHOWN = 3;

/** Talks in `lang` when there are any, one per video or title, in the order given. */
export function preferLang(talks: readonly Talk[], lang: Lang): Talk[] {
  const same = talks.filter((talk) => talk.lang === lang);
  const seen = new Set<string>();
  return (same.length ? same : talks).filter((talk) => {
    const key = talk.video ?? normalized(talk.title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The talks a search names: every word of the question matched (in full), at least one of them in
 * the talk's title or speakers rather than only its event; within the event and year filters.
 */
export function findTalks(index: TalkIndex, talks: readonly Talk[], question: Question, event: string | null, typos: (term: string) => number | false): Talk[] {
  const { groups } = question.words;
  if (!groups.length) return [];
  const eventFilter = normalized(event ?? question.filters.event ?? '');
  const years = question.filters.year === null ? question.entities.years : [question.filters.year];
  const options: SearchOptions = {
    fuzzy: typos,
    prefix: (term) => typos(term) !== false,
    filter: ({ id }) => {
      const talk = talks[id as number] as Talk;
      if (eventFilter && !normalized(talk.event ?? '').includes(eventFilter)) return false;
      return !years.length || years.some((year) => `${talk.date ?? ''} ${talk.event ?? ''}`.includes(String(year)));
    },
  };
  const perGroup = groups.map((group) => searchGroup(index, group, options));
  const totals = new Map<number, number>();
  for (const id of new Set(perGroup.flatMap((hits) => [...hits.keys()]))) {
    const hits = perGroup.map((found) => found.get(id));
    const complete = hits.every((hit) => hit && hit.credit >= 0.999);
    const namesTalk = hits.some((hit) => hit?.fields.has('title') || hit?.fields.has('speakers'));
    if (complete && namesTalk) totals.set(id, hits.reduce((sum, hit) => sum + (hit?.score ?? 0), 0));
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1]).map(([id]) => talks[id] as Talk);
  return preferLang(ranked, question.lang).slice(0, TALKS_SHOWN);
}
