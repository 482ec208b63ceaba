import { Client, GatewayIntentBits, Partials, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import type { DiscordConfig } from '../../config/index.js';
import { noMentions } from './render.js';

/**
 * The gateway intents the bot asks for, none of them privileged:
 * - Guilds: the servers and channels the bot is in, so messages in them can be handled at all;
 * - GuildMessages: messages in server channels, of which the bot answers those that mention it;
 * - DirectMessages: messages sent to the bot in a DM.
 * Message Content is not needed: Discord includes the text of a message that mentions the bot and of
 * a DM to it, which are the only messages the bot reads.
 */
const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

/**
 * What the bot needs in a channel to answer a mention there: see it, write in it and in its threads,
 * show answers as embeds, and read history, which Discord requires of a reply to an earlier message.
 * Slash-command answers need none of these: they travel as interaction responses.
 */
const PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
] as const;

/** The link a server admin opens to add the bot with its slash command and exactly those permissions. */
export function inviteUrl(applicationId: string): string {
  const permissions = new PermissionsBitField([...PERMISSIONS]).bitfield.toString();
  const query = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}

/** A discord.js client for the bot; it does not connect until `login`. */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [...INTENTS],
    // DM channels are never in the cache; without this their messages are dropped.
    partials: [Partials.Channel],
    // A second guard beside the per-message setting: nothing the bot sends pings anyone.
    allowedMentions: noMentions(),
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
}
