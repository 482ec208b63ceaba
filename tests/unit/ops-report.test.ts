import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileQueryLog, type QueryLogEntry } from '../../src/app/index.js';
import { formatReport, report } from '../../src/cli/commands/report.js';
import { QueryLogSummary } from '../../src/ops/index.js';
import { scratch } from '../reliability/indexes.js';

let folder: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  folder = await scratch('report');
});
afterAll(() => folder.remove());

const unanswered = (query: string, at: string, surface: 'slack' | 'discord' | 'cli' = 'slack'): QueryLogEntry => ({ type: 'unanswered', at, surface, query, lang: 'en' });
const vote = (query: string, v: 'up' | 'down', at = '2031-05-02T00:00:00.000Z'): QueryLogEntry => ({ type: 'feedback', at, surface: 'discord', user: 'U1', query, vote: v });

function summarize(entries: Array<QueryLogEntry | string>, options: ConstructorParameters<typeof QueryLogSummary>[0] = {}) {
  const summary = new QueryLogSummary(options);
  for (const entry of entries) summary.add(typeof entry === 'string' ? entry : JSON.stringify(entry));
  return summary.report();
}

describe('QueryLogSummary', () => {
  it('lists the unanswered questions most asked first, counting case and spacing variants as one', () => {
    const result = summarize([
      unanswered('istio day tokyo', '2031-05-01T10:00:00.000Z'),
      unanswered('Istio  Day Tokyo', '2031-05-03T10:00:00.000Z', 'discord'),
      unanswered('wasm plugins', '2031-05-02T10:00:00.000Z'),
      unanswered('ISTIO DAY TOKYO', '2031-05-02T10:00:00.000Z'),
      unanswered('gateway api support', '2031-05-04T10:00:00.000Z'),
    ]);
    expect(result.unanswered).toEqual({
      total: 5,
      distinct: 3,
      top: [
        { query: 'Istio  Day Tokyo', count: 3, lastAt: '2031-05-03T10:00:00.000Z', surfaces: ['discord', 'slack'] },
        { query: 'gateway api support', count: 1, lastAt: '2031-05-04T10:00:00.000Z', surfaces: ['slack'] },
        { query: 'wasm plugins', count: 1, lastAt: '2031-05-02T10:00:00.000Z', surfaces: ['slack'] },
      ],
    });
    expect(result).toMatchObject({ from: '2031-05-01T10:00:00.000Z', to: '2031-05-04T10:00:00.000Z' });
  });

  it('counts the votes and lists the answers voted down most', () => {
    const result = summarize([vote('ambient', 'up'), vote('ambient', 'down'), vote('slides 2024', 'down'), vote('slides 2024', 'down'), vote('next', 'up')]);
    expect(result.votes).toEqual({
      up: 2,
      down: 3,
      mostDown: [
        { query: 'slides 2024', up: 0, down: 2 },
        { query: 'ambient', up: 1, down: 1 },
      ],
    });
  });

  it('skips blank lines and counts lines it does not understand instead of failing', () => {
    const result = summarize(['', 'not json', '{"type":"unanswered"}', '[1,2]', JSON.stringify({ type: 'feedback', at: 'x', surface: 's', query: 'q', vote: 'meh' }), unanswered('a', '2031-01-01')]);
    expect(result).toMatchObject({ lines: 5, malformed: 4, unanswered: { total: 1 } });
  });

  it('keeps to the top N and to entries since a date', () => {
    const entries = Array.from({ length: 30 }, (_, i) => unanswered(`question ${i}`, `2031-05-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`));
    expect(summarize(entries, { top: 5 }).unanswered.top).toHaveLength(5);
    const since = summarize(entries, { since: '2031-05-20' });
    expect(since.unanswered.total).toBe(9);
    expect(since.from).toBe('2031-05-20T00:00:00.000Z');
  });
});

describe('npm run report', () => {
  async function run(argv: string[]): Promise<{ code: number; out: string }> {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      return { code: await report(argv), out: writes.join('') };
    } finally {
      spy.mockRestore();
    }
  }

  it('reads the file the bots write and prints the most frequent unanswered questions and the votes', async () => {
    const file = join(folder.dir, 'logs', 'queries.jsonl');
    const log = new FileQueryLog(file, (error) => {
      throw error;
    });
    for (const entry of [
      unanswered('istio day tokyo', '2031-05-01T10:00:00.000Z'),
      unanswered('wasm plugins', '2031-05-02T10:00:00.000Z', 'discord'),
      unanswered('Istio Day Tokyo', '2031-05-03T10:00:00.000Z'),
      vote('ambient', 'up'),
      vote('slides 2024', 'down'),
    ]) {
      log.write(entry);
    }
    await log.flush();
    expect((await readFile(file, 'utf8')).trim().split('\n')).toHaveLength(5);

    const { code, out } = await run(['--file', file]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `Query log ${file}: 5 lines from 2031-05-01 to 2031-05-03.`,
        '',
        'Unanswered questions: 3 (2 different). Most frequent:',
        '  2  Istio Day Tokyo  (slack; last 2031-05-03)',
        '  1  wasm plugins  (discord; last 2031-05-02)',
        '',
        'Feedback: 1 helpful, 1 not helpful.',
        'Answers voted not helpful:',
        '  1 down, 0 up  slides 2024',
        '',
      ].join('\n'),
    );
    const json = await run(['--file', file, '--json', '--top', '1']);
    expect(JSON.parse(json.out)).toMatchObject({ unanswered: { total: 3, top: [{ query: 'Istio Day Tokyo', count: 2 }] }, votes: { up: 1, down: 1 } });
  });

  it('says where the log would be when there is none yet', async () => {
    const missing = join(folder.dir, 'nowhere.jsonl');
    const { code, out } = await run(['--file', missing]);
    expect(code).toBe(0);
    expect(out).toContain(`No query log at ${missing} yet`);
  });

  it('refuses a bad --top or --since with the usage', async () => {
    await expect(run(['--top', 'lots'])).rejects.toMatchObject({ code: 'USAGE', message: expect.stringContaining('Usage: npm run report') });
    await expect(run(['--since', 'last tuesday'])).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('shows a question on one line without terminal control characters', () => {
    const text = formatReport(summarize([unanswered('evil\u001b[2J\nquestion', '2031-01-01T00:00:00.000Z')]), 'q.jsonl');
    expect(text).toContain('  1  evil [2J question  (slack; last 2031-01-01)');
    expect(text).not.toContain('\u001b');
  });
});
