import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeWebApi } from '../fakes/slack/web-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/harness.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';
import { logged, runCommand } from './child.js';
import { builtCommand } from './dist.js';
import { scratch } from './indexes.js';

const run = promisify(execFile);
const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

function post(title: string, word: string): string {
  return `---\ntitle: "${title}"\ndescription: "A made-up event for the sync tests."\npublishdate: 2035-05-01\n---\n\n${title} met by the sea.\n\n## Talks\n\nThe ${word} team showed their mesh.\n`;
}

/** A bare repository laid out like istio.io, and a working clone that pushes to it: the "remote". */
async function remoteRepo(dir: string) {
  const bare = join(dir, 'istio.io.git');
  const work = join(dir, 'work');
  const git = (args: string[], cwd = work) => run('git', args, { cwd, env: { ...process.env, ...GIT_ENV } });
  await run('git', ['init', '--quiet', '--bare', '-b', 'main', bare]);
  await run('git', ['init', '--quiet', '-b', 'main', work]);
  await git(['remote', 'add', 'origin', bare]);
  const put = async (path: string, text: string) => {
    await mkdir(join(work, path, '..'), { recursive: true });
    await writeFile(join(work, path), text);
  };
  const push = async (message: string) => {
    await git(['add', '-A']);
    await git(['commit', '--quiet', '-m', message]);
    await git(['push', '--quiet', 'origin', 'main']);
  };
  return { url: `file://${bare}`, put, push };
}

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

beforeAll(() => {
  builtCommand('sync');
});

async function setup() {
  const { dir, remove } = await scratch('sync');
  cleanups.push(remove);
  const remote = await remoteRepo(dir);
  await remote.put('content/en/blog/2035/istio-day-bergen/index.md', post('Istio Day Bergen 2035', 'fjordmesh'));
  await remote.put('content/zh/events/2035/bergen.md', post('Istio Day 卑尔根 2035', 'fjordmesh'));
  // Outside the sparse patterns: never fetched into the working tree, never indexed.
  await remote.put('content/en/docs/setup/index.md', post('Docs page', 'docsonlyword'));
  await remote.push('first posts');
  const env = {
    SYNC_REPO: remote.url,
    SYNC_DIR: join(dir, 'checkout'),
    INDEX_DIR: join(dir, 'index'),
    CONTENT_DIRS: FIXTURE_CONTENT,
  };
  return { dir, remote, env };
}

async function command(name: string, args: string[], env: Record<string, string>, cwd: string) {
  const child = runCommand(name, args, env, cwd);
  const exit = await child.exited;
  return { code: exit.code, stdout: child.stdout(), stderr: child.stderr() };
}

describe('npm run sync against a local bare repository', () => {
  it('checks out only blog, news and events, indexes them, and reindexes only when the remote changed', async () => {
    const { dir, remote, env } = await setup();
    const first = await command('sync', [], env, dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/content changed; indexed \d+ posts/);
    expect(existsSync(join(env.SYNC_DIR, 'content/en/blog/2035/istio-day-bergen/index.md'))).toBe(true);
    expect(existsSync(join(env.SYNC_DIR, 'content/en/docs'))).toBe(false);
    expect((await command('ask', ['fjordmesh'], env, dir)).stdout).toContain('Bergen');
    expect((await command('ask', ['docsonlyword'], env, dir)).stdout).not.toContain('Docs page');

    const manifest = join(env.INDEX_DIR, 'manifest.json');
    const before = (await stat(manifest)).mtimeMs;
    const again = await command('sync', [], env, dir);
    expect(again.stdout).toMatch(/content unchanged/);
    expect((await stat(manifest)).mtimeMs).toBe(before);

    await remote.put('content/en/news/2035/istio-day-oslo/index.md', post('Istio Day Oslo 2035', 'auroraproxy'));
    await remote.push('a news post');
    expect((await command('sync', [], env, dir)).stdout).toMatch(/content changed/);
    expect((await command('ask', ['auroraproxy'], env, dir)).stdout).toContain('Oslo');
  });

  it('names SYNC_REPO in one line when the remote cannot be fetched', async () => {
    const { dir, env } = await setup();
    const failed = await command('sync', [], { ...env, SYNC_REPO: `file://${join(dir, 'no-such.git')}` }, dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(/git clone of file:.*no-such\.git failed: .*Check SYNC_REPO/);
  });

  it('says how to set SYNC_REPO when it is not set', async () => {
    const { dir } = await setup();
    const result = await command('sync', [], { CONTENT_DIRS: FIXTURE_CONTENT }, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^SYNC_REPO is not set: set it to the istio.io repository/);
  });

  it('keeps a bot started on a fresh server current with SYNC_INTERVAL: it swaps to the index with the pushed post, without a restart', async () => {
    const { dir, remote, env } = await setup();
    const api = new FakeWebApi();
    await api.start();
    cleanups.push(() => api.close());
    // A fresh server (docs/deploy.md): no index and no checkout yet. AUTO_REINDEX builds the index of
    // CONTENT_DIRS alone, the bot answers, and the first sync adds the remote's posts.
    const bot = runCommand(
      'start',
      [],
      { ...env, AUTO_REINDEX: '1', SYNC_INTERVAL: '1s', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, PORT: '0', HEALTH_PORT: '0' },
      dir,
    );
    cleanups.push(() => bot.kill());
    expect(await logged(bot, 'index_rebuild')).toMatchObject({ reason: 'INDEX_MISSING' });
    await logged(bot, 'started');
    expect(await bot.logs.next((line) => line['event'] === 'sync_done' && line['outcome'] === 'reindexed', 20_000)).toBeTruthy();
    const first = await logged(bot, 'index_swapped');
    const posts = async () => (JSON.parse(await readFile(join(env.INDEX_DIR, 'manifest.json'), 'utf8')) as { posts: number }).posts;
    const before = await posts();
    await remote.put('content/en/events/2035/istio-day-oslo.md', post('Istio Day Oslo 2035', 'auroraproxy'));
    await remote.push('an event post');
    await bot.logs.next((line) => line['event'] === 'sync_done' && line['outcome'] === 'reindexed', 20_000);
    const swapped = await bot.logs.next((line) => line['event'] === 'index_swapped' && Number(line['passages']) > Number(first['passages']), 20_000);
    expect(swapped).toBeTruthy();
    expect(await posts()).toBe(before + 1);
    bot.process.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
  }, 60_000);
});
