/**
 * Walks a post's mdast in reading order and turns it into units: blocks of readable text with
 * their links, under their heading trail. The walk is a small state object (`Walker`) and one
 * handler per node type, for blocks, for list items and for phrasing content.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { youtubeVideoUrl } from '../domain/index.js';
import { readHtml } from './html.js';
import { PLACEHOLDER, type Shortcode } from './shortcodes.js';
import { asSentence, leadInSentence, shownCaption, TextBuilder, type BareLink } from './text-builder.js';
import { readLiteral } from './literal.js';
import type { Anchor } from './types.js';

export type { BareLink } from './text-builder.js';

/** The URL of an anchor whose link the post has not filled in yet ("link to be added"). */
export const PENDING_LINK = '';

/** What a unit is; captions and list items may be short, paragraphs are packed with their neighbours. */
export type UnitKind = 'paragraph' | 'item' | 'caption' | 'row' | 'media';

/** One block of readable text with its links, under a heading trail. */
export interface Unit {
  kind: UnitKind;
  text: string;
  /** Links with their anchor text inside `text`; targets are as written (resolved later). */
  anchors: Anchor[];
  bare: BareLink[];
  /** Headings from the top of the post to this unit's section. */
  headings: string[];
  /** The anchor id of the innermost heading, or null before the first heading. */
  anchorId: string | null;
  /** Index of the section (increments at each heading); passages never span sections. */
  section: number;
  /** How many landmarks (see `Outline`) stand before this unit. */
  segment: number;
  /** For a list item (a quotation's first paragraph): the sentence introducing its list ("Choose from these formats:"), or null. */
  leadIn: string | null;
  /** For a list item with a list inside: its sentence that introduces that list, or none. */
  nestedLeadIn?: string | null;
}

export interface WalkOptions {
  shortcodes: readonly Shortcode[];
  /** Turns a heading into its anchor id (Hugo numbering of repeats). */
  anchorFor: (heading: string, explicitId: string | undefined) => string;
}

/** A line of a list the parser read as text (indented too far to be a list after a paragraph). */
const LIST_LINE = /\n[ \t]*[-*+][ \t]+/;
/** Strong-emphasis markers the parser left in the text. */
const STRAY_STRONG = /\*\*/g;
const EXPLICIT_ID = /\s*\{#([\w-]+)\}\s*$/;

/** What introduces the list below a paragraph of the same section. */
function leadInOf(unit: Unit | undefined, section: number): string | null {
  return unit?.kind === 'paragraph' && unit.section === section ? leadInSentence(unit.text) : null;
}

type Handlers<Node extends { type: string }, Extra extends unknown[]> = {
  [Type in Node['type']]?: (walker: Walker, node: Extract<Node, { type: Type }>, ...extra: Extra) => void;
};

/** Blocks: each emits its units (or none), headings move the trail. */
const BLOCKS: Handlers<RootContent, []> = {
  heading(walker, node) {
    const raw = toString(node, { includeImageAlt: false, includeHtml: false }).replace(PLACEHOLDER, '').trim();
    const explicit = EXPLICIT_ID.exec(raw);
    walker.enterSection(node.depth, explicit ? raw.replace(EXPLICIT_ID, '') : raw, explicit?.[1]);
  },
  paragraph(walker, node) {
    const builder = new TextBuilder();
    walker.phrasing(node.children, builder);
    walker.emit('paragraph', builder, builder.quoteLeadIn);
  },
  list(walker, node) {
    const leadIn = leadInOf(walker.units.at(-1), walker.section);
    for (const item of node.children) {
      const builder = new TextBuilder();
      walker.itemContent(item.children, builder);
      walker.emit('item', builder, leadIn);
    }
  },
  blockquote(walker, node) {
    walker.blocks(node.children);
  },
  table(walker, node) {
    for (const row of node.children) {
      const builder = new TextBuilder();
      row.children.forEach((cell, index) => {
        if (index > 0) builder.append(' | ');
        walker.phrasing(cell.children, builder);
      });
      walker.emit('row', builder);
    }
  },
  html(walker, node) {
    const builder = new TextBuilder();
    const content = readHtml(walker.expandInHtml(node.value, builder));
    builder.append(content.text);
    for (const anchor of content.anchors) builder.anchors.push({ text: anchor.text, url: anchor.href, start: anchor.start, end: anchor.end });
    for (const embed of content.embeds) builder.bare.push({ url: embed, slides: false });
    walker.emit('paragraph', builder);
  },
  code() {},
  yaml() {},
  definition() {},
  thematicBreak() {},
};

/**
 * Inside a list item: one unit, its paragraphs joined and nested lists flattened into it, each nested
 * item a sentence of its own ("…an Istio flavor: Why Choose Istio in 2025. Tutorial: Live with…").
 */
const ITEM: Handlers<RootContent, [TextBuilder]> = {
  paragraph(walker, node, builder) {
    if (builder.text) builder.append(' ');
    walker.phrasing(node.children, builder);
  },
  list(walker, node, builder) {
    builder.nestedLeadIn ??= leadInSentence(builder.text.trim());
    for (const item of node.children) {
      if (builder.text.trim()) builder.endSentence();
      walker.itemContent(item.children, builder);
    }
  },
  html(walker, node, builder) {
    walker.inlineHtml(node.value, builder);
  },
  code() {},
};

/** Phrasing content: text into the builder, links as anchors, embeds and captions beside it. */
const INLINE: Handlers<PhrasingContent, [TextBuilder]> = {
  text(walker, node, builder) {
    walker.literal(node.value, builder);
  },
  inlineCode(walker, node, builder) {
    walker.literal(node.value, builder);
  },
  break(_walker, _node, builder) {
    builder.append(' ');
  },
  link(walker, node, builder) {
    builder.anchor(node.url, () => walker.phrasing(node.children, builder));
  },
  // An image's alt text is not shown to readers; a visible caption comes from the image shortcode.
  image() {},
  imageReference() {},
  html(walker, node, builder) {
    walker.inlineHtml(node.value, builder);
  },
};

/** The state of one walk: the units so far, the heading trail and the section number. */
class Walker {
  readonly units: Unit[] = [];
  readonly landmarks: string[] = [];
  section = 0;
  readonly #trail: Array<{ depth: number; text: string; id: string }> = [];
  readonly #options: WalkOptions;

  constructor(options: WalkOptions) {
    this.#options = options;
  }

  blocks(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      const handler = BLOCKS[node.type] as ((walker: Walker, node: RootContent) => void) | undefined;
      if (handler) handler(this, node);
      else if ('children' in node) this.blocks(node.children);
    }
  }

  itemContent(nodes: readonly RootContent[], builder: TextBuilder): void {
    for (const node of nodes) {
      const handler = ITEM[node.type] as ((walker: Walker, node: RootContent, builder: TextBuilder) => void) | undefined;
      if (handler) handler(this, node, builder);
      else if ('children' in node) this.itemContent(node.children, builder);
    }
  }

  phrasing(nodes: readonly Nodes[], builder: TextBuilder): void {
    for (const node of nodes) {
      const handler = INLINE[node.type as PhrasingContent['type']] as ((walker: Walker, node: Nodes, builder: TextBuilder) => void) | undefined;
      if (handler) handler(this, node, builder);
      else if ('children' in node) this.phrasing(node.children as Nodes[], builder);
    }
  }

  enterSection(depth: number, text: string, explicitId: string | undefined): void {
    while (this.#trail.length && (this.#trail.at(-1)?.depth ?? 0) >= depth) this.#trail.pop();
    this.#trail.push({ depth, text, id: this.#options.anchorFor(text, explicitId) });
    this.section += 1;
    this.landmarks.push(`h${depth}`);
  }

  emit(kind: UnitKind, builder: TextBuilder, leadIn: string | null = null): void {
    const { text, anchors } = builder.finish();
    const where = { headings: this.#trail.map((entry) => entry.text), anchorId: this.#trail.at(-1)?.id ?? null, section: this.section, segment: this.landmarks.length };
    const leadIns = { leadIn: text ? leadIn : null, nestedLeadIn: builder.nestedLeadIn?.replace(/\s+/g, ' ') };
    if (text || builder.bare.length) this.units.push({ kind: text ? kind : 'media', text, anchors, bare: builder.bare, ...where, ...leadIns });
    for (const caption of builder.captions) {
      const bare = caption.link ? [{ url: caption.link, slides: false }] : [];
      this.units.push({ kind: 'caption', text: asSentence(caption.text), anchors: [], bare, ...where, leadIn: null });
    }
  }

  /** Literal text (a text node or inline code), its leftover markdown read as the author meant it (literal.ts). */
  literal(value: string, builder: TextBuilder): void {
    for (const part of readLiteral(value, !builder.text.trim())) {
      if (part.kind === 'text') this.text(part.text, builder);
      else builder.anchor(part.kind === 'link' ? part.url : PENDING_LINK, () => builder.append(part.title));
    }
  }

  /** Text of a block: a list line the parser read as text starts a sentence of its own. */
  text(value: string, builder: TextBuilder): void {
    const [first = '', ...items] = value.split(LIST_LINE);
    this.placeholders(first, builder);
    for (const item of items) {
      builder.endSentence();
      this.placeholders(item, builder);
    }
  }

  /** Text that may hold shortcode placeholders: each one becomes what the shortcode means. */
  placeholders(value: string, builder: TextBuilder): void {
    let last = 0;
    for (const match of value.matchAll(PLACEHOLDER)) {
      builder.append(value.slice(last, match.index).replace(STRAY_STRONG, ''));
      this.shortcode(Number(match[1]), builder);
      last = match.index + match[0].length;
    }
    builder.append(value.slice(last).replace(STRAY_STRONG, ''));
  }

  shortcode(index: number, builder: TextBuilder): void {
    const code = this.#options.shortcodes[index];
    if (!code) return;
    if (code.name === 'youtube') {
      const id = code.named.id ?? code.positional[0];
      if (id) builder.bare.push({ url: youtubeVideoUrl(id), slides: false });
      this.landmarks.push(`yt:${id ?? ''}`);
    } else if (code.name === 'image') {
      // By position, not file: translations fix typos in file names (`booth-2jpg`, `booth-2.jpg`).
      this.landmarks.push('img');
      const caption = shownCaption(code.named, `${this.units.at(-1)?.text ?? ''} ${builder.text}`);
      if (caption) builder.captions.push({ text: caption, link: code.named.link ?? null });
      else if (code.named.link) builder.bare.push({ url: code.named.link, slides: false });
    } else if (code.name === 'involve_block') {
      builder.append(` ${[code.named.title, code.named.subtitle].filter(Boolean).map((part) => asSentence(part as string)).join(' ')} `);
    } else if (code.name === 'quote') {
      // "In Rama's own words:" introduces the quotation as a lead-in introduces a list.
      builder.quoteLeadIn = leadInOf(this.units.at(-1), this.section);
    } else if (code.name === 'community_item') {
      if (code.named.alt) builder.append(` ${asSentence(code.named.alt)} `);
    }
  }

  /** Shortcodes inside raw HTML: their text goes inline, their videos and captions to the unit. */
  expandInHtml(html: string, builder: TextBuilder): string {
    return html.replace(PLACEHOLDER, (_, index: string) => {
      const inner = new TextBuilder();
      this.shortcode(Number(index), inner);
      builder.bare.push(...inner.bare);
      builder.captions.push(...inner.captions);
      return inner.text;
    });
  }

  inlineHtml(raw: string, builder: TextBuilder): void {
    const html = this.expandInHtml(raw, builder);
    const href = /^<a\s[^>]*href\s*=\s*["']([^"']+)["']/i.exec(html);
    if (href?.[1]) return builder.openHtmlAnchor(href[1]);
    if (/^<\/a\s*>/i.test(html)) return builder.closeHtmlAnchor();
    if (/^<br\s*\/?>\s*$/i.test(html)) return builder.append(' ');
    const content = readHtml(html);
    for (const embed of content.embeds) builder.bare.push({ url: embed, slides: false });
    if (content.text) builder.append(content.text);
  }
}

/** A post's units, and its landmarks in order: what every translation has too (`h2`, `img`, `yt:ID`). */
export interface Outline {
  units: Unit[];
  landmarks: string[];
}

/** Walks a post's mdast in reading order and returns its units and landmarks. */
export function collectUnits(root: Root, options: WalkOptions): Outline {
  const walker = new Walker(options);
  walker.blocks(root.children);
  return { units: walker.units, landmarks: walker.landmarks };
}
