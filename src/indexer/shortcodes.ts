/**
 * Hugo shortcodes, handled the way Hugo does: before the markdown is parsed. Each shortcode is
 * replaced by a placeholder (a private-use character pair around its number) that survives the
 * markdown parser as plain text; the block walker then swaps each placeholder for what the
 * shortcode means (a caption, a video, nothing). Paired shortcodes keep their inner markdown,
 * except `text` (code listings), whose content is dropped.
 */

export interface Shortcode {
  name: string;
  /** Named arguments (`link="./a.jpg"`). */
  named: Record<string, string>;
  /** Positional arguments (`{{< youtube ID >}}`, `{{< gloss "term" >}}`). */
  positional: string[];
}

export interface ShortcodeScan {
  /** The markdown with every shortcode replaced by a placeholder (or removed). */
  markdown: string;
  /** The shortcodes, indexed by their placeholder number. */
  shortcodes: Shortcode[];
  /** Problems found, e.g. a shortcode that is never closed, with the line (1-based, in the scanned text). */
  warnings: Array<{ line: number; message: string }>;
}

const PLACEHOLDER_OPEN = '\uE000';
const PLACEHOLDER_CLOSE = '\uE001';
export const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** Paired shortcodes whose content is not prose and is left out of the index. */
const DROP_CONTENT = new Set(['text']);
/** Shortcodes that mean something to a reader; every other one is removed, its inner text kept. */
const MEANINGFUL = new Set(['image', 'youtube', 'involve_block', 'community_item', 'quote']);

function parseArguments(source: string): Pick<Shortcode, 'named' | 'positional'> {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const argument = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+))|"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/gs;
  for (const match of source.matchAll(argument)) {
    if (match[1] !== undefined) named[match[1]] = (match[2] ?? match[3] ?? match[4] ?? '').replace(/\\"/g, '"');
    else positional.push((match[5] ?? match[6] ?? match[7] ?? '').replace(/\\"/g, '"'));
  }
  return { named, positional };
}

interface Tag {
  start: number;
  end: number;
  closing: boolean;
  shortcode: Shortcode;
}

/** Finds the shortcode tag starting at `start` (which holds `{{<` or `{{%`), or null when it never closes. */
function readTag(markdown: string, start: number): Tag | null {
  const delimiter = markdown[start + 2] === '%' ? '%}}' : '>}}';
  const close = markdown.indexOf(delimiter, start + 3);
  const nextOpen = markdown.slice(start + 3).search(/\{\{[<%]/);
  if (close === -1 || (nextOpen !== -1 && start + 3 + nextOpen < close)) return null;
  let inner = markdown.slice(start + 3, close).trim();
  const closing = inner.startsWith('/');
  if (closing) inner = inner.slice(1).trim();
  const selfClosing = inner.endsWith('/');
  if (selfClosing) inner = inner.slice(0, -1).trim();
  const name = /^[\w-]+/.exec(inner)?.[0] ?? '';
  return { start, end: close + 3, closing, shortcode: { name, ...parseArguments(inner.slice(name.length)) } };
}

export function scanShortcodes(markdown: string): ShortcodeScan {
  const shortcodes: Shortcode[] = [];
  const warnings: ShortcodeScan['warnings'] = [];
  const lineAt = (offset: number): number => markdown.slice(0, offset).split('\n').length;
  let out = '';
  let at = 0;
  while (at < markdown.length) {
    const open = markdown.slice(at).search(/\{\{[<%]/);
    if (open === -1) break;
    const start = at + open;
    const tag = readTag(markdown, start);
    out += markdown.slice(at, start);
    if (!tag) {
      // An unclosed shortcode would swallow the rest of the post; drop it up to the end of its paragraph.
      warnings.push({ line: lineAt(start), message: 'shortcode is not closed; its paragraph is left out' });
      const paragraphEnd = markdown.indexOf('\n\n', start);
      at = paragraphEnd === -1 ? markdown.length : paragraphEnd;
      continue;
    }
    at = tag.end;
    if (tag.closing) continue;
    if (DROP_CONTENT.has(tag.shortcode.name)) {
      const closer = markdown.slice(at).search(new RegExp(`\\{\\{[<%]\\s*/\\s*${tag.shortcode.name}\\s*[>%]\\}\\}`));
      if (closer === -1) {
        warnings.push({ line: lineAt(start), message: `shortcode '${tag.shortcode.name}' has no closing tag; the rest of the post is left out` });
        at = markdown.length;
      } else {
        const closeTag = readTag(markdown, at + closer);
        at = closeTag ? closeTag.end : markdown.length;
      }
      continue;
    }
    if (MEANINGFUL.has(tag.shortcode.name)) {
      out += `${PLACEHOLDER_OPEN}${shortcodes.length}${PLACEHOLDER_CLOSE}`;
      shortcodes.push(tag.shortcode);
    }
  }
  out += markdown.slice(at);
  return { markdown: out, shortcodes, warnings };
}
