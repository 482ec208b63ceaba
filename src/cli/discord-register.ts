import { inviteUrl, registerCommands } from '../adapters/discord/index.js';
import { loadConfig } from '../config/index.js';
import { AppError } from '../errors/index.js';
import { runMain } from './run.js';

runMain(async () => {
  const { discord } = loadConfig('start');
  if (!discord) {
    throw new AppError('CONFIG_INVALID', 'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (in .env or the environment) to register the commands.', {
      variables: ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'],
    });
  }
  const done = await registerCommands(discord);
  process.stdout.write(
    done.scope === 'guild'
      ? `Registered ${done.count} command(s) in guild ${done.guildId}; they are usable there now.\n`
      : `Registered ${done.count} command(s) globally, in every server the bot is in.\n`,
  );
  process.stdout.write(`Invite the bot to a server with:\n  ${inviteUrl(discord.applicationId)}\n`);
});
