import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, CHANNEL_ID, channelMessage, slashCommand } from '../fakes/discord/payloads.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { settle } from '../fakes/slack/recorder.js';
import { SignedSender } from '../fakes/slack/signed.js';
import { FakeWebApi } from '../fakes/slack/web-api.js';
import { BOT_TOKEN, mentionEvent, nextId, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { logged, runCommand, type Child } from './child.js';
import { contentGeneration, reindex, scratch } from './indexes.js';

/**
 * Two `npm start` processes with one Slack app (HTTP mode) and one Discord bot token, sharing a
 * Redis, as a rolling deploy or a second replica runs them.
 */
const DISCORD_TOKEN = 'MTAw.two-instances.never-log-me';
/** A question the fixture posts cannot answer, so it lands in the query log. */
const UNANSWERABLE = 'quokka accordion';

interface Instance {
  child: Child;
  send: SignedSender;
}

let redis: RedisServer;
let dir: string;
let api: FakeWebApi;
let discord: FakeDiscord;
const instances: Instance[] = [];
/** Undone in reverse order, also after a start-up that failed half-way. */
const cleanups: Array<() => Promise<unknown> | void> = [];

beforeAll(async () => {
  const folder = await scratch('two');
  dir = folder.dir;
  cleanups.push(folder.remove);
  const content = await contentGeneration(dir, 0);
  await reindex(content, join(dir, 'index'));
  redis = await startRedisServer();
  cleanups.push(() => redis.stop());
  api = new FakeWebApi();
  await api.start();
  cleanups.push(() => api.close());
  discord = await FakeDiscord.start();
  cleanups.push(() => discord.close());
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.url,
    PORT: '0',
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: '100000000000000001',
    DISCORD_API_URL: discord.apiUrl,
    INDEX_DIR: join(dir, 'index'),
    CONTENT_DIRS: content,
    REDIS_URL: redis.url,
    // Debug shows the instance that stood back from an event another one claimed.
    LOG_LEVEL: 'debug',
  };
  const started = await Promise.all(
    ['a', 'b'].map(async (name) => {
      // Each instance on its own host: its own query log file.
      const child = runCommand('start', [], { ...env, QUERY_LOG_FILE: join(dir, name, 'queries.jsonl') }, dir);
      cleanups.push(() => child.kill());
      // Two processes loading an index at once on a busy CI machine: give start-up some room.
      const slack = await logged(child, 'slack_started', 20_000);
      await logged(child, 'discord_ready', 20_000);
      await logged(child, 'started', 20_000);
      return { child, send: new SignedSender(`http://127.0.0.1:${Number(slack['port'])}/slack/events`, SIGNING_SECRET) };
    }),
  );
  instances.push(...started);
}, 45_000);

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function both(): [Instance, Instance] {
  const [a, b] = instances;
  if (!a || !b) throw new Error('the instances did not start');
  return [a, b];
}

/** A mention delivered to one instance, and Slack's retry of it (same event id) to the other. */
async function mentionWithRetry(text: string, options: { together?: boolean } = {}): Promise<string> {
  const [a, b] = both();
  const ts = `17000${String(Date.now()).slice(-5)}.${nextId('').padStart(6, '0')}`;
  const event = mentionEvent(text, { ts, user: nextId('U') });
  const first = a.send.event(event);
  if (!options.together) expect((await first).status).toBe(200);
  const retry = await b.send.event(event, { retryNum: 1 });
  expect([(await first).status, retry.status]).toEqual([200, 200]);
  return ts;
}

const answersIn = (thread: string): number => api.of('chat.postMessage').filter((call) => call.args['thread_ts'] === thread).length;
const callbacksOf = (interaction: { id: string }): number =>
  discord.requests.filter((request) => request.method === 'POST' && request.path.startsWith(`/interactions/${interaction.id}/`)).length;
const repliesTo = (message: { id: string }): number =>
  discord.requests.filter((request) => request.path === `/channels/${CHANNEL_ID}/messages` && request.body?.message_reference?.message_id === message.id).length;
const linesOf = (event: string): number => instances.reduce((sum, { child }) => sum + child.logs.items.filter((line) => line['event'] === event).length, 0);

async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two instances of the bot sharing a Redis', () => {
  it('answers each Slack event once, though its retry reaches the other instance', async () => {
    const threads = [await mentionWithRetry('ztunnel'), await mentionWithRetry('Montreal talks'), await mentionWithRetry('ambient', { together: true })];
    await until(() => threads.every((thread) => answersIn(thread) >= 1), 'every mention answered');
    await settle(500);
    expect(threads.map(answersIn)).toEqual([1, 1, 1]);
    expect(linesOf('slack_duplicate_event')).toBe(3);
  });

  it('answers each Discord command and mention once, though both instances receive them', async () => {
    expect(discord.sessions.filter((session) => session.op === 2)).toHaveLength(2);
    const commands = [slashCommand({ query: 'ambient waypoints' }), slashCommand({ query: 'help' }), slashCommand({ query: 'Montreal' })];
    const mention = channelMessage(`<@${BOT.id}> ztunnel`, [BOT]);
    for (const command of commands) discord.dispatch('INTERACTION_CREATE', command);
    discord.dispatch('MESSAGE_CREATE', mention);
    await until(() => commands.every((command) => callbacksOf(command) >= 1) && repliesTo(mention) >= 1, 'every Discord question answered');
    await settle(500);
    expect(commands.map(callbacksOf)).toEqual([1, 1, 1]);
    expect(repliesTo(mention)).toBe(1);
    // The other instance received each one and stood back.
    expect(linesOf('discord_claimed_elsewhere')).toBe(4);
  });

  it('puts what both instances could not answer in one report', async () => {
    await mentionWithRetry(UNANSWERABLE);
    const command = slashCommand({ query: UNANSWERABLE });
    discord.dispatch('INTERACTION_CREATE', command);
    await until(() => callbacksOf(command) === 1, 'the Discord question answered');
    await settle(300);
    const report = runCommand('report', ['--json'], { REDIS_URL: redis.url, QUERY_LOG_FILE: join(dir, 'no-local-log.jsonl') }, dir);
    expect((await report.exited).code).toBe(0);
    const summary = JSON.parse(report.stdout()) as { unanswered: { top: Array<{ query: string; count: number; surfaces: string[] }> } };
    expect(summary.unanswered.top).toContainEqual({ query: UNANSWERABLE, count: 2, surfaces: ['discord', 'slack'], lastAt: expect.any(String) });
  });

  it('keeps answering on its own when Redis stops, logs it once, and shares again when Redis is back', async () => {
    await redis.stop();
    for (const { child } of instances) await logged(child, 'redis_unavailable');

    const thread = await mentionWithRetry('ztunnel');
    const command = slashCommand({ query: 'ambient' });
    const mention = channelMessage(`<@${BOT.id}> Montreal`, [BOT]);
    discord.dispatch('INTERACTION_CREATE', command);
    discord.dispatch('MESSAGE_CREATE', mention);
    // Each instance decides alone now: an event may be answered twice, but never not at all.
    await until(() => answersIn(thread) >= 1 && callbacksOf(command) >= 1 && repliesTo(mention) >= 1, 'answered without Redis', 10_000);
    expect(linesOf('redis_unavailable')).toBe(2);

    await redis.start();
    for (const { child } of instances) await logged(child, 'redis_recovered', 10_000);
    const after = await mentionWithRetry('Montreal talks');
    const commandAfter = slashCommand({ query: 'help' });
    discord.dispatch('INTERACTION_CREATE', commandAfter);
    await until(() => answersIn(after) >= 1 && callbacksOf(commandAfter) >= 1, 'answered with Redis back');
    await settle(500);
    expect([answersIn(after), callbacksOf(commandAfter)]).toEqual([1, 1]);
    expect(linesOf('redis_unavailable')).toBe(2);

    for (const { child } of instances) expect(child.process.exitCode).toBeNull();
    for (const { child } of instances) child.process.kill('SIGTERM');
    for (const { child } of instances) expect(await child.exited).toEqual({ code: 0, signal: null });
    for (const { child } of instances) {
      expect(child.stderr()).not.toContain(DISCORD_TOKEN);
      expect(child.stderr()).not.toMatch(/\n\s+at /);
    }
  });
});
