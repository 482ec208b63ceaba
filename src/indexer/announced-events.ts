/**
 * Events a post announces as the next one, in its closing "See you in Paris in March 2024!" / "2024 年 3 月巴黎见！": the
 * series from the sentence's link or the post's own, the city, and the month and year (the first such month on or after
 * the post's date when the year is not said).
 */
import { findDates, findPlaces, monthNumber, SEE_YOU } from '../domain/index.js';
import { eventKind } from './event-keys.js';
import { RANK, resolve, sentencesOf, type Sighting } from './sightings.js';
import type { ParsedPost } from './types.js';

const SERIES: Array<[RegExp, string]> = [
  [/istio-?day/i, 'Istio Day'],
  [/istiocon/i, 'IstioCon'],
  [/kubecon/i, 'KubeCon + CloudNativeCon'],
];
const ZH_MONTH = /(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月/;
const EN_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/;

/** The series a "see you in …" sentence continues: from its link, else the post's own series. */
function seriesOf(urls: string[], ownName: string): string | null {
  for (const [pattern, series] of SERIES) if (urls.some((url) => pattern.test(url))) return series;
  for (const [pattern, series] of SERIES) if (pattern.test(ownName.replace(/\s+/g, ''))) return series;
  return null;
}

/** The year of a month named in a "see you" sentence: the first such month on or after the post's date. */
function upcomingYear(month: number | null, published: string | null): number | null {
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  if (month === null) return null;
  return month >= Number(published.slice(5, 7)) ? year : year + 1;
}

/** Events a post announces as the next one ("See you in Paris in March 2024!"). */
export function announced(post: ParsedPost, own: Sighting | null): Sighting[] {
  const { meta } = post;
  if (!meta.event) return [];
  const found: Sighting[] = [];
  for (const draft of post.passages) {
    for (const sentence of sentencesOf(draft.passage.text, draft.anchors)) {
      if (!SEE_YOU.test(sentence.text)) continue;
      const place = findPlaces(sentence.text)[0]?.place;
      if (!place || place.city === own?.city) continue;
      const series = seriesOf(sentence.urls, meta.event);
      if (!series) continue;
      const en = EN_MONTH.exec(sentence.text);
      const zh = ZH_MONTH.exec(sentence.text);
      const month = monthNumber(en?.[1] ?? zh?.[2] ?? '');
      const statedYear = en?.[2] ?? zh?.[1];
      const year = statedYear ? Number(statedYear) : upcomingYear(month, meta.date);
      if (year === null) continue;
      const day = findDates(sentence.text)[0];
      const [start, end] = day ? resolve(day, year, meta.date) : [null, null];
      const region = series === 'IstioCon' && place.region !== 'China' ? null : place.region;
      const name = [series, region, String(year)].filter(Boolean).join(' ');
      found.push({
        rank: RANK.mention,
        lang: meta.lang,
        name,
        kind: eventKind(name),
        city: place.city,
        country: place.country,
        venue: null,
        start,
        end,
        slidesPages: [],
        anchors: [],
        // Only named in passing ("See you in Paris!"): the post is another event's, not this one's.
        posts: [],
      });
    }
  }
  return found;
}
