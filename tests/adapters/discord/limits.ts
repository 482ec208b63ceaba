import { expect } from 'vitest';

/** A message body as the bot sends it or as discord.js puts it on the wire (snake or camel case). */
interface Sent {
  content?: string | null | undefined;
  embeds?: Array<{
    title?: string;
    description?: string;
    footer?: { text: string };
    author?: { name: string };
    fields?: Array<{ name: string; value: string }>;
  }>;
  components?: ReadonlyArray<{ components: readonly object[] }>;
}

/** Fails when any of Discord's message limits is exceeded. */
export function expectWithinDiscordLimits(message: Sent): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(2000);
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  const rows = message.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const row of rows) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components as Array<{ label?: string; custom_id?: string; url?: string }>) {
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(80);
      expect(button.custom_id?.length ?? 0).toBeLessThanOrEqual(100);
      expect(button.url?.length ?? 0).toBeLessThanOrEqual(512);
    }
  }
}

/** Every text Discord renders as markdown (footers and button labels are shown as plain text). */
export function markdownText(message: Sent): string {
  const embeds = message.embeds ?? [];
  return [
    message.content ?? '',
    ...embeds.flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ].join('\n');
}

/**
 * Mentions Discord would render (and, without allowed_mentions, ping): @everyone, @here, <@user>,
 * <@!user>, <@&role>, outside code spans and not escaped with a backslash.
 */
export function liveMentions(markdown: string): string[] {
  // Read left to right, as Discord does: a backslash takes the punctuation after it out of play (so an
  // escaped backtick opens no code span), and a backtick opens a span that the next one closes.
  const outsideCode = markdown.replace(/\\[^0-9A-Za-z\s]|`[^`\n]*`/g, (token) => (token.startsWith('\\') ? ' ' : ''));
  return outsideCode.match(/@(?:everyone|here)|<@[!&]?\d+>/g) ?? [];
}
