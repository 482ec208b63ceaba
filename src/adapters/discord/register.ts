import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config/index.js';
import { COMMANDS } from './commands.js';

/** Where the commands went: one guild (visible there at once) or every server the bot is in. */
export type Registration = { scope: 'guild'; guildId: string; count: number } | { scope: 'global'; count: number };

/**
 * Registers the bot's commands through Discord's REST API: in `guildId` when set, for quick
 * testing, else globally. The PUT overwrites the whole set, so running it twice is harmless.
 */
export async function registerCommands(config: DiscordConfig): Promise<Registration> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const stored = (await rest.put(route, { body: COMMANDS })) as unknown[];
  return config.guildId
    ? { scope: 'guild', guildId: config.guildId, count: stored.length }
    : { scope: 'global', count: stored.length };
}
