/** Parsed posts written inline in a test: sections of text with their links, as the parser gives them. */
import type { Anchor, ParsedPost } from '../../src/indexer/types.js';
import type { Lang } from '../../src/model/index.js';

export interface Section {
  headings?: string[];
  text: string;
  anchors?: Array<Omit<Anchor, 'start' | 'end'>>;
}

/** The section's anchors, each at the next occurrence of its text after the anchor before it with that text. */
function placed(section: Section): Anchor[] {
  const from = new Map<string, number>();
  return (section.anchors ?? []).map((anchor) => {
    const start = section.text.indexOf(anchor.text, from.get(anchor.text) ?? 0);
    from.set(anchor.text, start + anchor.text.length);
    return { ...anchor, start, end: start + anchor.text.length };
  });
}

/** A parsed post of sections. */
export function post(lang: Lang, slug: string, meta: { title: string; date: string; event: string | null }, sections: Section[]): ParsedPost {
  const postId = `${lang}/events/${slug}`;
  const url = `https://istio.io/latest/${lang === 'zh' ? 'zh/' : ''}blog/${slug}/`;
  return {
    meta: { path: `${postId}.md`, postId, translationKey: slug, lang, title: meta.title, description: '', date: meta.date, keywords: [], url, aliases: [], event: meta.event, frontEvent: null },
    eventSlides: null,
    passages: sections.map((section, i) => ({
      passage: {
        id: `${lang}:${postId}#${i}`,
        postId,
        translationKey: slug,
        title: meta.title,
        headings: section.headings ?? [],
        url,
        postUrl: url,
        lang,
        date: meta.date,
        published: meta.date,
        event: meta.event,
        text: section.text,
        links: { videos: [], slides: [], schedule: [], other: [] },
      },
      anchors: placed(section),
    })),
  };
}
