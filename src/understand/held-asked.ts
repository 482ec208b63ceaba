/**
 * "kubecon eu 2026 开了没", "istio day 已经举办过了吗", "is istio day held in london", "has kubecon eu happened yet": whether
 * an event named has taken place (or took place there, or then) is answered by its dates and place, as "when" answers them;
 * read as a plain search it got no answer line. Only a question that names an event, a city or a region and asks nothing
 * else is tested.
 */
import type { Entities } from './types.js';

/**
 * A chat's verbs of holding an event (开, 办 and the posts' 举办, 举行, 召开) with a yes-or-no tail ("开了没", "办过吗", "举行了吗"),
 * or 是不是 of the place ("是不是在伦敦办的"; not 开源, 开发 or 开放: "是不是在 kubecon 上开源的" asks no date).
 */
const HELD_ZH = /(?:开|办|举办|举行|召开)(?:过|完)?了?(?:没有?|吗|么)|是不是在.{1,12}(?:开(?![源发放])|办|举办|举行|召开)/u;

/** Asked whether it happened or was held: "has … happened", "did … take place", "was … held", "… happened yet". */
const HELD_EN = /\b(?:has|have|did|was|were|is)\b.*\b(?:happen(?:ed)?|take place|taken place|held)\b|\b(?:happened|took place|taken place)\s+(?:yet|already)\b/iu;

/**
 * A month guessed, yes or no ("kubecon 巴黎是三月吗", "芝加哥那场是 11 月吧", "是不是 4 月", "was kubecon paris in march"):
 * its dates say whether it was.
 */
const MONTH_GUESSED_ZH = /是不是\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月[^，。,]{0,6}?(?:吗|吧|么|嘛)/u;
const MONTH_GUESSED_EN = /^(?:is|was|were|are|did|does|will)\b.*\b(?:in|on)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/** A city guessed, yes or no ("kubecon na 2023 在芝加哥吗", "办在上海吧", "was istio day eu 2024 in paris"): its place says whether it was. */
const PLACE_GUESSED = /在[^，。,？?]{1,12}?(?:吗|吧|么|嘛)|^(?:is|was|were|are|will)\b.*\bin\b/iu;

export function heldAsked(text: string, entities: Entities): boolean {
  if (entities.kinds.length + entities.cities.length + entities.regions.length === 0) return false;
  return HELD_ZH.test(text) || HELD_EN.test(text) || MONTH_GUESSED_ZH.test(text) || MONTH_GUESSED_EN.test(text) || (entities.cities.length > 0 && PLACE_GUESSED.test(text));
}
