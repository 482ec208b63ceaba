/**
 * A post's attribution as a byline: "Craig Box, for the Istio Steering Committee", "Lin Sun (Solo.io)",
 * "John Howard - solo.io", "Craig Box，代表 Istio 指导委员会; Translated by Wilson Wu (DaoCloud)". Kept only when it opens
 * with a person's name; a committee ("Istio Steering Committee", "指导委员会") or this project's own posts
 * ("istio-events") name no one who wrote them.
 */

/**
 * Two to four capitalised words before the first comma, bracket, dash or Chinese word ("Faseela K 代表…"), or two to
 * four Chinese characters before a bracket or comma ("丁少君 (Intel)"): a person's name.
 */
const OPENS_WITH_NAME = /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*(?:$|[,，;；(（]|\s-\s|(?=\p{Script=Han}))|\p{Script=Han}{2,4}\s*[(（,，])/u;
/** Words of a body's name, never of a person's. */
const BODY = /\b(?:committee|team|community|council|group|project|istio)\b/i;

/** The attribution to keep as the post's byline, or null when it names no one. */
export function bylineOf(attribution: string | undefined): string | null {
  const text = attribution?.trim() ?? '';
  const opening = OPENS_WITH_NAME.exec(text)?.[0] ?? '';
  return opening && !BODY.test(opening) ? text : null;
}
