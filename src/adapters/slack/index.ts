import type { AddressInfo } from 'node:net';
import type { webApi } from '@slack/bolt';
import { InFlight, type Asker } from '../../app/index.js';
import type { SlackConfig } from '../../config/index.js';
import { SHUTDOWN_GRACE_MS } from '../../domain/index.js';
import type { Logger } from '../../log/index.js';
import { MemoryClaims, type Claims } from '../../shared-state/index.js';
import { buildSlackApp, credentialError } from './app.js';
import { registerHandlers } from './handlers.js';

export interface SlackAdapterOptions {
  config: SlackConfig;
  /** The one question pipeline; the adapter never searches itself. */
  asker: Pick<Asker, 'ask' | 'feedback'>;
  logger: Logger;
  /** Interface the HTTP receiver listens on. Default: every interface. Unused in Socket Mode. */
  host?: string;
  /** Retries of the Web API calls that post answers. Default `ANSWER_RETRIES` (a few seconds). */
  retryConfig?: webApi.RetryOptions;
  /** How long `stop()` waits for answers still being delivered, in milliseconds. Default `SHUTDOWN_GRACE_MS`. */
  drainMs?: number;
  /** Who answers a retried event; share them (Redis) when several instances serve one app. Default: this process's. */
  claims?: Claims;
}

export interface SlackAdapter {
  /**
   * HTTP mode: listening on `config.port`. Socket Mode: connected. Rejects with CONFIG_INVALID,
   * naming the variable, when Slack refuses the bot or app-level token.
   */
  start(): Promise<void>;
  /** Stops taking requests, then waits (up to `drainMs`) for answers under way. Stopping twice is harmless. */
  stop(): Promise<void>;
  /** The port the HTTP receiver listens on (the real one when `PORT=0`); undefined in Socket Mode or when stopped. */
  readonly port: number | undefined;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, logger } = options;
  const { app, socket } = buildSlackApp({ config, logger, ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}) });
  const working = new InFlight();
  app.use(({ next }) => working.track(next()));
  registerHandlers(app, { asker: options.asker, logger, response: config.response, claims: options.claims ?? new MemoryClaims() });
  let port: number | undefined;
  let running = false;

  return {
    get port() {
      return port;
    },
    async start() {
      await app.init().catch((error: unknown) => {
        throw credentialError(error, 'SLACK_BOT_TOKEN');
      });
      if (socket) {
        await app.start().catch((error: unknown) => {
          throw credentialError(error, 'SLACK_APP_TOKEN');
        });
        running = true;
        logger.info({ event: 'slack_started', mode: 'socket' }, 'slack adapter connected (Socket Mode)');
        return;
      }
      const server = await app.start({ port: config.port, ...(options.host ? { host: options.host } : {}) });
      port = (server.address() as AddressInfo).port;
      running = true;
      logger.info({ event: 'slack_started', mode: 'http', port }, 'slack adapter listening (HTTP)');
    },
    async stop() {
      if (!running) return;
      running = false;
      // The receiver's stop() does not wait for the socket's close handshake; the client's disconnect() does.
      if (socket) await socket.client.disconnect();
      else await app.stop();
      port = undefined;
      await working.settled(options.drainMs ?? SHUTDOWN_GRACE_MS);
      logger.info({ event: 'slack_stopped' }, 'slack adapter stopped');
    },
  };
}
