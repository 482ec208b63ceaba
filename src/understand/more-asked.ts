/**
 * "istio day 还有吗", "还有没有 istiocon 了", "any more istio days?", "is there still an istio day": whether the kind of event
 * named is held any more is whether a next one is announced (the answer says none is yet, and which was the latest).
 * Only a question that names a kind of event, no city nor year, and asks nothing else is tested: "伦敦 istio day 还有别的视频吗"
 * asks for that event's videos.
 */
import type { Entities } from './types.js';

/** 还有 with a yes-or-no tail, right after it or after the event named ("还有吗", "还有没有", "还有 istiocon 吗"). */
const MORE_ZH = /还有(?:没有?|吗|么)|还有.{1,20}[吗么]/u;

/** "any more", "anymore", "still", "are there more/other". */
const MORE_EN = /\b(?:any\s*more|still)\b|\bare\s+there\s+(?:more|other)\b/iu;

export function moreAsked(text: string, entities: Entities): boolean {
  if (entities.kinds.length === 0 || entities.cities.length + entities.years.length > 0) return false;
  return MORE_ZH.test(text) || MORE_EN.test(text);
}
