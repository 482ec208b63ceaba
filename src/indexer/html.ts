import { Parser } from 'htmlparser2';

export interface HtmlContent {
  text: string;
  /** `<a href>` targets with their text, in order. */
  anchors: Array<{ text: string; href: string; start: number; end: number }>;
  /** `<iframe src>` and `<embed src>` targets (embedded videos). */
  embeds: string[];
}

const BLOCK = new Set(['p', 'div', 'br', 'tr', 'li', 'table', 'thead', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary']);
const SKIP = new Set(['script', 'style', 'code', 'pre']);

/** Text, links and embeds of a raw HTML fragment, as a reader would see them. */
export function readHtml(html: string): HtmlContent {
  const content: HtmlContent = { text: '', anchors: [], embeds: [] };
  const open: Array<{ href: string; start: number }> = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIP.has(name)) skipping += 1;
        if (BLOCK.has(name) && content.text && !content.text.endsWith(' ')) content.text += ' ';
        if (name === 'a' && attributes.href) open.push({ href: attributes.href, start: content.text.length });
        if ((name === 'iframe' || name === 'embed') && attributes.src) content.embeds.push(attributes.src);
      },
      ontext(text) {
        if (skipping === 0) content.text += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'a') {
          const anchor = open.pop();
          if (anchor) {
            const raw = content.text.slice(anchor.start);
            const trimmedStart = anchor.start + (raw.length - raw.trimStart().length);
            const end = anchor.start + raw.trimEnd().length;
            content.anchors.push({ text: content.text.slice(trimmedStart, end), href: anchor.href, start: trimmedStart, end });
          }
        }
        if (BLOCK.has(name) && content.text && !content.text.endsWith(' ')) content.text += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const leading = content.text.length - content.text.trimStart().length;
  return {
    text: content.text.trim(),
    anchors: content.anchors.map((anchor) => ({ ...anchor, start: anchor.start - leading, end: anchor.end - leading })),
    embeds: content.embeds,
  };
}
