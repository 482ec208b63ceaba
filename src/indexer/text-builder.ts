import type { Lang } from '../model/index.js';
import type { Anchor } from './types.js';

/** A link whose anchor text is not in the passage (an embedded video, an image's link). */
export interface BareLink {
  url: string;
  /** Whether the unit's text says this link holds slides. */
  slides: boolean;
}

/** A visible image caption, with the link the image points to. */
export interface Caption {
  text: string;
  link: string | null;
}

/** An alt text that names the picture rather than saying what it shows: one word ("Filters", "元数据"), a logo or a badge. */
const BARE_ALT = /^(?:[a-z][\w-]*|\p{Script=Han}{1,3})$|\b(?:logo|badge|icon)s?$/iu;

/**
 * The words shown under an image shortcode, or null. The caption is; without one, the alt text stands
 * for what the picture shows (on istio.io a banner's alt holds its event's dates and city, which no
 * sentence repeats) unless it only names the picture. Words the text just before already says
 * ("a diagram of the pod enrollment flow:") are not repeated.
 */
export function shownCaption(named: Readonly<Record<string, string>>, before: string): string | null {
  const caption = named.caption?.trim() || (BARE_ALT.test(named.alt?.trim() ?? '') ? '' : named.alt?.trim());
  return caption && !before.toLowerCase().includes(caption.toLowerCase()) ? caption : null;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** A text whose last sentence has ended: its stop, maybe inside closing quotes or brackets. */
const ENDED = /[.!?。！？:：;；…][”’"')）」』]*$/u;

/** The stop that ends `text` as a sentence: none when it has ended, '。' in Chinese text or after Chinese, '.' otherwise. */
export function sentenceStop(text: string, lang?: Lang): string {
  const trimmed = text.trimEnd();
  if (!trimmed || ENDED.test(trimmed)) return '';
  return lang === 'zh' || /[\p{Script=Han}）」』]$/u.test(trimmed) ? '。' : '.';
}

/** The last sentence of a text that ends with a colon: what introduces the list after it; else null. */
export function leadInSentence(text: string): string | null {
  if (!/[:：]$/.test(text)) return null;
  const starts = [...text.slice(0, -1).matchAll(/[.!?](?=\s)\s*|[。！？]\s*/g)].map((match) => match.index + match[0].length);
  return text.slice(starts.at(-1) ?? 0).trim();
}

/** A caption or a name read as a sentence of its own, not glued to the next one. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed}${sentenceStop(trimmed)}`;
}

function nextNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length; i += 1) if (!/\s/.test(text[i] as string)) return text[i] as string;
  return '';
}

/** Accumulates the text of one block and the links inside it. */
export class TextBuilder {
  text = '';
  anchors: Anchor[] = [];
  bare: BareLink[] = [];
  captions: Caption[] = [];
  /** In a list item: the sentence introducing the first list nested in it (see `leadInSentence`). */
  nestedLeadIn: string | null = null;
  /** In a paragraph that opens a quotation: the sentence introducing it, from the paragraph before. */
  quoteLeadIn: string | null = null;
  #openHtmlAnchors: Array<{ href: string; start: number }> = [];

  append(text: string): void {
    this.text += text;
  }

  /** Ends the sentence so far, so that what follows reads as a sentence of its own. */
  endSentence(): void {
    const stop = sentenceStop(this.text);
    if (stop) this.text = this.text.trimEnd() + stop;
    this.text += ' ';
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
