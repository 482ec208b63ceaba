/**
 * Slack mrkdwn needs only `&`, `<` and `>` escaped: `<` is what starts a mention (`<!channel>`,
 * `<@U123>`) or a link, so text from users and posts must never carry a raw one.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

export const ELLIPSIS = '…';

/** `text` cut to at most `max` code points (ellipsis included), for user text inside our own sentences. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars: string[] = [];
  for (const char of text) {
    if (chars.length === max) return chars.slice(0, max - 1).join('') + ELLIPSIS;
    chars.push(char);
  }
  return text;
}

/**
 * Escapes `text` and cuts it so the result is at most `max` characters, ending with an ellipsis
 * when cut. Cutting after escaping could split an entity or a surrogate pair; this never does.
 * Only the start of a long text is read, so a huge passage costs no more than a short one.
 */
export function clipEscaped(text: string, max: number): string {
  if (text.length <= max) {
    const whole = escapeMrkdwn(text);
    if (whole.length <= max) return whole;
  }
  let out = '';
  for (const char of text) {
    const piece = escapeMrkdwn(char);
    if (out.length + piece.length + ELLIPSIS.length > max) break;
    out += piece;
  }
  return out + ELLIPSIS;
}

/** Longest escaped URL we put in a link; Slack allows 3000, and no real post link comes near this. */
const MAX_URL_LENGTH = 500;

/**
 * The URL as a mrkdwn link target, or undefined when it is not a plain http(s) URL of a sane length.
 * `|` or a space would end the target early, so they are percent-encoded.
 */
export function linkTarget(url: string): string | undefined {
  const target = escapeMrkdwn(url.replace(/[|\s]/g, (char) => encodeURIComponent(char)));
  return /^https?:\/\//i.test(url) && target.length <= MAX_URL_LENGTH ? target : undefined;
}

/** A mrkdwn link `<url|label>` (label already escaped), or the label alone when the URL cannot be linked. */
export function link(url: string, label: string): string {
  const target = linkTarget(url);
  return target === undefined ? label : `<${target}|${label}>`;
}
