import type { EventKind, Lang, ParsedPassage } from '../model/index.js';
import type { Outline } from './blocks.js';

/** A link as it stands in a passage: its anchor text and where that text sits in `Passage.text`. */
export interface Anchor {
  text: string;
  /** Absolute URL, or '' when the post names the link but has not filled it in yet ("link to be added"). */
  url: string;
  /** [start, end) offsets of the anchor text inside the passage text. */
  start: number;
  end: number;
}

/** The `event:` block our own posts carry in front matter (see content/README.md). */
export interface FrontEvent {
  name: string;
  kind: EventKind;
  city?: string | undefined;
  country?: string | undefined;
  venue?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  schedule?: string | undefined;
  recap?: string | undefined;
  /** The week of the conference a co-located day was held with (its first and last day). */
  conference?: { start: string; end: string } | undefined;
}

/** What the indexer knows about one post once it is parsed. */
export interface PostMeta {
  /** Path relative to its content root, with forward slashes, e.g. `en/blog/2023/istio-at-kubecon-na/index.md`. */
  path: string;
  postId: string;
  translationKey: string;
  lang: Lang;
  title: string;
  description: string;
  date: string | null;
  keywords: string[];
  /** The URL shown for the post: where Hugo publishes it (path, `slug`, `url`), or an absolute front-matter `url`. */
  url: string;
  /** The URLs Hugo redirects to the post (front matter `aliases`), absolute. */
  aliases: string[];
  /** The event name inferred for the post, or null. */
  event: string | null;
  /** The front-matter `event:` block, when the post has one. */
  frontEvent: FrontEvent | null;
}

/** The part of one unit a passage holds, with that part's links in reading order. */
export interface PassageSource {
  /** Index of the unit in the post's `Outline.units`. */
  unit: number;
  /** Resolved, classified URLs ('' for a link the post has not filled in yet), with the index of their anchor in the draft (none for an embed). */
  links: Array<{ url: string; anchor: number | null }>;
}

/** A passage with what the talk extractor needs beside it. */
export interface PassageDraft {
  passage: ParsedPassage;
  anchors: Anchor[];
  /** The sentence introducing the list the passage starts inside, when the passage lacks it; shown before its text. */
  leadIn?: string | null;
  /** The units the passage holds, in order: what aligns it with the passages of the post's translation (none: not aligned). */
  sources?: PassageSource[];
  /** Where each block after the first starts in the text: one that does not end its sentence gets a stop there when published. */
  joins?: number[];
  /** [start, end) of each image caption in the text: it tells of the picture, not of the talk after it. */
  captions?: Array<[number, number]>;
}

/** Everything the talk and event extractors get for one post. */
export interface ParsedPost {
  meta: PostMeta;
  passages: PassageDraft[];
  /** The slides/schedule page the post says holds every talk's slides, or null. */
  eventSlides: string | null;
  /** The post's units and landmarks, to align it with its translation (none: not aligned). */
  outline?: Outline;
}
