/**
 * A question that asks what a post said ("the recap", "the wrap-up", "that blog post", "回顾文章", "博客里"), not only what
 * happened: asked what came next, the post's own words answer ("See you in Amsterdam."), not the calendar alone.
 * Not "post-event" or "posted", which name no post.
 */
const POST_SAID = /(?<![\p{L}\p{N}-])(?:recaps?|wrap-?ups?|write-?ups?|round-?ups?|summary|blogs?|posts?|articles?)(?![\p{L}\p{N}-])|回顾|文章|博客|博文|总结/iu;

/** Whether the question asks what a post said. */
export function postAsked(text: string): boolean {
  return POST_SAID.test(text);
}
