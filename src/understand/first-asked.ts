/**
 * "Istio Meetup China 算什么活动、由谁主办", "指导委员会是做什么的，怎么选出来", "what is the toc, and how is it chosen": what a
 * thing is, asked first, then who runs it or how it is made up. What it is leads: the passage that says what a thing is
 * (an event post's opening, a body's charter) tells who ran it or how its members are chosen, where a line about who
 * alone ("谁办的") or who was elected ("选出") would leave the first question unanswered. The second question's words
 * only rank (`FOLLOW_UP` in `what-is.ts`). Other second questions (when, where, which talks) keep their own reading:
 * a line answers them that a definition does not.
 */

/** "是什么", "是个什么活动", "是做什么的", "是啥", "到底是个啥会议", then a pause. */
const WHAT_IS_ZH = /^[^，,？?。]*?[\p{L}\p{N}]\s*(?:到底|究竟)?\s*是(?:一?[个种场只本])?(?:什么|啥)(?:样)?(?:的)?\p{Script=Han}{0,2}?(?<![做干])[\s，,？?；;]+|^[^，,？?。]*?[\p{L}\p{N}]\s*是(?:做|干)(?:什么|啥)的[\s，,？?；;]*/u;
/** Who runs it or how it is formed, in Chinese. */
const HOW_MADE_ZH = /^(?:是|由)?\s*(?:谁(?:办|主办|组织|举办|发起|牵头|创办|负责)|(?:怎么|怎样|如何)(?:选|产生|组成|成立))/u;

/** "what is X, and who runs it", "what's X? how are its members chosen". */
const WHAT_IS_EN =
  /^\s*what(?:['’]s|\s+is|\s+was|\s+are)\s+[^,，?？]+?(?:\s*[,，?？]\s*|\s+)(?:and\s+)?(?:who\s+(?:runs|ran|organi[sz]es|organi[sz]ed|hosts|hosted|started|founded)|how\s+(?:is|are|was|were)\s+(?:it|they|its\s+members|the\s+members)\s+(?:elected|chosen|picked|formed|selected))(?![\p{L}])/iu;

/** Whether the question asks first what its subject is, then who runs it or how it is made up. */
export function whatIsFirst(text: string): boolean {
  const zh = WHAT_IS_ZH.exec(text);
  if (zh && HOW_MADE_ZH.test(text.slice(zh.index + zh[0].length))) return true;
  return WHAT_IS_EN.test(text);
}
