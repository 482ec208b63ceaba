/**
 * "who announced the istio program", "who put together the agenda", "议程谁公布的": a question that asks who did
 * something to an event's programme asks who, though it names the programme, which otherwise asks for the schedule
 * ("istio day london agenda"). "who" followed by a verb that says something was done, not by "is"/"was" (the
 * schedule itself may be asked of "who is speaking"), or 谁 followed by such a verb.
 */
const WHO_DID = /\bwho\s+(?:(?:first|originally|actually)\s+)?(?:\p{L}+ed|put|set|ran|made|wrote|chose|picked|drew|built|came up with|(?:was|is|were|are)\s+in\s+charge)\b|谁(?:来|负责)?(?:公布|宣布|发布|安排|制定|定|选|挑|组织|策划|做|写|整理|主持|负责)/iu;

/** Whether the question asks who did something to what it names: then a schedule word names, and "who" asks. */
export function whoDidAsked(text: string): boolean {
  return WHO_DID.test(text);
}

/**
 * "who presented how to get help", "speaker of the how to get help talk", "the person behind the how to get help talk",
 * "how to get istio help 是谁讲的", "where do we go from here
 * 谁讲的": who gave a talk,
 * whose title may hold the words of another ask ("how to get", "where", "when"), which the talk's speakers answer.
 */
const WHO_SPOKE =
  /^\s*who\s+(?:gave|presented|spoke|talked|delivered|did)\b|^\s*(?:who\s+(?:was|were|is|are)\s+)?(?:the\s+)?(?:speakers?|presenters?)\s+(?:of|for)\b|(?:person|people|guys?|folks|team|one)\s+behind\b|谁(?:讲|分享|主讲|演讲)|(?:讲者|演讲者|讲师|演讲人|分享人|主讲人?)是谁/iu;

/** The asks a talk's title may hold that a "who gave it" question is not asking. */
const TITLE_ASKS: ReadonlySet<string> = new Set(['buy', 'where', 'when', 'what-is', 'register', 'cfp']);

/** Whether the question asks who gave a talk though a word of its title asks something else: then it asks who. */
export function whoSpokeAsked(text: string, ask: string): boolean {
  return TITLE_ASKS.has(ask) && WHO_SPOKE.test(text);
}
