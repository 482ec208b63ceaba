/**
 * Where a recap points at the next stop: its closing farewell ("See you in Amsterdam.", "2025 年 11 月亚特兰大见！"), else a
 * sentence naming the next stop ("The next Istio Day was announced for Paris in March 2024", "下一站是…"). Pure.
 */
import { findPlaces, SEE_YOU } from '../domain/index.js';
import type { EventInfo, Lang, Passage } from '../model/index.js';
import { MAX_SENTENCE, sentencesOf } from './sentences.js';

/** How a recap names the next event without a farewell: "The next stop was …", "The next Istio Day was announced for …", "下一站是…". */
const NEXT_STOP = /\bnext\s+(?:stop|istio\s*day|istiocon|kubecon|event)\b|下一站|下一届/i;

/** Each post's passages by its URL, built once per corpus when first asked (our posts share the URL of the recap they retell). */
const BY_URL = new WeakMap<readonly Passage[], Map<string, Passage[]>>();

function postsAt(passages: readonly Passage[], url: string): readonly Passage[] {
  let byUrl = BY_URL.get(passages);
  if (!byUrl) {
    byUrl = new Map();
    for (const passage of passages) byUrl.set(passage.postUrl, [...(byUrl.get(passage.postUrl) ?? []), passage]);
    BY_URL.set(passages, byUrl);
  }
  return byUrl.get(url) ?? [];
}

/**
 * The sentence of a recap of `event` in `lang` that points at the next stop (its closing farewell, the last one it says,
 * else a sentence naming the next stop), with its passage; none when the recaps say none.
 */
export function recapPointer(event: EventInfo, lang: Lang, passages: readonly Passage[]): { sentence: string; passage: Passage } | undefined {
  const recaps = event.sources.filter((source) => source.role === 'recap' && source.lang === lang);
  const elsewhere = (sentence: string): boolean => findPlaces(sentence).some(({ place }) => place.city !== event.city);
  const said = recaps
    .flatMap((source) => postsAt(passages, source.url))
    .flatMap((passage) => sentencesOf(passage.text).flatMap((sentence) => (sentence.length <= MAX_SENTENCE && elsewhere(sentence) ? [{ sentence, passage }] : [])));
  return said.findLast(({ sentence }) => SEE_YOU.test(sentence)) ?? said.find(({ sentence }) => NEXT_STOP.test(sentence));
}

