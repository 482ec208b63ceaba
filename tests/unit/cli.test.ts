import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Asker } from '../../src/app/index.js';
import { runChat } from '../../src/cli/chat.js';
import { buildCorpus, serializeIndex, writeIndex } from '../../src/indexer/index.js';
import { createLogger } from '../../src/log/index.js';
import { FIXTURE_CONTENT, fixtureService } from '../helpers/engine.js';
import { answer, talk } from '../helpers/answers.js';
import type { AnswerOptions, QueryService } from '../../src/answer/index.js';

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

  it('prints readable answers with their video, slides and post links', async () => {
    const { code, stdout } = await cli('ask.ts', ['--index', indexDir, '--limit', '1', 'slides']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Slides: https:\/\/events\.linuxfoundation\.org\//);
    expect(stdout).toMatch(/Post: https:\/\/istio\.io\/latest\//);
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

describe('the local chat', () => {
  it('answers piped lines one by one and ends at end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const asker = new Asker({ service: await fixtureService(), logger: createLogger({ level: 'silent' }) });
    const done = runChat(asker, { input, output });
    input.end('ambient waypoints\n\nxyzzy\n多集群\n');
    await done;
    const first = text.indexOf('Istio at KubeCon Europe 2031');
    const second = text.indexOf("No passages match 'xyzzy'. Try: ");
    const third = text.indexOf('段落:');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});

describe('the local chat pages like the bots', () => {
  it('"more" shows the next page of the last answer until its last talk, then is an ordinary question again', async () => {
    const talks = Array.from({ length: 25 }, (_, index) => talk({ id: `t${index}`, title: `Talk ${String(index + 1).padStart(2, '0')}`, titles: {} }));
    const asked: Array<[string, AnswerOptions | undefined]> = [];
    const service: QueryService = {
      answer: (question, options) => {
        asked.push([question, options]);
        return question === 'more' ? answer({ query: 'more', results: [], total: 0 }) : answer({ intent: 'talks', query: question, results: [], talks });
      },
      eventNames: () => [],
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runChat(new Asker({ service, logger: createLogger({ level: 'silent' }) }), { input, output });
    input.end('talks istio day\nmore\nmore\nmore\n');
    await done;
    expect(text.match(/Talk \d\d/g)).toEqual(talks.map((item) => item.title));
    expect(text).toContain('Showing 21–25 of 25');
    expect(text.split('Type "more" for the next page.')).toHaveLength(3);
    expect(asked.map(([question]) => question)).toEqual(['talks istio day', 'talks istio day', 'talks istio day', 'more']);
  });
});
