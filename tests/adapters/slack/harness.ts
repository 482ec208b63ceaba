import { Writable } from 'node:stream';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { Asker, MemoryQueryLog, type RateLimiter } from '../../../src/app/index.js';
import { parseConfig } from '../../../src/config/index.js';
import { createLogger } from '../../../src/log/index.js';
import type { QueryService } from '../../../src/answer/index.js';
import { ResponseUrlCatcher } from '../../fakes/slack/response-url.js';
import { SignedSender } from '../../fakes/slack/signed.js';
import { FakeSocketMode } from '../../fakes/slack/socket-mode.js';
import { BOT_USER_ID, FakeWebApi, TEAM_ID } from '../../fakes/slack/web-api.js';

export const BOT_TOKEN = 'xoxb-test-bot-token-1234';
export const APP_TOKEN = 'xapp-test-app-token-5678';
export const SIGNING_SECRET = 'test-signing-secret-9abc';

export interface HarnessOptions {
  /** Default `http`. */
  mode?: 'http' | 'socket';
  /** More environment for `parseConfig`, such as `SLACK_RESPONSE`. */
  env?: Record<string, string>;
  service: QueryService;
  /** Default: no rate limit. */
  limiter?: RateLimiter;
  /** Passed to the adapter. Default 5000. */
  drainMs?: number;
  /** Web API methods the fake refuses from the start, with the error it gives. */
  failing?: Record<string, string>;
}

export interface Harness {
  api: FakeWebApi;
  urls: ResponseUrlCatcher;
  /** Socket Mode only. */
  socket: FakeSocketMode | undefined;
  /** HTTP mode only. */
  send: SignedSender;
  adapter: SlackAdapter;
  queryLog: MemoryQueryLog;
  /** Every log line, parsed. */
  logs: Array<Record<string, unknown>>;
  /** Every log line as written, to look for secrets. */
  rawLogs: string[];
  close(): Promise<void>;
}

/** The real adapter (real Bolt, real Asker) against loopback fakes of everything Slack. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const mode = options.mode ?? 'http';
  const api = new FakeWebApi();
  const urls = new ResponseUrlCatcher();
  const socket = mode === 'socket' ? new FakeSocketMode() : undefined;
  await Promise.all([api.start(), urls.start(), socket?.start()]);
  if (socket) api.socketUrl = socket.url;
  for (const [method, error] of Object.entries(options.failing ?? {})) api.failing.set(method, error);
  const closeFakes = () => Promise.all([api.close(), urls.close(), socket?.close()]);

  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString('utf8');
      rawLogs.push(line);
      logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const config = parseConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: api.url,
    PORT: '0',
    ...options.env,
  });
  if (!config.slack) throw new Error('test configuration has no Slack section');
  const queryLog = new MemoryQueryLog();
  const asker = new Asker({ service: options.service, logger, queryLog, limiter: options.limiter });
  const adapter = createSlackAdapter({
    config: config.slack,
    asker,
    logger,
    host: '127.0.0.1',
    // A fake that fails should fail fast; production keeps a few quick retries.
    retryConfig: { retries: 0 },
    ...(options.drainMs === undefined ? {} : { drainMs: options.drainMs }),
  });
  try {
    await adapter.start();
  } catch (error) {
    await adapter.stop();
    await closeFakes();
    throw error;
  }
  const send = new SignedSender(`http://127.0.0.1:${adapter.port ?? 0}/slack/events`, SIGNING_SECRET);

  return {
    api,
    urls,
    socket,
    send,
    adapter,
    queryLog,
    logs,
    rawLogs,
    async close() {
      await adapter.stop();
      await closeFakes();
    },
  };
}

let counter = 0;

/** A fresh id, so each request of a test has its own response_url and event id. */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export interface CommandOptions {
  user?: string;
  channel?: string;
}

/** The form fields Slack posts for `/istio-events <text>`. */
export function commandFields(urls: ResponseUrlCatcher, responseId: string, text: string, options: CommandOptions = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: options.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: options.user ?? 'U0ASKER',
    user_name: 'asker',
    command: '/istio-events',
    text,
    api_app_id: 'A0APP',
    response_url: urls.url(responseId),
    trigger_id: `trigger.${responseId}`,
  };
}

export interface EventOptions {
  eventId?: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  botId?: string;
}

function callback(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event,
  };
}

/** An Events API callback for `@istio-events <text>` in a channel. */
export function mentionEvent(text: string, options: EventOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? '1700000000.000100';
  return callback(
    {
      type: 'app_mention',
      user: options.user ?? 'U0ASKER',
      text: `<@${BOT_USER_ID}> ${text}`,
      ts,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      ...(options.botId ? { bot_id: options.botId } : {}),
      channel: options.channel ?? 'C0GENERAL',
      event_ts: ts,
    },
    options.eventId ?? nextId('Ev'),
  );
}

/** An Events API callback for a direct message to the bot. */
export function directMessageEvent(text: string, options: EventOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? '1700000000.000200';
  return callback(
    {
      type: 'message',
      channel_type: 'im',
      user: options.user ?? 'U0ASKER',
      text,
      ts,
      ...(options.botId ? { bot_id: options.botId } : {}),
      channel: options.channel ?? 'D0DIRECT',
      event_ts: ts,
    },
    options.eventId ?? nextId('Ev'),
  );
}

export interface ActionOptions {
  actionId: string;
  value: string;
  responseId: string;
  ephemeral?: boolean;
  channel?: string;
  user?: string;
}

/** The `block_actions` payload Slack sends when someone clicks one of our buttons. */
export function blockAction(urls: ResponseUrlCatcher, options: ActionOptions): Record<string, unknown> {
  const channel = options.channel ?? 'C0GENERAL';
  return {
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'test' },
    user: { id: options.user ?? 'U0CLICKER', username: 'clicker', team_id: TEAM_ID },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000300', channel_id: channel, is_ephemeral: options.ephemeral ?? true },
    trigger_id: `trigger.${options.responseId}`,
    channel: { id: channel, name: 'general' },
    response_url: urls.url(options.responseId),
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: options.value,
        action_ts: '1700000001.000100',
      },
    ],
  };
}
