import { spawn } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/server.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';
import { runCommand } from './child.js';
import { builtCommand } from './dist.js';
import { reindex, scratch } from './indexes.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});
beforeAll(() => {
  builtCommand('ask');
});

async function folder(): Promise<string> {
  const { dir, remove } = await scratch('cli');
  cleanups.push(remove);
  return dir;
}

async function command(name: string, args: string[], env: Record<string, string>, cwd: string) {
  const child = runCommand(name, args, env, cwd);
  cleanups.push(() => child.kill());
  const exit = await child.exited;
  return { code: exit.code, stdout: child.stdout(), stderr: child.stderr() };
}

/** A folder with its own content (a copy of the fixtures) and the index built from it. */
async function project(): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = await folder();
  await cp(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
  await reindex(join(dir, 'content'), join(dir, 'index'));
  return { dir, env: { CONTENT_DIRS: join(dir, 'content'), INDEX_DIR: join(dir, 'index') } };
}

describe('usage and help', () => {
  it.each([
    ['ask', ['--help']],
    ['ask', []],
    ['reindex', ['--help']],
    ['sync', ['--help']],
  ])('%s %j prints the usage on stdout and exits 0', async (name, args) => {
    const dir = await folder();
    const result = await command(name, args, {}, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: npm run ${name}`));
    expect(result.stderr).toBe('');
  });
});

describe('configuration is checked per command', () => {
  it('a Slack mistake never stops ask or reindex --check, and stops start only when Slack is on', async () => {
    const { dir, env } = await project();
    const slackMistakes = { PORT: 'abc', SLACK_BOT_TOKEN: 'xoxb-alone' };
    expect((await command('ask', ['ambient'], { ...env, ...slackMistakes }, dir)).code).toBe(0);
    expect((await command('reindex', ['--check', '--out', env['INDEX_DIR'] ?? ''], { ...env, ...slackMistakes }, dir)).code).toBe(0);
    const badPort = await command('start', [], { ...env, ...slackMistakes }, dir);
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toMatch(/^Invalid configuration: PORT: .*\(got 'abc'\)\. Fix it in the environment \(\.env\.example lists every variable\)\.\n$/);
    const tokenAlone = await command('start', [], { ...env, SLACK_BOT_TOKEN: 'xoxb-alone' }, dir);
    expect(tokenAlone.code).toBe(1);
    expect(tokenAlone.stderr).toMatch(/SLACK_SIGNING_SECRET: required in HTTP mode/);
    // Slack off: PORT is not read, so the local chat starts (and ends at the end of its empty input).
    expect((await command('start', [], { ...env, PORT: 'abc' }, dir)).code).toBe(0);
  });
});

describe('one line with the cause and the fix', () => {
  it('a Discord token that Discord refuses', async () => {
    const { dir, env } = await project();
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    discord.override = () => [401, { message: '401: Unauthorized', code: 0 }];
    const result = await command('start', [], { ...env, DISCORD_TOKEN: 'bad-token', DISCORD_APPLICATION_ID: '123456789012', DISCORD_API_URL: discord.apiUrl }, dir);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line && !line.startsWith('{'));
    expect(lines).toEqual([expect.stringMatching(/^Discord refused DISCORD_TOKEN \(TokenInvalid\): copy the bot token again/)]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reindex of a folder without posts fails unless --allow-empty, and the fix names the folder given', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'empty'));
    const out = join(dir, 'idx');
    const refused = await command('reindex', ['--content', join(dir, 'empty'), '--out', out], {}, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^No posts found in .*empty .*--allow-empty/);
    expect((await command('reindex', ['--content', join(dir, 'empty'), '--out', out, '--allow-empty'], {}, dir)).code).toBe(0);
    const missing = await command('ask', ['--index', join(dir, 'elsewhere'), 'ambient'], {}, dir);
    expect(missing.stderr.trim()).toBe(`No index at ${join(dir, 'elsewhere')}. Build it with: npm run reindex -- --out ${join(dir, 'elsewhere')}`);
  });

  it('a YAML error whole, with the file and the line', async () => {
    const dir = await folder();
    const post = join(dir, 'content', 'en', 'blog', 'bad.md');
    await mkdir(join(post, '..'), { recursive: true });
    await writeFile(post, '---\ntitle: ok\ntags: [a, b\ndescription: x\n---\n\nText.\n');
    const result = await command('reindex', ['--content', join(dir, 'content'), '--out', join(dir, 'idx'), '--allow-empty'], {}, dir);
    expect(result.stderr).toMatch(new RegExp(`^skipped ${post}: front matter is not valid YAML: .+ at line \\d+, column \\d+`, 'm'));
    expect(result.stderr.split('\n').filter((line) => line.startsWith('skipped'))).toHaveLength(1);
  });

  it('a closed pipe ends ask quietly with 0', async () => {
    const { dir, env } = await project();
    // The reader is gone before ask writes a byte, as `| head -3` is once it has its lines.
    const child = spawn(process.execPath, [builtCommand('ask'), '--limit', '10', 'ambient'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('an index older than its content', () => {
  it('is reported in one line by ask and start, and rebuilt with AUTO_REINDEX=1', async () => {
    const { dir, env } = await project();
    const post = join(dir, 'content', 'en', 'blog', '2036', 'istio-day-nuuk', 'index.md');
    await mkdir(join(post, '..'), { recursive: true });
    await writeFile(post, '---\ntitle: "Istio Day Nuuk 2036"\npublishdate: 2036-02-01\n---\n\nThe icefloemesh team spoke.\n');
    const stale = await command('ask', ['icefloemesh'], env, dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr.trim().split('\n')).toEqual([
      `The index in ${env['INDEX_DIR']} is older than its content (${env['CONTENT_DIRS']} changed since it was built): answers may miss the changes. Run: npm run reindex -- --out ${env['INDEX_DIR']} (or set AUTO_REINDEX=1)`,
    ]);
    expect(stale.stdout).not.toContain('Nuuk');
    // The piped local chat says the same on standard error, before answering from the old index.
    const chat = await command('start', [], env, dir);
    expect(chat.code).toBe(0);
    expect(chat.stderr.trim()).toBe(stale.stderr.trim());
    const rebuilt = await command('ask', ['icefloemesh'], { ...env, AUTO_REINDEX: '1' }, dir);
    expect(rebuilt.stdout).toContain('Nuuk');
    const after = await command('ask', ['icefloemesh'], env, dir);
    expect(after.stderr).toBe('');
  });
});
