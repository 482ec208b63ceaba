import { beforeAll, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/adapters/discord/custom-id.js';
import { EXAMPLES, messages } from '../../../src/i18n/index.js';
import {
  ASKER,
  BOT,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  buttonClick,
  channelMessage,
  directMessage,
  slashCommand,
} from '../../fakes/discord/payloads.js';
import type { RecordedRequest } from '../../fakes/discord/server.js';
import { askerOver, buttonsOf, callbackOf, customIdOf, startBot, TOKEN, type Bot } from './harness.js';
import { longTalkList } from '../../helpers/answers.js';
import { expectWithinDiscordLimits, liveMentions, markdownText } from './limits.js';

const EPHEMERAL = 64;
const NO_PINGS = { parse: [], replied_user: false };
/** A video the fixture post links from its "Talks" section. */
const KEYNOTE_VIDEO = 'https://www.youtube.com/watch?v=AbCdEf12345';

let bot: Bot;

// The returned teardown runs only once the bot started, so a failed start is not hidden behind a second error.
beforeAll(async () => {
  bot = await startBot();
  return () => bot.stop();
});

function replyTo(messageId: string): Promise<RecordedRequest> {
  return bot.fake.waitForRequest((request) => request.method === 'POST' && request.body?.message_reference?.message_id === messageId);
}

describe('the /istio-events slash command over a fake Discord', () => {
  it('answers with embeds linked to the posts, link buttons, an ephemeral flag and no pings', async () => {
    const command = slashCommand({ query: 'ambient waypoints' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body, authorization } = await callbackOf(bot, command);
    expect(authorization).toBeUndefined();
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.allowed_mentions).toEqual(NO_PINGS);
    expect(body.data.content).toBe('');
    const keynote = body.data.embeds.find((embed: { description: string }) => embed.description.includes('keynote on'));
    expect(keynote).toMatchObject({
      title: expect.stringContaining('Istio at KubeCon Europe 2031'),
      url: expect.stringMatching(/^https:\/\/istio\.io\/latest\/blog\/2031\/istio-day-lisbon\//),
      description: expect.stringContaining('**ambient**'),
    });
    expect(buttonsOf(body.data)).toContainEqual(expect.objectContaining({ style: 5, url: KEYNOTE_VIDEO, label: expect.stringContaining('▶ Video') }));
    expect(buttonsOf(body.data).at(-1)).toMatchObject({ label: 'Post here', style: 2 });
    expectWithinDiscordLimits(body.data);
  });

  it('answers help with usage, filters and examples', async () => {
    const command = slashCommand({ query: 'help' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    const [embed] = body.data.embeds;
    expect(embed.title).toBe(messages('en').helpTitle);
    expect(embed.description).toContain(messages('en').helpFilters);
    expect(embed.fields[0].value).toContain(`\`${EXAMPLES.en[0]}\``);
  });

  it('answers no match with one friendly line and suggestions', async () => {
    const command = slashCommand({ query: 'qwxzv' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    expect(body.data.content).toMatch(/^No passages match 'qwxzv'\. Try: `[^`]+`/);
    expect(body.data.embeds).toEqual([]);
  });

  it('passes the lang and event options to the engine and keeps them on the buttons', async () => {
    const command = slashCommand({ query: 'istio day', lang: 'en', event: 'Europe 2031' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    for (const embed of body.data.embeds) expect(embed.footer.text).toContain('Europe 2031');
    expect(JSON.parse(customIdOf(body.data, 'Post here'))).toEqual(['ie2', 'p', 'p', 0, 'en', 'Europe 2031', 'istio day']);
  });

  it('does not ping anyone for a query full of mentions, and shows the markdown in it as text', async () => {
    const command = slashCommand({ query: '@everyone @here <@123456789012345678> <@&223456789012345678> **zzqx** [qqzx](zzqx) ||qqzx||' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const { body } = await callbackOf(bot, command);
    expect(body.data.allowed_mentions).toEqual(NO_PINGS);
    expect(liveMentions(markdownText(body.data))).toEqual([]);
    expect(body.data.content).toContain('\\*\\*zzqx\\*\\* \\[qqzx\\]\\(zzqx\\) \\|\\|qqzx\\|\\|');
  });
});

describe('the answer buttons', () => {
  it('"More results" pages a 25-talk list to its last talk, ten at a time', async () => {
    const long = await startBot({ asker: (logger) => askerOver(longTalkList(25), logger) });
    try {
      const command = slashCommand({ query: 'talks istio day' });
      long.fake.dispatch('INTERACTION_CREATE', command);
      let data = (await callbackOf(long, command)).body.data;
      const seen: string[] = [];
      for (let pages = 1; ; pages += 1) {
        seen.push(...(markdownText(data).match(/Talk \d{3}/g) ?? []));
        const more = buttonsOf(data).find((button) => button['label'] === 'More results');
        if (!more) break;
        expect(pages).toBeLessThan(5);
        const click = buttonClick(String(more['custom_id']), { ...data, flags: EPHEMERAL });
        long.fake.dispatch('INTERACTION_CREATE', click);
        data = (await callbackOf(long, click)).body.data;
      }
      expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => `Talk ${String(index + 1).padStart(3, '0')}`));
      expect(data.embeds[0].footer.text).toBe('Showing 21–25 of 25');
    } finally {
      await long.stop();
    }
  });

  it('"More results" on an ephemeral answer replaces it with the next page', async () => {
    const command = slashCommand({ query: 'istio day' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const first = (await callbackOf(bot, command)).body.data;
    expect(first.embeds[0].author.name).toMatch(/^Showing 1–3 of ([4-9]|\d\d+)$/);
    const click = buttonClick(customIdOf(first, 'More results'), first);
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const { body } = await callbackOf(bot, click);
    expect(body.type).toBe(7);
    expect(body.data.embeds[0].author.name).toMatch(/^Showing 4–\d+ of \d+$/);
    expect(body.data.allowed_mentions).toEqual(NO_PINGS);
    const titles = (data: { embeds: Array<{ title: string }> }) => data.embeds.map((embed) => embed.title);
    expect(titles(body.data)).not.toEqual(titles(first));
  });

  it('"More results" on a public answer shows the next page only to the one who clicked', async () => {
    const customId = encodeButton({ action: 'more', query: 'istio day', list: 'passages', offset: 3, lang: undefined, event: undefined });
    const click = buttonClick(customId ?? '', { flags: 0 });
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const { body } = await callbackOf(bot, click);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.embeds[0].author.name).toMatch(/^Showing 4–/);
  });

  it('"Post here" posts the same answer for the whole channel, without a second "Post here"', async () => {
    const command = slashCommand({ query: 'ambient waypoints' });
    bot.fake.dispatch('INTERACTION_CREATE', command);
    const first = (await callbackOf(bot, command)).body.data;
    const click = buttonClick(customIdOf(first, 'Post here'), first);
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const { body } = await callbackOf(bot, click);
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.allowed_mentions).toEqual(NO_PINGS);
    expect(body.data.embeds).toEqual(first.embeds);
    expect(buttonsOf(body.data).map((button) => button.label)).not.toContain('Post here');
  });
});

describe('mentions and direct messages', () => {
  it('replies to a mention in a channel with the answer, pinging nobody', async () => {
    const message = channelMessage(`<@${BOT.id}> ambient waypoints`);
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(request.authorization).toBe(`Bot ${TOKEN}`);
    expect(request.body.allowed_mentions).toEqual(NO_PINGS);
    expect(request.body.flags ?? 0).toBe(0);
    expect(buttonsOf(request.body)).toContainEqual(expect.objectContaining({ url: KEYNOTE_VIDEO }));
    expect(buttonsOf(request.body).map((button) => button.label)).not.toContain('Post here');
  });

  it('answers a DM to the bot in the DM', async () => {
    const message = directMessage('ambient waypoints');
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    expect(request.body.allowed_mentions).toEqual(NO_PINGS);
    expect(request.body.embeds.map((embed: { title: string }) => embed.title).join()).toContain('Istio at KubeCon Europe 2031');
  });

  it('answers an empty mention with usage', async () => {
    const message = channelMessage(`<@!${BOT.id}>`);
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.body.embeds[0].title).toBe(messages('en').helpTitle);
  });

  it('ignores @everyone, messages that do not mention the bot, and bots', async () => {
    const everyone = channelMessage('@everyone ambient', [], { mention_everyone: true });
    const other = channelMessage(`<@${ASKER.id}> ambient`, [ASKER]);
    const fromBot = channelMessage(`<@${BOT.id}> ambient`, [BOT], { author: { ...ASKER, id: '400000000000000002', bot: true } });
    const asked = channelMessage(`<@${BOT.id}> zero trust`);
    for (const message of [everyone, other, fromBot, asked]) bot.fake.dispatch('MESSAGE_CREATE', message);
    await replyTo(asked.id);
    const answered = bot.fake.requests.map((request) => request.body?.message_reference?.message_id);
    expect(answered).not.toContain(everyone.id);
    expect(answered).not.toContain(other.id);
    expect(answered).not.toContain(fromBot.id);
  });

  it('shows mentions and markdown in a mention as text, and pings no one', async () => {
    const message = channelMessage(`<@${BOT.id}> @here <@&223456789012345678> # qzxw _x_`);
    bot.fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.body.allowed_mentions).toEqual(NO_PINGS);
    expect(liveMentions(markdownText(request.body))).toEqual([]);
    expect(request.body.content).toContain("'\\@here \\<\\@&223456789012345678\\> \\# qzxw \\_x\\_'");
  });
});

describe('logging', () => {
  it('never writes the token to the log', () => {
    expect(bot.logs.raw.join('')).not.toContain(TOKEN);
    expect(bot.logs.lines.some((line) => line.event === 'discord_ready')).toBe(true);
  });

  it('logged no failed reply in the whole session', () => {
    expect(bot.logs.lines.filter((line) => line.level !== 30)).toEqual([]);
  });
});
