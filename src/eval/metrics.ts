/**
 * Retrieval metrics of the eval, as pure functions: whether a ranked item answers a question,
 * the rank of the first that does, hit@1, hit@3 and the mean reciprocal rank over a question set.
 */
import { youtubeId, youtubeVideoUrl } from '../domain/index.js';
import type { Talk } from '../model/index.js';
import type { Answer } from '../answer/index.js';

/** What counts as an answer to one question: any of these links, or any of these words in the text. */
export interface Expectation {
  links_any: string[];
  text_any: string[];
}

/** One ranked result as the eval sees it: every link it offers and the text it shows. */
export interface RankedItem {
  links: string[];
  text: string;
}

/**
 * One spelling per link: YouTube videos as `watch?v=ID` (whatever the form or extra parameters),
 * host in lower case, no trailing slash. The fragment stays: it can point at the slides section.
 */
export function normalizeLink(url: string): string {
  const video = youtubeId(url);
  if (video) return youtubeVideoUrl(video);
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
  } catch {
    return url.trim();
  }
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Does the item answer the question: one of its links is expected, or its text holds an expected phrase (any case)? */
export function answers(item: RankedItem, expect: Expectation): boolean {
  const wanted = new Set(expect.links_any.map(normalizeLink));
  if (item.links.some((link) => wanted.has(normalizeLink(link)))) return true;
  const text = squash(item.text);
  return expect.text_any.some((phrase) => phrase.trim() !== '' && text.includes(squash(phrase)));
}

/** 1-based rank of the first item that answers, among the first `depth`; null when none does. */
export function firstHit(items: readonly RankedItem[], expect: Expectation, depth: number): number | null {
  const index = items.slice(0, depth).findIndex((item) => answers(item, expect));
  return index < 0 ? null : index + 1;
}

export interface Scores {
  questions: number;
  /** Share of questions answered by the first result. */
  hit1: number;
  /** Share answered within the first three. */
  hit3: number;
  /** Mean of 1/rank of the first answer (0 when none within the depth). */
  mrr: number;
}

/** hit@1, hit@3 and MRR of a list of first-hit ranks (null: not found). */
export function score(ranks: ReadonlyArray<number | null>): Scores {
  const count = ranks.length;
  const share = (test: (rank: number) => boolean): number => (count ? ranks.filter((rank) => rank !== null && test(rank)).length / count : 0);
  const mrr = count ? ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / count : 0;
  return { questions: count, hit1: share((rank) => rank === 1), hit3: share((rank) => rank <= 3), mrr };
}

/** The value below which `share` (0–1) of the values fall, nearest-rank method; 0 for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

const talkLinks = (talk: Talk): string[] => [talk.video, talk.slides].filter((link): link is string => link !== null);

/**
 * The ranked passages of an answer as eval items: each result offers its own links and URLs, and
 * the video and slides of the talks its passage names (`talksByPassage`).
 */
export function itemsOf(answer: Answer, talksByPassage: ReadonlyMap<string, readonly Talk[]>): RankedItem[] {
  return answer.results.map((result) => ({
    links: [
      result.url,
      result.postUrl,
      ...result.links.videos,
      ...result.links.slides,
      ...result.links.schedule,
      ...result.links.other,
      ...(talksByPassage.get(result.id) ?? []).flatMap(talkLinks),
    ],
    text: result.text,
  }));
}

/** The talks an answer lists, as eval items: their links and their title and speakers. */
export function talkItemsOf(answer: Answer): RankedItem[] {
  return answer.talks.map((talk) => ({ links: [...talkLinks(talk), talk.url], text: [talk.title, ...talk.speakers].join(' ') }));
}
