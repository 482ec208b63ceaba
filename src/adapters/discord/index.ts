import { Events, type Client } from 'discord.js';
import type { DiscordConfig } from '../../config/index.js';
import { SHUTDOWN_GRACE_MS } from '../../domain/index.js';
import { reasonOf } from '../../errors/index.js';
import type { Logger } from '../../log/index.js';
import { MemoryClaims, type Claims } from '../../shared-state/index.js';
import { createDiscordClient } from './client.js';
import { attachHandlers, type AttachedHandlers, type QuestionAsker } from './handlers.js';

export { inviteUrl } from './client.js';
export { registerCommands } from './register.js';
export type { QuestionAsker } from './handlers.js';

export interface DiscordAdapterOptions {
  config: DiscordConfig;
  /** The app's Asker: rate limits, the engine and logging are its job, not the adapter's. */
  asker: QuestionAsker;
  logger: Logger;
  /**
   * How long an interaction may wait for its reply before it is deferred and edited later.
   * Default 2000 ms: Discord drops an interaction not answered within 3 seconds.
   */
  deferAfterMs?: number;
  /** How long `stop()` waits for answers still being sent, in milliseconds. Default `SHUTDOWN_GRACE_MS`. */
  drainMs?: number;
  /** Today, for "in N days". Default: the current date. */
  now?: () => Date;
  /** Who answers each event; share them (Redis) when several instances log in with one token. Default: this process's. */
  claims?: Claims;
}

export interface DiscordAdapter {
  /** Connects to the gateway; resolves once the bot is ready to answer, rejects when login fails. */
  start(): Promise<void>;
  /** Disconnects. Questions already handed to the Asker still finish. */
  stop(): Promise<void>;
}

/** The Discord surface: the `/istio-events` command, its buttons and autocomplete, mentions and DMs. */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const logger = options.logger.child({ adapter: 'discord' });
  let client: Client | undefined;
  let handlers: AttachedHandlers | undefined;

  return {
    async start() {
      const created = createDiscordClient(options.config);
      client = created;
      handlers = attachHandlers(created, {
        config: options.config,
        asker: options.asker,
        logger,
        deferAfterMs: options.deferAfterMs ?? 2000,
        now: options.now ?? (() => new Date()),
        claims: options.claims ?? new MemoryClaims(),
      });
      created.on(Events.Error, (error) => logger.error({ event: 'discord_error', reason: reasonOf(error) }, 'Discord client error'));
      created.on(Events.ShardDisconnect, (event) => logger.warn({ event: 'discord_disconnected', code: event.code }, 'Discord gateway disconnected'));
      created.on(Events.ShardResume, () => logger.info({ event: 'discord_resumed' }, 'Discord gateway resumed'));
      const ready = new Promise<void>((resolve) => created.once(Events.ClientReady, () => resolve()));
      try {
        await created.login(options.config.token);
        await ready;
      } catch (error) {
        await created.destroy();
        client = undefined;
        throw error;
      }
      logger.info({ event: 'discord_ready', user: created.user?.tag }, 'Discord bot connected');
    },
    async stop() {
      // Answers under way still need the client's REST token: let them finish before it goes.
      await handlers?.drain(options.drainMs ?? SHUTDOWN_GRACE_MS);
      await client?.destroy();
      client = undefined;
      handlers = undefined;
    },
  };
}
