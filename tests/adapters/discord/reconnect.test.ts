import { beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../fakes/discord/payloads.js';
import { buttonsOf, callbackOf, startBot, type Bot } from './harness.js';

/** Discord's "unknown error" close code: the session may be resumed. */
const UNKNOWN_ERROR = 4000;

let bot: Bot;

// The returned teardown runs only once the bot started, so a failed start is not hidden behind a second error.
beforeAll(async () => {
  bot = await startBot();
  return () => bot.stop();
});

describe('a gateway connection dropped mid-session', () => {
  it('resumes the session and still answers the next question', async () => {
    const before = slashCommand({ query: 'ambient waypoints' });
    bot.fake.dispatch('INTERACTION_CREATE', before);
    await callbackOf(bot, before);

    bot.fake.drop(UNKNOWN_ERROR);
    // Asked while the bot is away: Discord replays it when the session resumes.
    const during = slashCommand({ query: 'ambient waypoints' });
    bot.fake.dispatch('INTERACTION_CREATE', during);
    await bot.fake.waitForSessions(2);
    expect(bot.fake.sessions.map((session) => session.op)).toEqual([2, 6]);
    // READY, GUILD_CREATE and the first question were dispatches 1 to 3.
    expect(bot.fake.sessions[1]?.d).toMatchObject({ session_id: 'fake-session', seq: 3 });

    const { body } = await callbackOf(bot, during);
    expect(body.type).toBe(4);
    expect(buttonsOf(body.data)).toContainEqual(expect.objectContaining({ url: 'https://www.youtube.com/watch?v=AbCdEf12345' }));

    const after = slashCommand({ query: 'help' });
    bot.fake.dispatch('INTERACTION_CREATE', after);
    expect((await callbackOf(bot, after)).body.type).toBe(4);
    expect(bot.logs.lines.some((line) => line.event === 'discord_resumed')).toBe(true);
  });
});
