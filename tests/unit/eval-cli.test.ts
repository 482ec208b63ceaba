import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../src/cli/commands/eval.js';
import { isAppError } from '../../src/errors/index.js';

const CONTENT = 'tests/fixtures/content';
const POST = 'en/blog/2031/istio-day-lisbon/index.md';

const line = (id: string, q: string, keys: string[]): string =>
  JSON.stringify({ id, q, lang: 'en', intent: 'video', expect: { posts: [POST], answer_any: keys }, source: POST });

function questionFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'eval-cli-')), 'dev.jsonl');
  writeFileSync(file, text);
  return file;
}

/** Runs the eval command and returns its exit code and what it printed on stdout. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await evaluate(['--content', CONTENT, ...args]);
  vi.restoreAllMocks();
  return { code, out };
}

describe('npm run eval', () => {
  afterEach(() => vi.restoreAllMocks());

  const file = questionFile(`${line('hit', 'ambient waypoints keynote video', ['https://youtu.be/AbCdEf12345'])}\n${line('miss', 'ambient waypoints keynote video', ['a key no post holds'])}\n`);

  it('reports post and answer scores per set as JSON, each question with its verdict', async () => {
    const { code, out } = await run(['--questions', file, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { sets: Array<{ file: string; overall: { answer3: number; hit3: number } }>; questions: Array<{ id: string; answer3: boolean }> };
    expect(report.sets.map((set) => set.file)).toEqual([file]);
    expect(report.sets[0]?.overall.hit3).toBe(1);
    expect(report.questions.map((question) => [question.id, question.answer3])).toEqual([
      ['hit', true],
      ['miss', false],
    ]);
  });

  it('gates on answer@3: exit 1 below the threshold, 0 at it', async () => {
    expect((await run(['--questions', file, '--min-answer3', '0.5'])).code).toBe(0);
    expect((await run(['--questions', file, '--min-answer3', '0.51'])).code).toBe(1);
    expect((await run(['--questions', file, '--min-hit3', '1'])).code).toBe(0);
  });

  it('prints a table per set and, with --verbose, each miss', async () => {
    const { out } = await run(['--questions', file, '--verbose']);
    expect(out).toMatch(/^all +2 /m);
    expect(out).toMatch(/^video +2 /m);
    expect(out).toMatch(/misses \(1\):\n +miss /);
  });

  it('stops on a bad line with the file and the line number', async () => {
    const bad = questionFile(`${line('a', 'q', ['k'])}\n{"id":"b","q":"q","lang":"en","intent":"video","expect":{"posts":[],"answer_any":["k"]},"source":"s"}\n`);
    const error: unknown = await run(['--questions', bad]).catch((thrown: unknown) => thrown);
    expect(isAppError(error, 'USAGE')).toBe(true);
    const message = (error as Error).message;
    expect(message.startsWith(`${bad} line 2: expect.posts: `)).toBe(true);
    expect(message).not.toContain('\n');
  });
});
