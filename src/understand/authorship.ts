/**
 * "who wrote the 2024 steering committee post", "izzy 加入 phippy 的文章作者是谁", "那篇博客是谁写的": who wrote a post,
 * which its byline answers. Only a post, a blog or an article is asked of this way: the authors of a book or a talk are
 * what its posts say of it, not who wrote those posts. "when was the post published" asks no one.
 */
const AUTHOR = /(?<![\p{L}])(?:authors?|written\s+by|byline|posted\s+by|published\s+by)(?![\p{L}])|作者/iu;
const WHO_WROTE = /(?<![\p{L}])who(?:\s+\S+){0,2}\s+(?:wrote|write|writes|authored|penned|posted|published)(?![\p{L}])|谁写|谁撰写|谁执笔|谁发的|谁发布的|是谁写|由谁撰写/iu;
// A recap is a post ("A quick recap of Istio at KubeCon Europe"); 那篇/这篇 says "that piece" of writing.
const A_POST = /(?<![\p{L}])(?:posts?|blogs?|articles?|announcements?|write-?ups?|recaps?|wrap-?ups?)(?![\p{L}])|文章|博客|博文|公告|帖子|回顾|那篇|这篇/iu;

/** Whether a question asks who wrote a post. */
export function authorAsked(text: string): boolean {
  return A_POST.test(text) && (AUTHOR.test(text) || WHO_WROTE.test(text));
}
