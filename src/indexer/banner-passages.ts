/**
 * Site banners as passages. A banner is where istio.io itself states some facts in one or two
 * sentences ("… 12 November 2024, Salt Lake City, Utah. Register now!", "IstioCon … is 100%
 * virtual"), so its text is searched and shown like a post's, marked in its title as a banner.
 * Its post id is the banner's path, so that a question answered by a banner counts it.
 */
import { addLink, classifyLink } from '../domain/index.js';
import type { EventInfo, Lang, ParsedPassage, Passage } from '../model/index.js';
import { announcedEvents, type Banner } from './banners.js';
import { parsePost, type ParseOptions } from './parse-post.js';
import { publishedPassages } from './published.js';

/** How a banner's title says it is a banner, not a post: the reader judges a banner's word differently. */
const MARKER: Record<Lang, (title: string) => string> = {
  en: (title) => `${title} (site banner)`,
  zh: (title) => `${title}（网站横幅）`,
};

/**
 * The passages of each banner that sends readers somewhere. A banner has no page of its own on
 * istio.io (it is part of the headless `events/` bundle, shown on other pages for a while), so a
 * passage's URL is the page the banner sends readers to: its `link`, else the first link of its
 * text. A banner that links nowhere is left out: there would be nothing to open.
 */
export function bannerPassages(banners: readonly Banner[], events: readonly EventInfo[], options: ParseOptions = {}): ParsedPassage[] {
  return banners.flatMap((banner) => {
    const outcome = parsePost(banner.path, banner.source, options);
    if (outcome.kind !== 'post') return [];
    const drafts = outcome.post.passages;
    const url = banner.link ?? drafts.flatMap((draft) => draft.anchors).find((anchor) => anchor.url)?.url;
    if (!url) return [];
    const event = announcedEvents(banner, events)[0];
    const year = (event?.start ?? banner.until).slice(0, 4);
    // "Istio Day Europe" was shown for several editions: the title names the one it announced.
    const title = MARKER[banner.lang](banner.title.includes(year) ? banner.title : `${banner.title} ${year}`);
    return publishedPassages(outcome.post).map((passage) => {
      const links = structuredClone(passage.links);
      const classified = classifyLink(url, false);
      addLink(links, classified.kind, classified.url);
      return {
        ...passage,
        title,
        url,
        postUrl: url,
        event: event?.name ?? passage.event,
        date: event?.start ?? banner.from,
        published: banner.from,
        links,
      };
    });
  });
}

/** The passages with those of `banners` marked as such in their facts, which ranking weighs them by (`bannerWeight`). */
export function asBanners(passages: Passage[], banners: readonly ParsedPassage[]): Passage[] {
  const ids = new Set(banners.map((passage) => passage.id));
  return passages.map((passage) => (ids.has(passage.id) ? { ...passage, facts: { ...passage.facts, banner: true } } : passage));
}
