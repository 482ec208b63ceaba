import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isSchedSession, LINK_LABEL, SLIDES_WORDS } from '../domain/index.js';
import type { Lang } from '../model/index.js';
import { collectUnits } from './blocks.js';
import { inferEventName } from './event-name.js';
import { readFrontMatter } from './frontmatter.js';
import { buildPassages, saysSlides, sentenceAround, type PassageOptions } from './passages.js';
import { scanShortcodes } from './shortcodes.js';
import type { ParsedPost, PostMeta } from './types.js';
import { notPublished, type NotAPageReason } from './pages.js';
import { bylineOf } from './byline.js';
import { aliasUrls, AnchorNamer, DEFAULT_SITE_BASE_URL, postUrlFor } from './urls.js';

export interface ParseOptions extends PassageOptions {
  /** Base URL of the site the posts belong to. Default `DEFAULT_SITE_BASE_URL` (https://istio.io/latest). */
  siteBaseUrl?: string;
  /** Front matter the sections above cascade onto the post (see pages.ts); the post's own fields win. Default none. */
  inherited?: Record<string, unknown>;
}

/** Why a file produced no post. */
export type ParseOutcome =
  | { kind: 'post'; post: ParsedPost; warnings: string[] }
  /** Not a page Hugo publishes (a draft, a headless or unrendered page): left out without complaint. */
  | { kind: 'ignored'; reason: NotAPageReason };

const processor = unified().use(remarkParse).use(remarkGfm);

/** The language of a post from its path: the first folder (`en/`, `zh/`), English otherwise. */
export function langOfPath(relativePath: string): Lang {
  return relativePath.startsWith('zh/') ? 'zh' : 'en';
}

function slugOf(relativePath: string): string {
  const parts = relativePath.replace(/\.md$/i, '').split('/');
  const last = parts.at(-1);
  if (last === 'index' || last === '_index') parts.pop();
  return parts.at(-1) ?? '';
}

/**
 * Parses one post into metadata and passages. Throws with a reason when the post is malformed
 * (the caller reports it with its path and goes on).
 */
export function parsePost(relativePath: string, source: string, options: ParseOptions = {}): ParseOutcome {
  const siteBaseUrl = (options.siteBaseUrl ?? DEFAULT_SITE_BASE_URL).replace(/\/+$/, '');
  if (source.includes('\u0000')) throw new Error('not a text file (it contains NUL bytes)');
  const { front, body } = readFrontMatter(source.replace(/\r\n?/g, '\n'), options.inherited);
  const notAPage = notPublished(front);
  if (notAPage) return { kind: 'ignored', reason: notAPage };
  // A page without front matter is titled by its first heading, as a reader would name it.
  const title = front.title?.trim() || /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  if (!title) throw new Error('front matter has no title and the post has no heading');

  const lang = langOfPath(relativePath);
  const postId = relativePath.replace(/\.md$/i, '');
  // Hugo pairs translations by their path (a bundle's index.md and _index.md name its folder), or by `translationKey`.
  const translationKey = front.translationKey ?? postId.replace(/^(en|zh)\//, '').replace(/(^|\/)_?index$/, '');
  const pageUrl = postUrlFor(relativePath, lang, siteBaseUrl, { slug: front.slug });
  const url = postUrlFor(relativePath, lang, siteBaseUrl, front);
  const date = front.publishdate ?? front.date ?? null;
  const description = front.description?.trim() ?? '';
  const event =
    front.event?.name ??
    inferEventName({ title, description, slug: slugOf(relativePath), year: date ? date.slice(0, 4) : null });
  const meta: PostMeta = {
    path: relativePath,
    postId,
    translationKey,
    lang,
    title,
    description,
    date,
    keywords: front.keywords,
    url,
    aliases: aliasUrls(front.aliases, url, lang, siteBaseUrl),
    event,
    frontEvent: front.event ?? null,
  };

  const scan = scanShortcodes(body);
  const normalizedSource = source.replace(/\r\n?/g, '\n');
  const bodyLine = normalizedSource.slice(0, normalizedSource.length - body.length).split('\n').length - 1;
  const tree = processor.parse(scan.markdown);
  const namer = new AnchorNamer();
  const outline = collectUnits(tree, { shortcodes: scan.shortcodes, anchorFor: (heading, id) => namer.next(heading, id) });
  const passages = buildPassages(
    outline.units,
    {
      lang,
      postId,
      translationKey,
      title,
      date,
      event,
      postUrl: meta.url,
      pageUrl,
      siteBaseUrl,
      // An absolute `url` sends readers to another page, where this post's heading anchors mean nothing.
      anchorsInUrl: !/^[a-z][a-z0-9+.-]*:/i.test(front.url ?? ''),
    },
    options,
  );
  // Who wrote the post rides on its first passage: a post is one byline, read when a question asks it.
  const byline = bylineOf(front.attribution);
  const [opening] = passages;
  if (byline && opening) opening.passage.byline = byline;
  return { kind: 'post', post: { meta, passages, eventSlides: eventSlidesOf(meta, passages), outline }, warnings: scan.warnings.map((warning) => `line ${warning.line + bodyLine}: ${warning.message}`) };
}

/**
 * The page the post says holds every talk's slides: the front-matter schedule, else a slides link
 * whose own sentence says so and which is not one talk's (a sched.co session, a deck, a labelled link).
 */
function eventSlidesOf(meta: PostMeta, passages: ParsedPost['passages']): string | null {
  if (meta.frontEvent?.schedule) return meta.frontEvent.schedule;
  for (const { passage, anchors } of passages) {
    for (const anchor of anchors) {
      // A page the post keeps the slides on is filed as a schedule when it is one (never called slides).
      const slides = passage.links.slides.includes(anchor.url) || (passage.links.schedule.includes(anchor.url) && saysSlides(passage.text, anchor, anchors));
      if (LINK_LABEL.test(anchor.text.trim()) || !slides) continue;
      if (isSchedSession(anchor.url) || /\.pdf$/i.test(anchor.url)) continue;
      if (SLIDES_WORDS.test(sentenceAround(passage.text, anchor.start, anchor.end))) return anchor.url;
    }
  }
  return null;
}
