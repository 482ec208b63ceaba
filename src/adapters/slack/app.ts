import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import type { Logger } from '../../log/index.js';
import { boltLogger } from './bolt-logger.js';

/**
 * Retries for the Web API calls that deliver answers: three quick ones, about 4 s in all. Bolt's
 * default keeps retrying for about 30 minutes, and an answer that late helps nobody.
 */
const ANSWER_RETRIES: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 2_000 };

export interface SlackAppOptions {
  config: SlackConfig;
  logger: Logger;
  /** Retries of the Web API calls that post answers. Default `ANSWER_RETRIES`. */
  retryConfig?: webApi.RetryOptions;
}

export interface SlackApp {
  app: App;
  /** Set in Socket Mode: its client says when the socket is really closed. */
  socket: SocketModeReceiver | undefined;
}

/**
 * The Bolt app for the configured transport: Socket Mode when an app-level token is set, else
 * HTTP with request signing. `SLACK_API_URL` (tests, proxies) replaces the Web API base for both.
 */
export function buildSlackApp(options: SlackAppOptions): SlackApp {
  const { config } = options;
  const logger = boltLogger(options.logger);
  const base = config.apiUrl === undefined ? {} : { slackApiUrl: config.apiUrl };
  const common = {
    token: config.botToken,
    logger,
    clientOptions: { ...base, retryConfig: options.retryConfig ?? ANSWER_RETRIES },
    // Answers are stateless (paging travels in the buttons), so Bolt's conversation store is unused.
    convoStore: false as const,
    // Bolt would otherwise check the token at construction, where a refusal surfaces as an
    // unhandled rejection; start() runs the check with `app.init()` and reports it properly.
    deferInitialization: true,
  };
  if (config.appToken !== undefined) {
    // The socket client gets options of its own: it keeps Slack's long retries for
    // apps.connections.open, which is how it reconnects after a network outage.
    const socket = new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions: { clientOptions: { ...base } } });
    return { app: new App({ ...common, receiver: socket }), socket };
  }
  return { app: new App({ ...common, signingSecret: config.signingSecret }), socket: undefined };
}

/**
 * A Web API refusal of a credential (`invalid_auth`, `token_revoked`, …) as a configuration error
 * naming the variable to fix; any other failure (network, Slack down) is returned unchanged.
 */
export function credentialError(error: unknown, variable: string): unknown {
  if (error instanceof Error && (error as { code?: unknown }).code === webApi.ErrorCode.PlatformError) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    const reason = typeof code === 'string' ? code : 'refused';
    return new AppError('CONFIG_INVALID', `Slack refused ${variable}: ${reason}`, { variables: [variable] });
  }
  return error;
}
