/**
 * "who left the steering committee in 2025", "whose terms ended", "2026 年指导委员会任期结束的有哪些人": a question about
 * who left a body asks of the members thanked as they go, not of those elected in their place, whom the same results
 * post names first.
 */
const LEFT = /(?<![\p{L}\p{N}])(?:left|leaving|stepped\s+down|steps?\s+down|stepping\s+down|outgoing|departed|departing|retired|retiring|farewell|(?:terms?|tenure)\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:ended|ending|ends|expired|finished|over|up|came\s+to\s+an\s+end|come\s+to\s+an\s+end))(?![\p{L}\p{N}])|卸任|离任|离开|退出|告别|道别|退休|任期\S{0,4}(?:结束|已满|届满|到期|告一段落)/iu;

/** Whether a question asks who left a body (its term over, stepped down, said farewell). */
export function leftAsked(text: string): boolean {
  return LEFT.test(text);
}
