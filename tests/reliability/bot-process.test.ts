import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_FORMAT_VERSION, MANIFEST_FILE } from '../../src/store/index.js';
import { ResponseUrlCatcher } from '../fakes/slack/response-url.js';
import { SignedSender } from '../fakes/slack/signed.js';
import { FakeWebApi } from '../fakes/slack/web-api.js';
import { BOT_TOKEN, commandFields, nextId, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { logged, runCommand, type Child } from './child.js';
import { builtCommand } from './dist.js';
import { contentGeneration, EXTRA_POST_URLS, NEW_WORD, reindex, scratch, tamper } from './indexes.js';

/** Everything one run of `npm start` needs: a folder, an index, fake Slack servers. */
interface Setup {
  dir: string;
  indexDir: string;
  content: string[];
  api: FakeWebApi;
  urls: ResponseUrlCatcher;
}

const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(() => {
  // Fails here, once and loudly, when dist/ is missing or older than src/.
  builtCommand('start');
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<Setup> {
  const { dir, remove } = await scratch('bot');
  cleanups.push(remove);
  const content = [await contentGeneration(dir, 0), await contentGeneration(dir, 1)];
  const indexDir = join(dir, 'index');
  await reindex(content[0] ?? '', indexDir);
  const api = new FakeWebApi();
  const urls = new ResponseUrlCatcher();
  await Promise.all([api.start(), urls.start()]);
  cleanups.push(() => Promise.all([api.close(), urls.close()]).then(() => undefined));
  return { dir, indexDir, content, api, urls };
}

function botEnv(s: Setup, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: s.api.url,
    PORT: '0',
    HEALTH_PORT: '0',
    INDEX_DIR: s.indexDir,
    CONTENT_DIRS: s.content[0] ?? '',
    QUERY_LOG_FILE: join(s.dir, 'logs', 'queries.jsonl'),
    ...extra,
  };
}

interface Bot {
  child: Child;
  send: SignedSender;
  health: (path: string) => Promise<{ status: number; body: Record<string, unknown> }>;
}

/** `node dist/cli/start.js` against the fakes, once it says it is answering. */
async function startBot(s: Setup, extra: Record<string, string> = {}): Promise<Bot> {
  const child = runCommand('start', [], botEnv(s, extra), s.dir);
  cleanups.push(() => child.kill());
  const slack = await logged(child, 'slack_started');
  const health = await logged(child, 'health_listening');
  await logged(child, 'started');
  return {
    child,
    send: new SignedSender(`http://127.0.0.1:${Number(slack['port'])}/slack/events`, SIGNING_SECRET),
    async health(path) {
      const response = await fetch(`http://127.0.0.1:${Number(health['port'])}${path}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}

async function ask(bot: Bot, s: Setup, question: string): Promise<string> {
  const id = nextId('q');
  const sent = await bot.send.command(commandFields(s.urls, id, question));
  expect(sent.status).toBe(200);
  const { body } = await s.urls.received.next((item) => item.id === id, 5_000);
  return JSON.stringify(body);
}

describe('npm start, stopped with questions in flight', () => {
  it('answers every question in flight, takes no new one, and exits 0', async () => {
    const s = await setup();
    const bot = await startBot(s);
    expect((await bot.health('/readyz')).status).toBe(200);
    // Deliveries are held for a while, so every answer is still on its way when SIGTERM arrives.
    s.urls.delayMs = 1_500;
    const QUESTIONS = 30;
    const ids = Array.from({ length: QUESTIONS }, (_, index) => `inflight${index}`);
    const acks = await Promise.all(
      ids.map((id, index) => bot.send.command(commandFields(s.urls, id, index % 2 ? 'Montreal talks' : 'ztunnel', { user: `U${index}`, channel: `C${index % 3}` }))),
    );
    expect(acks.map((ack) => ack.status)).toEqual(ids.map(() => 200));
    expect(s.urls.received.items).toHaveLength(0);

    bot.child.process.kill('SIGTERM');
    expect(await logged(bot.child, 'stopping')).toMatchObject({ signal: 'SIGTERM' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await bot.health('/readyz')).status).toBe(503);
    await expect(bot.send.command(commandFields(s.urls, 'late', 'ztunnel'))).rejects.toThrow();

    const exit = await bot.child.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(s.urls.received.items.map((item) => item.id).sort()).toEqual([...ids].sort());
    for (const { body } of s.urls.received.items) expect(body['blocks']).toBeDefined();
    expect(bot.child.logs.items.filter((line) => line['event'] === 'question')).toHaveLength(QUESTIONS);
    expect(bot.child.logs.items.find((line) => line['event'] === 'drain_timeout')).toBeUndefined();
    const stderr = bot.child.stderr();
    expect(stderr).not.toContain(BOT_TOKEN);
    expect(stderr).not.toContain(SIGNING_SECRET);
    expect(stderr).not.toMatch(/ztunnel|Montreal talks/);
  });
});

describe('npm start while the index changes', () => {
  it('picks up `npm run reindex` within 5 seconds, answers from the new posts, and refuses a broken index', async () => {
    const s = await setup();
    const bot = await startBot(s);
    const before = await bot.health('/readyz');
    expect(before.body).toMatchObject({ ready: true, index: { formatVersion: INDEX_FORMAT_VERSION, passages: expect.any(Number) } });
    expect(await ask(bot, s, NEW_WORD)).not.toContain(EXTRA_POST_URLS[0]);

    const began = performance.now();
    const reindexing = runCommand('reindex', ['--content', s.content[1] ?? '', '--out', s.indexDir], {}, s.dir);
    cleanups.push(() => reindexing.kill());
    expect((await reindexing.exited).code).toBe(0);
    await logged(bot.child, 'index_swapped', 5_000);
    expect(performance.now() - began).toBeLessThan(5_000);
    const manifest = JSON.parse(await readFile(join(s.indexDir, MANIFEST_FILE), 'utf8')) as { dataHash: string; contentHash: string };
    expect((await bot.health('/readyz')).body).toMatchObject({ ready: true, index: { dataHash: manifest.dataHash, contentHash: manifest.contentHash } });
    expect(await ask(bot, s, NEW_WORD)).toContain(EXTRA_POST_URLS[0]);

    await writeFile(join(s.indexDir, MANIFEST_FILE), JSON.stringify({ ...manifest, formatVersion: INDEX_FORMAT_VERSION + 1 }));
    expect(await logged(bot.child, 'index_refused', 5_000)).toMatchObject({ code: 'INDEX_VERSION', serving: manifest.dataHash.slice(0, 16) });
    expect(await ask(bot, s, NEW_WORD)).toContain(EXTRA_POST_URLS[0]);
    expect((await bot.health('/readyz')).body).toMatchObject({ ready: true, index: { dataHash: manifest.dataHash } });

    // SIGHUP, which would end a Node process by default, asks for a fresh read instead.
    bot.child.process.kill('SIGHUP');
    await logged(bot.child, 'index_reload_requested');
    expect(await ask(bot, s, NEW_WORD)).toContain(EXTRA_POST_URLS[0]);

    bot.child.process.kill('SIGINT');
    expect(await bot.child.exited).toEqual({ code: 0, signal: null });
  });
});

describe('npm start with a missing or broken index', () => {
  it('stops at once and says what to run when the index is missing', async () => {
    const s = await setup();
    const child = runCommand('start', [], botEnv(s, { INDEX_DIR: join(s.dir, 'nowhere') }), s.dir);
    cleanups.push(() => child.kill());
    expect((await child.exited).code).toBe(1);
    expect(child.stderr()).toContain(join(s.dir, 'nowhere'));
    expect(child.stderr()).toContain('npm run reindex');
    expect(child.stderr()).not.toMatch(/\n\s+at /);
  });

  it('stops and says what to run when the data file was tampered with', async () => {
    const s = await setup();
    const manifest = JSON.parse(await readFile(join(s.indexDir, MANIFEST_FILE), 'utf8')) as { dataFile: string };
    const data = join(s.indexDir, manifest.dataFile);
    await tamper(data);
    const child = runCommand('start', [], botEnv(s), s.dir);
    cleanups.push(() => child.kill());
    expect((await child.exited).code).toBe(1);
    expect(child.stderr()).toContain(manifest.dataFile);
    expect(child.stderr()).toContain('npm run reindex');
    expect(child.stderr()).not.toMatch(/\n\s+at /);
  });

  it('rebuilds the index from content and starts when AUTO_REINDEX=1', async () => {
    const s = await setup();
    const fresh = join(s.dir, 'fresh-index');
    await mkdir(fresh);
    const bot = await startBot(s, { INDEX_DIR: fresh, AUTO_REINDEX: '1' });
    expect(bot.child.logs.items.find((line) => line['event'] === 'index_rebuild')).toMatchObject({ reason: 'INDEX_MISSING' });
    expect(await ask(bot, s, 'Montreal')).toContain('Montreal');
    bot.child.process.kill('SIGTERM');
    expect((await bot.child.exited).code).toBe(0);
  });
});
