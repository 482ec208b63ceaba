import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileQueryLog, pruneQueryLogFile, retentionCutoff } from '../../src/app/index.js';

const NOW = new Date('2030-06-30T12:00:00.000Z');
const entry = (at: string, query: string) => JSON.stringify({ type: 'unanswered', at, surface: 'slack', query, lang: 'en' });

let folders: string[] = [];
afterEach(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  folders = [];
});

async function logFile(lines: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'istio-events-retention-'));
  folders.push(folder);
  const file = join(folder, 'queries.jsonl');
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

describe('query log retention (QUERY_LOG_MAX_DAYS)', () => {
  it('deletes the entries older than the limit, and lines without a date', async () => {
    const file = await logFile([entry('2030-05-01T00:00:00.000Z', 'too old'), 'not json', entry('2030-06-29T00:00:00.000Z', 'kept')]);
    expect(await pruneQueryLogFile(file, retentionCutoff(30, NOW))).toBe(2);
    expect(await readFile(file, 'utf8')).toBe(`${entry('2030-06-29T00:00:00.000Z', 'kept')}\n`);
    expect(await pruneQueryLogFile(file, retentionCutoff(30, NOW))).toBe(0);
    expect(await pruneQueryLogFile(join(file, '..', 'missing.jsonl'), retentionCutoff(30, NOW))).toBe(0);
  });

  it('prunes in the write queue of a running log: an append made meanwhile is kept', async () => {
    const file = await logFile([entry('2030-01-01T00:00:00.000Z', 'too old')]);
    const log = new FileQueryLog(file, (error) => {
      throw error;
    });
    const pruned = log.prune(30, NOW);
    log.write({ type: 'unanswered', at: NOW.toISOString(), surface: 'cli', query: 'new', lang: 'en' });
    expect(await pruned).toBe(1);
    await log.flush();
    expect((await readFile(file, 'utf8')).trim().split('\n').map((line) => (JSON.parse(line) as { query: string }).query)).toEqual(['new']);
  });
});
