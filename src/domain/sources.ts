/**
 * Where a passage comes from. The project writes its own summary of each event (`content/<lang>/events/<year>/<slug>.md`,
 * see content/README.md), in its own words, from the istio.io posts; every other post is an istio.io original
 * (`<lang>/blog/…`, `<lang>/events/banners/…`), the source a summary points its reader to.
 */
const SUMMARY_POST = /^(?:en|zh)\/events\/\d{4}\//;

/** Whether a post (its id: the path below the content root, no extension) is one of the project's own event summaries. */
export const isProjectSummary = (postId: string): boolean => SUMMARY_POST.test(postId);

/**
 * Items in the order a line should quote them from: the istio.io originals before the project's summaries, each kept in
 * its order. The line quotes a fact as the source the user is pointed to words it ("open until February 12"), not as the
 * summary retells it ("until 12 February"); a summary is quoted only when no original gives the fact.
 */
export function originalsFirst<T>(items: readonly T[], postOf: (item: T) => string): T[] {
  return [...items.filter((item) => !isProjectSummary(postOf(item))), ...items.filter((item) => isProjectSummary(postOf(item)))];
}
