import { decodeButton } from '../../src/adapters/discord/custom-id.js';
import { renderAnswer as renderDiscord, type DiscordMessage } from '../../src/adapters/discord/render.js';
import { ACTIONS, renderAnswer as renderSlack } from '../../src/adapters/slack/render.js';
import { decodeValue, pageOf } from '../../src/adapters/slack/values.js';
import type { Answer } from '../../src/answer/index.js';
import { renderAnswer as renderTerminal } from '../../src/cli/render.js';
import { present, type PageRef } from '../../src/present/index.js';
import { buttonsOf, textsOf } from '../adapters/slack/blocks.js';

/** "Today" for every surface in these tests. */
export const NOW = new Date('2032-11-04T12:00:00Z');

/** What a reader sees of one answer on one surface: its text top to bottom, and where "More" leads. */
export interface Drawn {
  text: string;
  more: PageRef | null;
}

/** Discord's text as it appears: the message, then each embed's author, title, description, fields and footer. */
function discordText(message: DiscordMessage): string {
  return [
    message.content,
    ...message.embeds.flatMap((embed) => [
      embed.author?.name ?? '',
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text ?? '',
    ]),
  ].join('\n');
}

/** Each surface draws `answer` (at `page`); the same function shape for all, so tests run over them in a table. */
export const SURFACES: Record<'terminal' | 'slack' | 'discord', (answer: Answer, page?: PageRef) => Drawn> = {
  terminal: (answer, page) => {
    // The terminal has no button: the chat's "more" asks for the page the present step says is next.
    const text = renderTerminal(answer, { now: NOW, page, moreHint: 'MORE' });
    return { text, more: text.endsWith('MORE') ? nextOf(answer, page) : null };
  },
  slack: (answer, page) => {
    const message = renderSlack(answer, { share: true, now: NOW, page });
    const blocks = message.blocks ?? [];
    const more = buttonsOf(blocks).find((button) => button.action_id === ACTIONS.more);
    const value = more ? decodeValue(more.value) : undefined;
    return { text: textsOf(blocks).join('\n'), more: value ? pageOf(value) : null };
  },
  discord: (answer, page) => {
    const message = renderDiscord(answer, { ephemeral: true, now: NOW, page });
    const ids = message.components.flatMap((row) => row.components).flatMap((button) => ('custom_id' in button ? [button.custom_id] : []));
    const state = ids.map(decodeButton).find((decoded) => decoded?.action === 'more');
    return { text: discordText(message), more: state ? { list: state.list, offset: state.offset } : null };
  },
};

/** The terminal's next page, as the chat computes it. */
function nextOf(answer: Answer, page: PageRef | undefined): PageRef | null {
  return present(answer, { page, now: NOW }).more;
}
