/**
 * "who wrote the 7th birthday post", "七周年的博客是谁写的": the project's own posts retell istio.io's, and their byline
 * ("istio-events") names no one; who wrote the post retold is said in a sentence of it ("Lin Sun (Solo.io) marked the
 * occasion … with a birthday post on istio.io", "Lin Sun（Solo.io）… 在 istio.io 上发表了生日文章").
 */
import type { Passage } from '../model/index.js';
import type { Ranked } from '../find/index.js';
import type { DirectAnswer } from './types.js';

/** A sentence that says someone put out a post: "with a birthday post", "wrote a blog post", "发表了生日文章". */
const SAYS_POSTED = /(?<![\p{L}])(?:with|in|wrote|published|posted)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}post(?![\p{L}])|(?:发表|发布|撰写)了?[^。，；]{0,8}(?:文章|博客|博文)/iu;

interface Unit {
  text: string;
  ranked: Ranked;
  direct: () => DirectAnswer | undefined;
}

/**
 * Of the post whose passage among `top` the question names best (`names`: how many of its words the passage's title
 * and event hold; none: no line), the first sentence (`naming`: those that name someone) that says who put out a post.
 */
export function postedBy(
  top: readonly Ranked[],
  names: (ranked: Ranked) => number,
  passagesOf: (postId: string) => readonly Passage[],
  naming: (told: readonly Ranked[]) => Unit[],
): { direct: DirectAnswer; first: Ranked } | undefined {
  const post = top.reduce<Ranked | undefined>((best, ranked) => (names(ranked) > (best ? names(best) : 0) ? ranked : best), undefined);
  if (!post) return undefined;
  const told = passagesOf(post.passage.postId).map((passage) => ({ passage, score: 0, terms: () => [] }));
  const unit = naming(told).find((one) => SAYS_POSTED.test(one.text));
  const direct = unit?.direct();
  return unit && direct ? { direct, first: unit.ranked } : undefined;
}
