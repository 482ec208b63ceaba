import { Client, GatewayIntentBits, Partials } from 'discord.js';
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
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

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
