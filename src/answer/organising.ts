/**
 * "who organised istiocon china", "istio day london host", "主办方是谁": who organised or hosted an event, which the posts
 * often say of a body rather than a person ("The Istio maintainers and the CNCF organised it", "由 Istio 维护者和 CNCF
 * 安排和主办"). The same words, said in a question and in a sentence, tie the two.
 */
const ORGANISING = /(?<![\p{L}])(?:co-?)?(?:organi[sz](?:e|es|ed|er|ers|ing)|host(?:s|ed|ing)?)(?![\p{L}])|主办|组织|承办/iu;
/**
 * A sentence that says who organised or hosted it, done or as a part played ("organised it", "CNCF-hosted", "organisers",
 * "主办方"): an announcement that the community "is hosting" a stream says what is planned, not who ran it.
 */
const ORGANISED = /(?<![\p{L}])(?:co-?)?(?:organi[sz](?:ed|ers?)|host(?:s|ed)?)(?![\p{L}])|主办|组织|承办/iu;

/** Whether a question asks who organised or hosted something. */
export function organiserAsked(text: string): boolean {
  return ORGANISING.test(text);
}

/** Whether a sentence says who organised or hosted something. */
export function saysOrganised(text: string): boolean {
  return ORGANISED.test(text);
}
