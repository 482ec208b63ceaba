/**
 * Slack delivers message and command text in its own markup: `&`, `<`, `>` escaped, and
 * `<…>` spans for mentions, channels and links. The engine wants what the person typed.
 */

const SPAN = /<([^<>]*)>/g;

/** The question in a Slack message or command text; mentions of the bot itself are dropped. */
export function questionText(slackText: string, botUserId?: string): string {
  return slackText
    .replace(SPAN, (_span, inner: string) => spanText(inner, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function spanText(inner: string, botUserId: string | undefined): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) {
    if (botUserId !== undefined && target === `@${botUserId}`) return ' ';
    return ` ${label ?? ''} `;
  }
  if (target.startsWith('#')) return ` ${label ?? ''} `;
  // `<!here>`, `<!channel>`, `<!subteam^…>`, dates: nothing a question is about.
  if (target.startsWith('!')) return ' ';
  return label ?? target.replace(/^mailto:/, '');
}
