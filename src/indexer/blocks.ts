import type { Heading, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { Anchor } from './types.js';
import { readHtml } from './html.js';
import { PLACEHOLDER, type Shortcode } from './shortcodes.js';

/** The URL of an anchor whose link the post has not filled in yet ("link to be added"). */
export const PENDING_LINK = '';

/** What a unit is; captions and list items may be short, paragraphs are packed with their neighbours. */
export type UnitKind = 'paragraph' | 'item' | 'caption' | 'row' | 'media';

/** A link whose anchor text is not in the passage (an embedded video, an image's link). */
export interface BareLink {
  url: string;
  /** Whether the unit's text says this link holds slides. */
  slides: boolean;
}

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
}

export interface Section {
  headings: string[];
  anchorId: string | null;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function nextNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length; i += 1) if (!/\s/.test(text[i] as string)) return text[i] as string;
  return '';
}

/** Accumulates the text of one block and the links inside it. */
class TextBuilder {
  text = '';
  anchors: Anchor[] = [];
  bare: BareLink[] = [];
  captions: Array<{ text: string; link: string | null }> = [];
  #openHtmlAnchors: Array<{ href: string; start: number }> = [];

  append(text: string): void {
    this.text += text;
  }

  anchor(href: string, build: () => void): void {
    const start = this.text.length;
    build();
    this.#closeAnchor(href, start);
  }

  openHtmlAnchor(href: string): void {
    this.#openHtmlAnchors.push({ href, start: this.text.length });
  }

  closeHtmlAnchor(): void {
    const open = this.#openHtmlAnchors.pop();
    if (open) this.#closeAnchor(open.href, open.start);
  }

  #closeAnchor(href: string, start: number): void {
    const raw = this.text.slice(start);
    const from = start + (raw.length - raw.trimStart().length);
    const to = start + raw.trimEnd().length;
    if (to > from) this.anchors.push({ text: this.text.slice(from, to), url: href, start: from, end: to });
    else this.bare.push({ url: href, slides: false });
  }

  /** The text with runs of white space collapsed, anchors moved to match. */
  finish(): { text: string; anchors: Anchor[] } {
    const map: number[] = [];
    const out: string[] = [];
    let length = 0;
    let last = '';
    let lastSpace = true;
    for (let i = 0; i < this.text.length; i += 1) {
      map[i] = length;
      const char = this.text[i] as string;
      if (/\s/.test(char)) {
        // A line break inside Chinese text is not a space; Latin words still need one.
        if (!lastSpace && !(CJK.test(last) && CJK.test(nextNonSpace(this.text, i)))) {
          out.push(' ');
          length += 1;
          last = ' ';
        }
        lastSpace = true;
      } else {
        out.push(char);
        length += 1;
        last = char;
        lastSpace = false;
      }
    }
    const text = out.join('');
    map[this.text.length] = text.length;
    const trimmedEnd = text.trimEnd();
    const anchors = this.anchors.map((anchor) => ({
      ...anchor,
      start: Math.min(map[anchor.start] ?? 0, trimmedEnd.length),
      end: Math.min(map[anchor.end] ?? 0, trimmedEnd.length),
    }));
    return { text: trimmedEnd, anchors };
  }
}

export interface WalkOptions {
  shortcodes: readonly Shortcode[];
  /** Turns a heading into its anchor id (Hugo numbering of repeats). */
  anchorFor: (heading: string, explicitId: string | undefined) => string;
}

const NOT_A_LINK = /\[([^\]\n]+)\]\(([^)\n]*)\)/g;
/** Targets that say the link will come later. */
const PENDING_TARGET = /to be added|coming soon/i;
const EXPLICIT_ID = /\s*\{#([\w-]+)\}\s*$/;

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** Walks a post's mdast in reading order and yields its units. */
export function collectUnits(root: Root, options: WalkOptions): Unit[] {
  const units: Unit[] = [];
  const trail: Array<{ depth: number; text: string; id: string }> = [];
  let section = 0;

  const current = (): Section => ({
    headings: trail.map((entry) => entry.text),
    anchorId: trail.at(-1)?.id ?? null,
  });

  const emit = (kind: UnitKind, builder: TextBuilder): void => {
    const { text, anchors } = builder.finish();
    const where = { ...current(), section };
    if (text || builder.bare.length) units.push({ kind: text ? kind : 'media', text, anchors, bare: builder.bare, ...where });
    for (const caption of builder.captions) {
      units.push({
        kind: 'caption',
        text: caption.text,
        anchors: [],
        bare: caption.link ? [{ url: caption.link, slides: false }] : [],
        ...where,
      });
    }
  };

  const phrasing = (nodes: readonly PhrasingContent[] | readonly Nodes[], builder: TextBuilder): void => {
    for (const node of nodes) inline(node as Nodes, builder);
  };

  const shortcode = (index: number, builder: TextBuilder): void => {
    const code = options.shortcodes[index];
    if (!code) return;
    if (code.name === 'youtube') {
      const id = code.named.id ?? code.positional[0];
      if (id) builder.bare.push({ url: `https://www.youtube.com/watch?v=${id}`, slides: false });
    } else if (code.name === 'image') {
      const text = (code.named.caption ?? code.named.alt ?? code.named.title ?? '').trim();
      const link = code.named.link ?? null;
      if (text) builder.captions.push({ text, link });
    } else if (code.name === 'involve_block') {
      builder.append(` ${[code.named.title, code.named.subtitle].filter(Boolean).join('. ')} `);
    } else if (code.name === 'community_item') {
      if (code.named.alt) builder.append(` ${code.named.alt} `);
    }
  };

  const textWithShortcodes = (value: string, builder: TextBuilder): void => {
    let last = 0;
    for (const match of value.matchAll(PLACEHOLDER)) {
      builder.append(value.slice(last, match.index));
      shortcode(Number(match[1]), builder);
      last = (match.index ?? 0) + match[0].length;
    }
    builder.append(value.slice(last));
  };

  const inline = (node: Nodes, builder: TextBuilder): void => {
    switch (node.type) {
      case 'text': {
        // `[title](link to be added)` is not a link to the parser: keep its words, drop the brackets,
        // and remember the title as a link still to come (the talk extractor wants it).
        let last = 0;
        for (const match of node.value.matchAll(NOT_A_LINK)) {
          textWithShortcodes(node.value.slice(last, match.index), builder);
          const title = match[1] ?? '';
          if (PENDING_TARGET.test(match[2] ?? '')) builder.anchor(PENDING_LINK, () => builder.append(title));
          else builder.append(title);
          last = (match.index ?? 0) + match[0].length;
        }
        textWithShortcodes(node.value.slice(last), builder);
        return;
      }
      case 'inlineCode':
        textWithShortcodes(node.value, builder);
        return;
      case 'break':
        builder.append(' ');
        return;
      case 'link':
        builder.anchor(node.url, () => phrasing(node.children, builder));
        return;
      case 'linkReference':
      case 'emphasis':
      case 'strong':
      case 'delete':
        phrasing(node.children, builder);
        return;
      case 'image':
        if (node.alt) builder.captions.push({ text: node.alt, link: null });
        return;
      case 'html':
        inlineHtml(node.value, builder);
        return;
      default:
        if ('children' in node) phrasing(node.children as Nodes[], builder);
    }
  };

  /** Shortcodes inside raw HTML: their text goes inline, their videos and captions to the unit. */
  const expandInHtml = (html: string, builder: TextBuilder): string =>
    html.replace(PLACEHOLDER, (_, index: string) => {
      const inner = new TextBuilder();
      shortcode(Number(index), inner);
      builder.bare.push(...inner.bare);
      builder.captions.push(...inner.captions);
      return inner.text;
    });

  const inlineHtml = (raw: string, builder: TextBuilder): void => {
    const html = expandInHtml(raw, builder);
    const href = /^<a\s[^>]*href\s*=\s*["']([^"']+)["']/i.exec(html);
    if (href?.[1]) return builder.openHtmlAnchor(href[1]);
    if (/^<\/a\s*>/i.test(html)) return builder.closeHtmlAnchor();
    if (/^<br\s*\/?>\s*$/i.test(html)) return builder.append(' ');
    const content = readHtml(html);
    for (const embed of content.embeds) builder.bare.push({ url: embed, slides: false });
    if (content.text) builder.append(content.text);
  };

  const blockHtml = (raw: string): void => {
    const builder = new TextBuilder();
    const content = readHtml(expandInHtml(raw, builder));
    builder.append(content.text);
    for (const anchor of content.anchors) builder.anchors.push({ text: anchor.text, url: anchor.href, start: anchor.start, end: anchor.end });
    for (const embed of content.embeds) builder.bare.push({ url: embed, slides: false });
    emit('paragraph', builder);
  };

  const heading = (node: Heading): void => {
    const raw = plainText(node).replace(PLACEHOLDER, '').trim();
    const explicit = EXPLICIT_ID.exec(raw);
    const text = explicit ? raw.replace(EXPLICIT_ID, '') : raw;
    while (trail.length && (trail.at(-1)?.depth ?? 0) >= node.depth) trail.pop();
    trail.push({ depth: node.depth, text, id: options.anchorFor(text, explicit?.[1]) });
    section += 1;
  };

  const block = (node: RootContent, kind: UnitKind = 'paragraph'): void => {
    switch (node.type) {
      case 'heading':
        heading(node);
        return;
      case 'paragraph': {
        const builder = new TextBuilder();
        phrasing(node.children, builder);
        emit(kind, builder);
        return;
      }
      case 'list':
        for (const item of node.children) listItem(item.children);
        return;
      case 'blockquote':
        for (const child of node.children) block(child);
        return;
      case 'table':
        for (const row of node.children) {
          const builder = new TextBuilder();
          row.children.forEach((cell, index) => {
            if (index > 0) builder.append(' | ');
            phrasing(cell.children, builder);
          });
          emit('row', builder);
        }
        return;
      case 'html':
        blockHtml(node.value);
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) block(child, kind);
    }
  };

  /** A list item is one unit: its paragraphs joined, nested lists flattened into it. */
  const listItem = (children: readonly RootContent[]): void => {
    const builder = new TextBuilder();
    const addChildren = (nodes: readonly RootContent[]): void => {
      for (const child of nodes) {
        if (child.type === 'paragraph') {
          if (builder.text) builder.append(' ');
          phrasing(child.children, builder);
        } else if (child.type === 'list') {
          for (const item of child.children) addChildren(item.children);
        } else if (child.type === 'html') {
          inlineHtml(child.value, builder);
        } else if (child.type !== 'code' && 'children' in child) {
          addChildren(child.children as RootContent[]);
        }
      }
    };
    addChildren(children);
    emit('item', builder);
  };

  for (const node of root.children) block(node);
  return units;
}
