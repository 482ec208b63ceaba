import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { COMMANDS } from './commands.js';

/** Where the commands went: one guild (visible there at once) or every server the bot is in. */
export type Registration = { scope: 'guild'; guildId: string; count: number } | { scope: 'global'; count: number };

/** Statuses that mean the configuration is wrong rather than Discord being unwell. */
const REFUSED = new Set([401, 403, 404]);

/**
 * Registers the bot's commands through Discord's REST API: in `guildId` when set, for quick
 * testing, else globally. The PUT overwrites the whole set, so running it twice is harmless.
 * A refusal (bad token, wrong application or guild) becomes a CONFIG_INVALID error naming the variables to check.
 */
export async function registerCommands(config: DiscordConfig): Promise<Registration> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  let stored: unknown[];
  try {
    stored = (await rest.put(route, { body: COMMANDS })) as unknown[];
  } catch (error) {
    if (!(error instanceof DiscordAPIError) || !REFUSED.has(error.status)) throw error;
    const check = config.guildId
      ? 'DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_GUILD_ID (is the bot in that server?)'
      : 'DISCORD_TOKEN and DISCORD_APPLICATION_ID';
    throw new AppError('CONFIG_INVALID', `Discord refused to register the commands (${error.message}): check ${check}.`, { status: error.status }, { cause: error });
  }
  return config.guildId
    ? { scope: 'guild', guildId: config.guildId, count: stored.length }
    : { scope: 'global', count: stored.length };
}
