/**
 * A passage that tells several talks holds each one's video (a recap paragraph: the opening keynote,
 * then the Windows talk, then the Kiali talk), and every surface shows the first link of each kind.
 * When the words the question matched name one of those talks, its links come first, so that
 * "kiali 2.0 talk video" shows the Kiali talk's recording, not the keynote's.
 */
import type { Links, Talk } from '../model/index.js';
import type { Result } from './types.js';

/** Each talk's titles, lower case, worked out once: every result shown reads those of every talk its passage tells. */
const TITLES = new WeakMap<Talk, string>();

function titlesOf(talk: Talk): string {
  let titles = TITLES.get(talk);
  if (titles === undefined) TITLES.set(talk, (titles = [talk.title, ...Object.values(talk.titles)].join('\n').toLowerCase()));
  return titles;
}

/** `urls` with `url` first, when it is one of them. */
function first(urls: readonly string[], url: string | null): string[] {
  return url !== null && urls.includes(url) ? [url, ...urls.filter((other) => other !== url)] : [...urls];
}

/**
 * The one talk of `told` whose titles hold the most of the words that not every talk's title holds:
 * the words the passage matched (synonyms and stems included) and the question's own words (which
 * break a tie between two talks that a synonym both names); null when none or a tie.
 */
function namedTalk(result: Result, told: readonly Talk[], asked: readonly string[]): Talk | null {
  // One talk told by two posts (a recap and our own page) is one talk here: the same link.
  const byLink = new Map<string, Talk>();
  for (const talk of told) {
    const link = talk.video ?? talk.slides ?? talk.schedule;
    if (link !== null && !byLink.has(link)) byLink.set(link, talk);
  }
  const talks = [...byLink.values()];
  if (talks.length < 2) return null;
  const titles = talks.map(titlesOf);
  const telling = (words: Iterable<string>): string[] =>
    [...new Set([...words].map((word) => word.toLowerCase()))].filter((word) => {
      const holding = titles.filter((title) => title.includes(word)).length;
      return holding > 0 && holding < talks.length;
    });
  const words = [...telling(result.marks.map(({ start, end }) => result.text.slice(start, end))), ...telling(asked)];
  const scores = titles.map((title) => words.filter((word) => title.includes(word)).length);
  const best = Math.max(...scores);
  if (best === 0 || scores.indexOf(best) !== scores.lastIndexOf(best)) return null;
  return talks[scores.indexOf(best)] ?? null;
}

/** The result with the links of the talk its matched words (and `asked`, the question's words) name first among its links; as it is otherwise. */
export function withTalkFirst(result: Result, told: readonly Talk[], asked: readonly string[]): Result {
  const talk = namedTalk(result, told, asked);
  if (!talk) return result;
  const links: Links = {
    ...result.links,
    videos: first(result.links.videos, talk.video),
    slides: first(result.links.slides, talk.slides),
    schedule: first(result.links.schedule, talk.schedule),
  };
  return { ...result, links };
}
