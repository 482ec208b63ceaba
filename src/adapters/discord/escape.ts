/**
 * Discord markdown escaping. Anything that came from a user or a post goes through here before it
 * lands in message content, an embed title or an embed description, so it shows as the text it is:
 * no bold, links, headings, lists, spoilers, code, mentions, emoji or timestamps made out of data.
 */

/**
 * Every character Discord's markdown gives a meaning to. Discord drops a backslash before any
 * punctuation, so escaping a character that would not have mattered costs length but not looks.
 * `<` covers user, role, channel, emoji and timestamp tokens; `@` covers @everyone and @here.
 */
const SPECIAL = /[\\*_~`|>#\-[\]()<@]/g;

/** A numbered list item (`1. `) at the start of a line. */
const NUMBERED = /^(\s*\d+)\.(?=\s)/gm;

/** Escapes text so Discord renders it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(NUMBERED, '$1\\.');
}

/**
 * A link target that is safe to put in a masked link `[label](url)`: only http(s) URLs, with the
 * characters that would end the link or open an angle-bracket form percent-encoded. Null for
 * anything that is not a well-formed http(s) URL of at most `max` characters.
 */
export function safeUrl(url: string, max = 512): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const href = parsed.href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return href.length <= max ? href : null;
}

/**
 * Inline code for a query the reader may copy. Nothing inside a code span is markdown or a mention;
 * a backtick would close the span early, so it becomes a plain quote, and a query is one line.
 */
export function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\s+/g, ' ').trim()}\``;
}
