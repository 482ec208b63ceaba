/**
 * "kubecon eu 2026 开了没", "istio day 已经举办过了吗", "is istio day held in london", "has kubecon eu happened yet": whether
 * an event named has taken place (or took place there) is answered by its dates and place, as "when" answers them;
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

export function heldAsked(text: string, entities: Entities): boolean {
  if (entities.kinds.length + entities.cities.length + entities.regions.length === 0) return false;
  return HELD_ZH.test(text) || HELD_EN.test(text);
}
