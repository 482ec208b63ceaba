import type { Lang, Links, ParsedPassage } from '../model/index.js';
import { PENDING_LINK, type Unit } from './blocks.js';
import { leadInOf, markLeadIn, pack, splitLong, type Piece } from './pieces.js';
import { addLink, classifyLink, emptyLinks, SLIDES_HEADING, SLIDES_WORDS } from '../domain/index.js';
import type { Anchor, PassageDraft, PassageSource } from './types.js';
import { resolveLink } from './urls.js';

/** How passages are cut. */
export interface PassageOptions {
  /** Below this many characters a unit is packed with its neighbours. Default 80. */
  minChars?: number;
  /** A passage grows to at most this many characters, unless one sentence is longer. Default 700. */
  maxChars?: number;
}

const DEFAULTS: Required<PassageOptions> = { minChars: 80, maxChars: 700 };

/** Where the sentence around [start, end) of `text` begins and ends. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('。'), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const after = text.slice(end).search(/[.!?。！？](\s|$)/);
  return [from, after === -1 ? text.length : end + after + 1];
}

/** The sentence around [start, end) of `text`, to read what it says about a link. */
export function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(...sentenceBounds(text, start, end));
}

/** Where the words that say "slides" stand in a text. */
function slidesMentions(text: string, offset: number): number[] {
  const global = new RegExp(SLIDES_WORDS.source, 'gi');
  return [...text.matchAll(global)].map((match) => offset + match.index);
}

/**
 * Whether the passage says this link holds the slides: its sentence says "slides", and of the
 * links of that sentence this one is the nearest to the word ("learn about the [impact](report.pdf)
 * and find the [presentations](sessions/)": the sessions page, not the report).
 */
export function saysSlides(text: string, anchor: Anchor, anchors: readonly Anchor[]): boolean {
  const [from, to] = sentenceBounds(text, anchor.start, anchor.end);
  const mentions = slidesMentions(text.slice(from, to), from);
  if (mentions.length === 0) return false;
  const distance = (link: Anchor) => Math.min(...mentions.map((at) => (at < link.start ? link.start - at : at >= link.end ? at - link.end : 0)));
  const neighbours = anchors.filter((other) => other.url !== PENDING_LINK && other.start >= from && other.end <= to);
  return neighbours.every((other) => distance(anchor) <= distance(other));
}

export interface PostContext {
  lang: Lang;
  postId: string;
  translationKey: string;
  title: string;
  date: string | null;
  event: string | null;
  postUrl: string;
  /** Base for relative links (the post's page on the site). */
  pageUrl: string;
  siteBaseUrl: string;
  /** Whether passage URLs get `#anchor` suffixes (not when the post URL points elsewhere). */
  anchorsInUrl: boolean;
}

/** Turns a post's units into passages with resolved, classified links. */
export function buildPassages(units: Unit[], context: PostContext, options: PassageOptions = {}): PassageDraft[] {
  const { minChars, maxChars } = { ...DEFAULTS, ...options };
  const bySection = new Map<number, Piece[]>();
  units.forEach((unit, index) => {
    const pieces = bySection.get(unit.section) ?? [];
    const next = units[index + 1];
    // What this paragraph's last sentence introduces (a list, a quotation), by its first block.
    const list = unit.kind === 'paragraph' && next?.leadIn && next.section === unit.section ? next : null;
    pieces.push(...markLeadIn(splitLong(unit, maxChars, context.lang), list));
    bySection.set(unit.section, pieces);
  });
  const ordinals = new Map(units.map((unit, index) => [unit, index]));
  const drafts: PassageDraft[] = [];
  for (const pieces of bySection.values()) {
    for (const group of pack(pieces, minChars, maxChars)) {
      const draft = toPassage(group, context, drafts.length, ordinals);
      if (draft.passage.text || draft.passage.links.videos.length || draft.passage.links.slides.length || draft.passage.links.schedule.length) drafts.push(draft);
    }
  }
  return drafts;
}

function toPassage(group: Piece[], context: PostContext, ordinal: number, ordinals: ReadonlyMap<Unit, number>): PassageDraft {
  let text = '';
  const anchors: Anchor[] = [];
  const links: Links = emptyLinks();
  const held: Array<{ piece: Piece; anchors: Anchor[]; first: number }> = [];
  const joins: number[] = [];
  const captions: Array<[number, number]> = [];
  for (const piece of group) {
    if (!piece.text && !piece.bare.length) continue;
    const offset = text && piece.text ? text.length + 1 : text.length;
    if (text && piece.text) {
      text += ' ';
      joins.push(text.length);
    }
    text += piece.text;
    if (piece.unit.kind === 'caption') captions.push([offset, text.length]);
    const own: Anchor[] = [];
    for (const anchor of piece.anchors) {
      const url = anchor.url === PENDING_LINK ? PENDING_LINK : resolveLink(anchor.url, context.pageUrl, context.siteBaseUrl);
      if (url !== null) own.push({ ...anchor, url, start: anchor.start + offset, end: anchor.end + offset });
    }
    held.push({ piece, anchors: own, first: anchors.length });
    anchors.push(...own);
  }
  const slidesText = SLIDES_WORDS.test(text);
  // A section of slides ("演讲资料", "Presentations") links each talk's PDF by the talk's title alone.
  const slidesSection = (group[0]?.unit.headings ?? []).some((heading) => SLIDES_HEADING.test(heading));
  // Schedule pages the post keeps the slides on: shown first among the passage's schedule links.
  const slidesPages = new Set<string>();
  for (const anchor of anchors) {
    if (anchor.url === PENDING_LINK) continue;
    const said = saysSlides(text, anchor, anchors);
    const classified = classifyLink(anchor.url, said || (slidesSection && /\.pdf$/i.test(anchor.url)));
    anchor.url = classified.url;
    addLink(links, classified.kind, anchor.url);
    if (said && classified.kind === 'schedule') slidesPages.add(anchor.url);
  }
  // Each unit's links in reading order (a link still to come as PENDING_LINK), to align the post with its translation.
  const sources: PassageSource[] = held.map(({ piece, anchors: own, first }) => {
    const bare: PassageSource['links'] = [];
    for (const link of piece.bare) {
      const url = resolveLink(link.url, context.pageUrl, context.siteBaseUrl);
      if (!url || /\.(png|jpe?g|gif|svg|webp)$/i.test(url)) continue;
      const classified = classifyLink(url, link.slides || (slidesText && !anchors.length));
      addLink(links, classified.kind, classified.url);
      bare.push({ url: classified.url, anchor: null });
    }
    return { unit: ordinals.get(piece.unit) ?? -1, links: [...own.map((anchor, i) => ({ url: anchor.url, anchor: first + i })), ...bare] };
  });
  links.schedule.sort((a, b) => Number(slidesPages.has(b)) - Number(slidesPages.has(a)));
  const first = group[0]?.unit;
  const headings = first?.headings ?? [];
  const anchorId = first?.anchorId ?? null;
  const passage: ParsedPassage = {
    id: `${context.lang}:${context.postId}#${ordinal}`,
    postId: context.postId,
    translationKey: context.translationKey,
    title: context.title,
    headings,
    url: anchorId && context.anchorsInUrl ? `${context.postUrl}#${anchorId}` : context.postUrl,
    postUrl: context.postUrl,
    lang: context.lang,
    date: context.date,
    published: context.date,
    event: context.event,
    text,
    links,
  };
  return { passage, anchors, leadIn: leadInOf(group), sources, joins, captions };
}
