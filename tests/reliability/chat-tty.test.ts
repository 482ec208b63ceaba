import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../helpers/engine.js';
import { builtCommand } from './dist.js';
import { reindex, scratch } from './indexes.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `npm start` at a real terminal: util-linux `script` gives it a pseudo-terminal, so readline runs
 * with line editing exactly as for a person. Keys are typed one step at a time.
 */
async function terminal(cwd: string, env: Record<string, string>, keys: string[]): Promise<string> {
  const child = spawn('script', ['-qfec', `"${process.execPath}" "${builtCommand('start')}"`, '/dev/null'], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const prompts = () => screen.split('istio-events> ').length - 1;
  for (const [typed, key] of keys.entries()) {
    // Each key once the chat asks for it: the first prompt, then one more after each answer.
    for (let waited = 0; prompts() <= typed && waited < 15_000; waited += 50) await sleep(50);
    child.stdin.write(key);
  }
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  return screen;
}

describe('the local chat at a terminal', () => {
  it('recalls the last question with the Up arrow, keeps the history in XDG_STATE_HOME, and prints no log line into the chat', async () => {
    const { dir, remove } = await scratch('tty');
    cleanups.push(remove);
    const content = join(dir, 'content');
    await cp(FIXTURE_CONTENT, content, { recursive: true });
    await reindex(content, join(dir, 'index'));
    // The content changed after the index was built: AUTO_REINDEX rebuilds it and logs a warning.
    const post = join(content, 'en', 'blog', '2036', 'nuuk', 'index.md');
    await mkdir(join(post, '..'), { recursive: true });
    await writeFile(post, '---\ntitle: "Istio Day Nuuk 2036"\npublishdate: 2036-02-01\n---\n\nThe icefloemesh team spoke.\n');
    const state = join(dir, 'state');
    const env = { CONTENT_DIRS: content, INDEX_DIR: join(dir, 'index'), AUTO_REINDEX: '1', XDG_STATE_HOME: state };

    const screen = await terminal(dir, env, ['icefloemesh\r', '\x1b[A\r', 'quit\r']);
    expect(screen.match(/Istio Day Nuuk 2036/g)?.length).toBeGreaterThanOrEqual(2);
    expect(screen).not.toContain('{"level"');
    expect(screen).not.toContain('index_rebuild');
    expect(await readFile(join(state, 'istio-events', 'history'), 'utf8')).toBe('icefloemesh\n');
    expect(await readFile(join(state, 'istio-events', 'chat.log'), 'utf8')).toContain('"event":"index_rebuild"');

    // A new session starts with that history: Up recalls the question of the last one; Ctrl-D leaves.
    const again = await terminal(dir, env, ['\x1b[A\r', '\x04']);
    expect(again).toContain('Istio Day Nuuk 2036');
  }, 60_000);
});
