/**
 * A "what is" question that asks what its subject is to something else, or how it differs from it ("ztunnel 是 ambient
 * 的什么", "X 跟 Y 是啥关系", "the difference between X and Y", "X vs Y"): the subject comes before, and the other thing
 * (group `of`) only ranks.
 */

/**
 * "ztunnel 是 ambient 的什么", "X 是 Y 的啥": what the subject is to something else (group `of`), its
 * part or role in it; the subject comes before.
 */
const WHAT_TO = /(?<=[\p{L}\p{N}]\s*)是\s*(?<of>[^，,？?是]{1,20}?)\s*的\s*(?:什么|啥)\s*[?？]*\s*$/u;

/**
 * "istio day 跟 kubecon 是啥关系", "X 和 Y 有什么关系", "X 跟 Y 有啥区别", "X 和 Y 的区别(是啥)": how the subject stands to something else, or differs from it (group `of`), which
 * what it is says; the subject comes before, and a question may follow ("…是啥关系 是独立大会吗").
 */
const RELATED_TO = /(?<=[\p{L}\p{N}]\s*)(?:跟|和|与|同)\s*(?<of>[^，,？?是跟和与]{1,20}?)\s*(?:之间)?\s*(?:(?:是|有)?\s*(?:什么|啥)样?的?\s*(?:关系|区别|不同|差别|差异)|的?\s*(?:区别|差别|差异)(?=\s*(?:是(?:什么|啥)|在哪|[?？]|$)))/u;
/**
 * "what's the difference between istio day and istiocon", "what's the toc vs the steering committee": the first is asked about, the
 * other (group `of`) only ranks, as in Chinese;
 * the other may say where both belong ("…and contribution seats on the steering committee").
 */
const DIFFERENCE_ASKED = /(?<![\p{L}])(?:differences?\s+between|vs\.?|versus)(?![\p{L}])/iu;
const AND_OTHER = /\s+(?:and|vs\.?|versus|&)\s+(?<of>[^?？,，]{1,60}?)\s*[?？]*\s*$/iu;

/** Whether the question asks what the subject is to something else ("ztunnel 是 ambient 的什么", "X 跟 Y 是啥关系"), which says what it is. */
export function relationAsked(text: string): boolean {
  return WHAT_TO.test(text) || RELATED_TO.test(text);
}

/** Where the question names the other thing its subject is asked against (group `of`), or null when it names none. */
export function relationIn(text: string): RegExpExecArray | null {
  return WHAT_TO.exec(text) ?? RELATED_TO.exec(text) ?? (DIFFERENCE_ASKED.test(text) ? AND_OTHER.exec(text) : null);
}
