import { Writable } from 'node:stream';
import { Asker } from '../../../src/app/index.js';
import { createDiscordAdapter, type DiscordAdapter, type QuestionAsker } from '../../../src/adapters/discord/index.js';
import { parseConfig, type DiscordConfig } from '../../../src/config/index.js';
import { createLogger, type Logger } from '../../../src/log/index.js';
import type { QueryService } from '../../../src/answer/index.js';
import { fixtureService } from '../../helpers/engine.js';
import { APPLICATION_ID } from '../../fakes/discord/payloads.js';
import { FakeDiscord, type RecordedRequest } from '../../fakes/discord/server.js';

/** A token no log line may ever contain. */
export const TOKEN = 'MTAw.fake-discord-token.never-log-me';

/** The bot's log lines, parsed. */
export class LogCapture {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly raw: string[] = [];
  readonly logger: Logger;

  constructor() {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        const text = chunk.toString('utf8');
        this.raw.push(text);
        for (const line of text.split('\n').filter(Boolean)) this.lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    this.logger = createLogger({ level: 'debug', destination: sink });
  }
}

export interface Bot {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  config: DiscordConfig;
  logs: LogCapture;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Default: an Asker over the real engine on the fixture posts. */
  asker?: (logger: Logger) => Promise<QuestionAsker>;
  env?: Record<string, string>;
  deferAfterMs?: number;
}

export async function askerOver(service: QueryService | Promise<QueryService>, logger: Logger): Promise<Asker> {
  return new Asker({ service: await service, logger });
}

/** The real adapter, logged in to a fake Discord on loopback. */
export async function startBot(options: BotOptions = {}): Promise<Bot> {
  const fake = await FakeDiscord.start();
  const logs = new LogCapture();
  const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, ...options.env }).discord;
  if (!config) throw new Error('the test configuration has no Discord section');
  const asker = await (options.asker ?? ((logger) => askerOver(fixtureService(), logger)))(logs.logger);
  const adapter = createDiscordAdapter({
    config,
    asker,
    logger: logs.logger,
    now: () => new Date('2032-11-01T12:00:00Z'),
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  });
  try {
    await adapter.start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    adapter,
    config,
    logs,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The interaction callback Discord receives for `interaction`. */
export function callbackOf(bot: Bot, interaction: { id: string; token: string }): Promise<RecordedRequest> {
  return bot.fake.waitForRequest((request) => request.method === 'POST' && request.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
}

/** The buttons of a message body as sent on the wire. */
export function buttonsOf(body: { components?: Array<{ components: Array<Record<string, unknown>> }> }): Array<Record<string, unknown>> {
  return (body.components ?? []).flatMap((row) => row.components);
}

export function customIdOf(body: Parameters<typeof buttonsOf>[0], label: string): string {
  const button = buttonsOf(body).find((candidate) => candidate.label === label);
  if (typeof button?.custom_id !== 'string') throw new Error(`no "${label}" button in ${JSON.stringify(body.components)}`);
  return button.custom_id;
}
