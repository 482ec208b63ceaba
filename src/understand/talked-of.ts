/**
 * "伦敦 istio day 讲的啥", "巴黎 kubecon 维护者专场都讲的什么": what an event or a track "讲的" (talked of), the event named by
 * its place or year, is its talks, as "讲了什么" asks; not what a thing is about, which "是讲什么的" asks (read as 是讲的什么:
 * "ContribFest 是讲什么的"), nor a book's story ("绘本讲的啥"), which names no event.
 */
const TALKED_OF = /(?<!是\s*)讲的\s*(?:是\s*)?(?:什么|啥)/u;

/** Whether the question asks what was talked of at an event it names by kind and by place or year. */
export function talkedOfAt(said: string, kinds: readonly string[], placed: boolean): boolean {
  return placed && kinds.length > 0 && TALKED_OF.test(said);
}
