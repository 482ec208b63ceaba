import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inviteUrl, registerCommands } from '../../../src/adapters/discord/index.js';
import { isAppError } from '../../../src/errors/index.js';
import { parseConfig, type DiscordConfig } from '../../../src/config/index.js';
import { APPLICATION_ID, GUILD_ID } from '../../fakes/discord/payloads.js';
import { FakeDiscord } from '../../fakes/discord/server.js';
import { TOKEN } from './harness.js';

/** The command exactly as Discord must receive it: this is the wire format, written out by hand. */
const EXPECTED_COMMANDS = [
  {
    type: 1,
    name: 'istio-events',
    description: 'Ask about Istio community events: talks, videos, slides, speakers',
    description_localizations: { 'zh-CN': '查询 Istio 社区活动：演讲、视频、幻灯片、演讲者' },
    integration_types: [0],
    contexts: [0, 1],
    options: [
      {
        type: 3,
        name: 'query',
        description: 'A question or a few words, or "help"',
        description_localizations: { 'zh-CN': '一个问题或几个词，或 "help"' },
        required: true,
      },
      {
        type: 3,
        name: 'lang',
        description: 'Language of the posts and of the answer',
        description_localizations: { 'zh-CN': '文章和回答的语言' },
        required: false,
        choices: [
          { name: 'English', value: 'en' },
          { name: '中文', value: 'zh' },
        ],
      },
      {
        type: 3,
        name: 'event',
        description: 'Only this event',
        description_localizations: { 'zh-CN': '只看这个活动' },
        required: false,
        autocomplete: true,
      },
    ],
  },
];

let fake: FakeDiscord;

// The returned teardown runs only once the fake started, so a failed start is not hidden behind a second error.
beforeAll(async () => {
  fake = await FakeDiscord.start();
  return () => fake.close();
});

function config(env: Record<string, string>): DiscordConfig {
  const discord = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, ...env }).discord;
  if (!discord) throw new Error('no Discord configuration');
  return discord;
}

describe('npm run discord:register', () => {
  it('PUTs the exact command JSON to the guild when DISCORD_GUILD_ID is set', async () => {
    const done = await registerCommands(config({ DISCORD_GUILD_ID: GUILD_ID }));
    expect(done).toEqual({ scope: 'guild', guildId: GUILD_ID, count: 1 });
    const puts = fake.requests.filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ path: `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`, authorization: `Bot ${TOKEN}` });
    expect(puts[0]?.body).toEqual(EXPECTED_COMMANDS);
  });

  it('PUTs the same JSON globally when no guild is set, and again unchanged when run twice', async () => {
    await registerCommands(config({}));
    await registerCommands(config({}));
    const global = fake.requests.filter((request) => request.method === 'PUT' && request.path === `/applications/${APPLICATION_ID}/commands`);
    expect(global).toHaveLength(2);
    for (const request of global) expect(request.body).toEqual(EXPECTED_COMMANDS);
  });

  it('explains a refused token without a stack trace or the token', async () => {
    fake.override = () => [401, { message: '401: Unauthorized', code: 0 }];
    try {
      const refused = await registerCommands(config({})).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isAppError(refused, 'CONFIG_INVALID')).toBe(true);
      expect((refused as Error).message).toBe('Discord refused to register the commands (401: Unauthorized): check DISCORD_TOKEN and DISCORD_APPLICATION_ID.');
    } finally {
      fake.override = undefined;
    }
  });

  it('refuses a configuration with a token but no application id, naming the variable', () => {
    let caught: unknown;
    try {
      parseConfig({ DISCORD_TOKEN: TOKEN });
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, 'CONFIG_INVALID')).toBe(true);
    expect((caught as Error).message).toContain('DISCORD_APPLICATION_ID');
    expect((caught as Error).message).not.toContain(TOKEN);
  });

  it('prints the invite link: bot and applications.commands scopes, and exactly the five permissions', () => {
    expect(inviteUrl(APPLICATION_ID)).toBe(
      `https://discord.com/oauth2/authorize?client_id=${APPLICATION_ID}&scope=bot+applications.commands&permissions=274877991936`,
    );
  });

  it('documents the same invite link in docs/discord.md', () => {
    const doc = readFileSync(new URL('../../../docs/discord.md', import.meta.url), 'utf8');
    expect(doc).toContain(inviteUrl('APPLICATION_ID'));
  });
});
