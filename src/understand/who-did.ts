/**
 * "who announced the istio program", "who put together the agenda", "议程谁公布的", "谁在 2 月公布了活动安排": a question that asks who did
 * something to an event's programme asks who, though it names the programme, which otherwise asks for the schedule
 * ("istio day london agenda"). "who" followed by a verb that says something was done, not by "is"/"was" (the
 * schedule itself may be asked of "who is speaking"), or 谁 followed by such a verb.
 */
const WHO_DID = /\bwho\s+(?:(?:first|originally|actually)\s+)?(?:\p{L}+ed|put|set|ran|made|wrote|chose|picked|drew|built|came up with|(?:was|is|were|are)\s+in\s+charge)\b|谁(?:来|负责)?(?:在[^，。？?！!]{1,30}?)?(?:公布|宣布|发布|安排|制定|定|选|挑|组织|策划|做|写|整理|主持|负责)/iu;

/** Whether the question asks who did something to what it names: then a schedule word names, and "who" asks. */
export function whoDidAsked(text: string): boolean {
  return WHO_DID.test(text);
}

/**
 * "who presented how to get help", "speaker of the how to get help talk", "the person behind the how to get help talk",
 * "at istio day london, who gave how to get help", "whose talk was …", "how to get istio help 是谁讲的", "讲 … 的是谁",
 * "… 是哪位讲的" (not "什么时候通知讲者", when speakers hear back), "where do we go from here 谁讲的": who gave a talk,
 * whose title may hold the words of another ask ("how to get", "where", "when"), which the talk's speakers answer.
 */
const WHO_SPOKE =
  /\bwho\s+(?:gave|presented|spoke|talked|delivered|did)\b|^\s*(?:(?:who\s+(?:was|were|is|are)|who['’]s|(?:the\s+)?names?\s+of)\s+)?(?:the\s+)?(?:speakers?|presenters?)\s+(?:of|for)\b|(?:person|people|guys?|folks|team|one)\s+behind\b|谁(?:讲|分享|主讲|演讲)|谁做了?.{0,80}?(?:分享|演讲)|哪位(?:讲|分享|主讲|演讲)|是谁的(?:演讲|分享)|(?:讲者|演讲者|讲师|演讲人|分享人|主讲人?|speakers?)\s*(?:是谁|是哪|是\s*[?？])|讲.{1,80}?的人?是(?:谁|哪)/iu;

/**
 * "cloud native for good was presented by?", "whose talk was istio identity": who gave a talk, asked after its title
 * in words that otherwise ask for talks ("presented"), which its speakers answer.
 */
const BY_WHOM = /\b(?:presented|given|delivered|hosted)\s+by\s*[?？]?\s*$|\bwhose\s+(?:talk|session|presentation|keynote)\b/iu;

/** The asks a talk's title may hold that a "who gave it" question is not asking. */
const TITLE_ASKS: ReadonlySet<string> = new Set(['buy', 'where', 'when', 'what-is', 'register', 'cfp']);

/**
 * "how to get help speaker", "… 的演讲人": the speaker named last, after a title whose words ask where a thing is got, where or
 * what something is; not after a call's or a date's words ("cfp speaker", "我想当 … 的讲者"), which ask about speaking there.
 */
const SPEAKER_LAST = /\b(?:speakers?|presenters?)\s*[?？]?\s*$|的\s*(?:讲者|演讲者|讲师|演讲人|分享人|主讲人?)\s*[?？]?\s*$/iu;
const TITLE_ONLY_ASKS: ReadonlySet<string> = new Set(['buy', 'where', 'what-is']);

/** Whether the question asks who gave a talk though a word of its title asks something else: then it asks who. */
export function whoSpokeAsked(text: string, ask: string): boolean {
  const titleAsk = TITLE_ASKS.has(ask);
  return (titleAsk && WHO_SPOKE.test(text)) || (TITLE_ONLY_ASKS.has(ask) && SPEAKER_LAST.test(text)) || ((titleAsk || ask === 'talks' || ask === 'search') && BY_WHOM.test(text));
}
