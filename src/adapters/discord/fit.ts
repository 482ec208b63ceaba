import type { APIEmbed } from 'discord.js';
import { escapeMarkdown } from './escape.js';

/** Discord's hard limits on what one message may carry; a message over any of them is refused whole. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  footer: 2048,
  fieldName: 256,
  fieldValue: 1024,
  buttonLabel: 80,
  customId: 100,
  rows: 5,
  buttonsPerRow: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';

/** Plain text cut to at most `max` UTF-16 units, at a code point boundary, marked with an ellipsis. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length + ELLIPSIS.length > max) break;
    out += char;
  }
  return out.trimEnd() + ELLIPSIS;
}

/**
 * `escapeMarkdown(text)` when it fits in `max`; otherwise the escape of the longest start of `text`
 * that fits with an ellipsis. Cutting before escaping never leaves half an escape behind.
 */
export function escapeWithin(text: string, max: number): string {
  const whole = escapeMarkdown(text);
  if (whole.length <= max) return whole;
  const chars = Array.from(text);
  // Escaped length grows with the prefix, so the longest prefix that fits is found by bisection.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (escapeMarkdown(chars.slice(0, mid).join('')).length + ELLIPSIS.length <= max) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return max >= ELLIPSIS.length ? ELLIPSIS : '';
  return escapeMarkdown(chars.slice(0, low).join('').trimEnd()) + ELLIPSIS;
}

/** As many of `parts` as fit in `max`, in order, joined by `separator`; a part that does not fit is left out. */
export function joinWithin(parts: readonly string[], separator: string, max: number): string {
  let out = '';
  for (const part of parts) {
    const next = out === '' ? part : `${out}${separator}${part}`;
    if (next.length <= max) out = next;
  }
  return out;
}

/** Characters of an embed that count towards the 6000 per message. */
function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * An embed whose description is written to a length budget: everything but the description is
 * fixed (and already within its own limits), the description takes what the message has left.
 */
export interface EmbedDraft {
  embed: Omit<APIEmbed, 'description'>;
  /** The description in at most `budget` characters; empty when nothing useful fits. */
  describe(budget: number): string;
}

/**
 * Turns drafts into embeds that respect every per-embed limit and the 6000 characters per message.
 * The room left after titles, footers and fields is shared out so that short descriptions get all
 * they need and long ones split the rest evenly. Drafts beyond ten, or beyond the total, and embeds
 * left empty are dropped.
 */
export function assembleEmbeds(drafts: readonly EmbedDraft[]): APIEmbed[] {
  const kept = drafts.slice(0, LIMITS.embeds);
  const fixed = () => kept.reduce((sum, draft) => sum + embedLength(draft.embed), 0);
  while (fixed() > LIMITS.embedTotal) kept.pop();
  let room = LIMITS.embedTotal - fixed();
  const wants = kept.map((draft) => draft.describe(LIMITS.description).length);
  const budgets = new Array<number>(kept.length).fill(0);
  const order = wants.map((_, index) => index).sort((a, b) => (wants[a] ?? 0) - (wants[b] ?? 0));
  order.forEach((index, position) => {
    const share = Math.floor(Math.max(room, 0) / (order.length - position));
    const budget = Math.min(wants[index] ?? 0, share);
    budgets[index] = budget;
    room -= budget;
  });
  return kept.flatMap((draft, index) => {
    const description = draft.describe(budgets[index] ?? 0);
    const embed: APIEmbed = description === '' ? { ...draft.embed } : { ...draft.embed, description };
    return embed.title || embed.description || embed.fields?.length ? [embed] : [];
  });
}
