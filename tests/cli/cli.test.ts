import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, serializeIndex, writeIndex } from '../../src/indexer/index.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;

/** Runs a CLI entry point from source, as `npm run` would run its build. */
function cli(entry: string, args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli', entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: '', ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

let indexDir: string;
beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), 'istio-events-cli-'));
  await writeIndex(serializeIndex(await buildCorpus({ contentDirs: [FIXTURE_CONTENT] })), indexDir);
});
afterAll(async () => {
  await rm(indexDir, { recursive: true, force: true });
});

describe('npm run ask', () => {
  it('prints nothing but the documented JSON with --json', async () => {
    const { code, stdout } = await cli('ask.ts', ['--index', indexDir, '--json', 'ambient', 'waypoints']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['query', 'total', 'results', 'talks', 'events']);
    expect(Object.keys(json.results[0])).toEqual(['title', 'url', 'heading', 'text', 'lang', 'event', 'date', 'score', 'links']);
    expect(json.results[0].links.videos).toContain('https://www.youtube.com/watch?v=AbCdEf12345');
  });

  it('prints readable answers with their video, schedule and post links (an event page is a schedule, even where the post keeps slides on it)', async () => {
    const { code, stdout } = await cli('ask.ts', ['--index', indexDir, '--limit', '1', 'slides']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/▶ Video: https:\/\/www\.youtube\.com\/watch\?v=/);
    expect(stdout).toMatch(/Schedule: https:\/\/sched\.co\//);
    expect(stdout).not.toMatch(/Slides: https:\/\/(events\.linuxfoundation\.org|sched\.co)\//);
    expect(stdout).toMatch(/Post: https:\/\/istio\.io\/latest\//);
  });

  it('pages a long list with --page and says how to get the next page', async () => {
    const first = await cli('ask.ts', ['--index', indexDir, '--limit', '1', 'Istio Day']);
    const second = await cli('ask.ts', ['--index', indexDir, '--limit', '1', '--page', '2', 'Istio Day']);
    expect(first.stdout).toMatch(/Showing 1–1 of \d+/);
    expect(first.stdout).toContain('npm run ask -- --page 2 Istio Day');
    expect(second.stdout).toMatch(/Showing 2–2 of \d+/);
  });

  it('explains a bad flag and exits 2', async () => {
    const { code, stderr } = await cli('ask.ts', ['--limit', 'lots', 'ambient']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--limit must be a whole number/);
  });

  it('says how to build a missing index, without a stack trace', async () => {
    const { code, stderr } = await cli('ask.ts', ['--index', join(indexDir, 'none'), 'ambient']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/npm run reindex/);
    expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe('npm run reindex', () => {
  it('ends with a one-line summary and reports skipped posts with their path', async () => {
    const out = join(indexDir, 'rebuilt');
    const { code, stdout, stderr } = await cli('reindex.ts', ['--content', FIXTURE_CONTENT, '--content', join(ROOT, 'tests/fixtures/bad-content'), '--out', out]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^Indexed 3 posts: \d+ en \+ \d+ zh passages, \d+ talks, \d+ events; skipped 2: 2 invalid; [\d.]+ s$/);
    expect(stderr).toMatch(/skipped .*bad-content\/en\/blog\/broken-front-matter\.md: front matter/);
  });

  it('fails with --strict when a post is skipped, and --check finds a stale index', async () => {
    const strict = await cli('reindex.ts', ['--content', join(ROOT, 'tests/fixtures/bad-content'), '--out', join(indexDir, 'strict'), '--strict']);
    expect(strict.code).toBe(1);
    const stale = await cli('reindex.ts', ['--content', join(ROOT, 'tests/fixtures/bad-content'), '--out', indexDir, '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/stale.*npm run reindex/);
    const fresh = await cli('reindex.ts', ['--content', FIXTURE_CONTENT, '--out', indexDir, '--check']);
    expect(fresh.code).toBe(0);
  });
});
