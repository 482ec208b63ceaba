import { afterEach, describe, expect, it } from 'vitest';
import { Asker, RateLimiter } from '../../../src/app/index.js';
import { messages } from '../../../src/i18n/index.js';
import type { QueryService } from '../../../src/answer/index.js';
import { fixtureService } from '../../helpers/engine.js';
import { APPLICATION_ID, BOT, autocomplete, buttonClick, channelMessage, directMessage, slashCommand } from '../../fakes/discord/payloads.js';
import { answer, result, talk } from '../../helpers/answers.js';
import { askerOver, buttonsOf, callbackOf, customIdOf, startBot, type Bot } from './harness.js';
import { expectWithinDiscordLimits, liveMentions, markdownText } from './limits.js';

const EPHEMERAL = 64;
let bot: Bot | undefined;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

function editOf(running: Bot, interaction: { token: string }) {
  return running.fake.waitForRequest(
    (request) => request.method === 'PATCH' && request.path === `/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`,
  );
}

describe('autocomplete of the event option', () => {
  const montreal = 'Istio Day North America 2032';
  const long = `KubeCon + CloudNativeCon ${'and a very long co-located event name '.repeat(4)}`;
  const events = [montreal, long, ...Array.from({ length: 30 }, (_, index) => `Meetup ${index}`)];

  async function withEvents() {
    const engine = await fixtureService();
    const service: QueryService = { answer: (question, options) => engine.answer(question, options), eventNames: () => events };
    return startBot({ asker: async (logger) => askerOver(service, logger) });
  }

  it('offers the events the index knows whose name contains what was typed', async () => {
    bot = await withEvents();
    const interaction = autocomplete({ query: 'talks', event: 'NORTH am' }, 'event');
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    const { body } = await callbackOf(bot, interaction);
    expect(body).toEqual({ type: 8, data: { choices: [{ name: montreal, value: montreal }] } });
  });

  it('offers at most 25 choices, each within 100 characters', async () => {
    bot = await withEvents();
    const interaction = autocomplete({ event: '' }, 'event');
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    const { choices } = (await callbackOf(bot, interaction)).body.data;
    expect(choices).toHaveLength(25);
    expect(choices[1]).toEqual({ name: `${long.slice(0, 99).trimEnd()}…`, value: long.slice(0, 100) });
  });
});

describe('a slow engine', () => {
  /** The real engine, answering each question only after `ms`. */
  async function slowAsker(ms: number) {
    const service = await fixtureService();
    return (logger: Parameters<typeof askerOver>[1]) =>
      askerOver(service, logger).then((asker) => ({
        eventNames: () => asker.eventNames(),
        ask: (question: Parameters<Asker['ask']>[0]) => new Promise<Awaited<ReturnType<Asker['ask']>>>((resolve) => setTimeout(() => resolve(asker.ask(question)), ms)),
      }));
  }

  it('still delivers a DM answer under way when the bot is told to stop', async () => {
    bot = await startBot({ asker: await slowAsker(300) });
    const message = directMessage('ambient waypoints');
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const reply = bot.fake.waitForRequest((request) => request.method === 'POST' && request.body?.message_reference?.message_id === message.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await bot.adapter.stop();
    expect((await reply).body.embeds.map((embed: { title: string }) => embed.title).join()).toContain('Istio at KubeCon Europe 2031');
  });

  it('defers the slash command within the window, then edits the answer in', async () => {
    bot = await startBot({ asker: await slowAsker(300), deferAfterMs: 50 });
    const command = slashCommand({ query: 'ambient waypoints' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const deferred = await callbackOf(bot, command);
    expect(deferred.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await editOf(bot, command);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(edit.body.embeds.map((embed: { title: string }) => embed.title).join()).toContain('Istio at KubeCon Europe 2031');
    expect(buttonsOf(edit.body)).toContainEqual(expect.objectContaining({ url: 'https://www.youtube.com/watch?v=AbCdEf12345' }));
  });

  it('defers a "More results" click as an update, then edits the next page in', async () => {
    bot = await startBot({ asker: await slowAsker(300), deferAfterMs: 50 });
    const command = slashCommand({ query: 'istio day' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    await callbackOf(bot, command);
    const first = (await editOf(bot, command)).body;
    const click = buttonClick(customIdOf(first, 'More results'), { ...first, flags: EPHEMERAL });
    bot.fake.dispatch('INTERACTION_CREATE', click);
    expect((await callbackOf(bot, click)).body).toEqual({ type: 6 });
    expect((await editOf(bot, click)).body.embeds[0].author.name).toMatch(/^Showing 4–/);
  });
});

describe('replies that are not answers', () => {
  const failing: QueryService = {
    answer() {
      throw new Error('index exploded at /srv/index/passages.json');
    },
    eventNames: () => [],
  };

  it('apologises briefly to the asker alone and logs the cause', async () => {
    bot = await startBot({ asker: async (logger) => askerOver(failing, logger) });
    const command = slashCommand({ query: 'ambient' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    expect(body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: messages('en').error, embeds: [], components: [], flags: EPHEMERAL }),
    });
    expect(bot.logs.lines).toContainEqual(expect.objectContaining({ event: 'question_failed', surface: 'discord' }));
  });

  it('answers a failing mention with the apology, not a stack trace', async () => {
    bot = await startBot({ asker: async (logger) => askerOver(failing, logger) });
    const message = channelMessage(`<@${BOT.id}> ambient`);
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const request = await bot.fake.waitForRequest((candidate) => candidate.body?.message_reference?.message_id === message.id);
    expect(request.body.content).toBe(messages('en').error);
  });

  it('tells someone asking too fast to slow down, only once and only to them', async () => {
    const limited = { userBurst: 1, userPerSecond: 0.001, channelBurst: 100, channelPerSecond: 1 };
    bot = await startBot({
      asker: async (logger) => new Asker({ service: await fixtureService(), logger, limiter: new RateLimiter(limited) }),
    });
    const [first, second] = [slashCommand({ query: 'ambient' }), slashCommand({ query: 'ambient' })];
    bot.fake.dispatch('INTERACTION_CREATE', first);
    await callbackOf(bot, first);
    bot.fake.dispatch('INTERACTION_CREATE', second);
    const { body } = await callbackOf(bot, second);
    expect(body.data).toMatchObject({ content: messages('en').slowDown, flags: EPHEMERAL });
  });
});

describe('DISCORD_RESPONSE=public', () => {
  it('answers the slash command for the whole channel, without "Post here"', async () => {
    bot = await startBot({ env: { DISCORD_RESPONSE: 'public' } });
    const command = slashCommand({ query: 'ambient waypoints' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    expect(body.data.flags ?? 0).toBe(0);
    expect(buttonsOf(body.data).map((button) => button.label)).not.toContain('Post here');
  });
});

describe('over-long and hostile engine output on the wire', () => {
  const huge: QueryService = {
    answer: (query) =>
      answer({
        query,
        total: 500,
        results: Array.from({ length: 12 }, (_, index) =>
          result({
            id: `r${index}`,
            title: `@everyone ${'**Title** '.repeat(60)}`,
            heading: '<@&1> '.repeat(100),
            text: `${'A long passage with [links](https://x.example) and <@123> mentions. '.repeat(200)}`,
            marks: [{ start: 2, end: 6 }],
            event: 'E'.repeat(4000),
          }),
        ),
        talks: Array.from({ length: 60 }, () => talk({ title: '@here '.repeat(80), speakers: ['x'.repeat(900)] })),
      }),
    eventNames: () => Array.from({ length: 60 }, (_, index) => `${index} ${'Event '.repeat(40)}`),
  };

  it('keeps a slash-command answer within every Discord limit and pings nobody', async () => {
    bot = await startBot({ asker: async (logger) => askerOver(huge, logger) });
    const command = slashCommand({ query: 'anything' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    expectWithinDiscordLimits(body.data);
    expect(body.data.embeds.length).toBeGreaterThan(1);
    expect(liveMentions(markdownText(body.data))).toEqual([]);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('keeps a mention reply within every Discord limit', async () => {
    bot = await startBot({ asker: async (logger) => askerOver(huge, logger) });
    const message = channelMessage(`<@${BOT.id}> anything`);
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const request = await bot.fake.waitForRequest((candidate) => candidate.body?.message_reference?.message_id === message.id);
    expectWithinDiscordLimits(request.body);
    expect(liveMentions(markdownText(request.body))).toEqual([]);
  });
});
