import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/index.js';
import { LiveIndex, type LiveIndexOptions } from '../../src/ops/index.js';
import { Answerer } from '../../src/answer/index.js';
import { INDEX_FORMAT_VERSION, MANIFEST_FILE } from '../../src/store/index.js';
import { contentGeneration, EXTRA_POST_URLS, NEW_WORD, reindexGeneration, scratch, tamper } from '../reliability/indexes.js';

let root: { dir: string; remove: () => Promise<void> };
const content: string[] = [];
const open: LiveIndex[] = [];

beforeAll(async () => {
  root = await scratch('live-index');
  for (const extra of [0, 1, 2]) content.push(await contentGeneration(root.dir, extra));
  return () => root.remove();
});

afterEach(() => {
  for (const live of open.splice(0)) live.close();
});

let folders = 0;

/** A fresh index folder holding generation 0, and a LiveIndex serving it with its log lines captured. */
async function serving(options: Partial<LiveIndexOptions> = {}) {
  folders += 1;
  const dir = join(root.dir, `index-${folders}`);
  await reindexGeneration(content[0] ?? '', dir);
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const live = new LiveIndex({ dir, engine: await Answerer.load(dir), logger: createLogger({ level: 'info', destination }), ...options });
  open.push(live);
  return { dir, live, logs };
}

/** The manifest text claiming another format version. */
function withVersion(manifest: string, formatVersion: number): string {
  return JSON.stringify({ ...(JSON.parse(manifest) as object), formatVersion });
}

function postUrls(live: LiveIndex, question: string): string[] {
  return live.answer(question).results.map((result) => result.postUrl);
}

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - started;
}

describe('LiveIndex', () => {
  it('answers from the index it was given, and says which one it is', async () => {
    const { dir, live } = await serving();
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as { dataHash: string; contentHash: string };
    expect(live.info).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, dataHash: manifest.dataHash, contentHash: manifest.contentHash, passages: live.engine.passageCount });
    expect(postUrls(live, NEW_WORD)).not.toContain(EXTRA_POST_URLS[0]);
  });

  it('swaps in a newly written index on check, and answers with the post only the new index has', async () => {
    const { dir, live, logs } = await serving();
    const before = live.info.dataHash;
    await reindexGeneration(content[1] ?? '', dir);
    const outcome = await live.check();
    expect(outcome.outcome).toBe('swapped');
    expect(live.info.dataHash).not.toBe(before);
    expect(postUrls(live, NEW_WORD)).toContain(EXTRA_POST_URLS[0]);
    expect(logs.filter((line) => line['event'] === 'index_swapped')).toHaveLength(1);
  });

  it('does nothing when the folder still holds the index it serves', async () => {
    const { dir, live } = await serving();
    const engine = live.engine;
    await reindexGeneration(content[0] ?? '', dir);
    expect(await live.check()).toEqual({ outcome: 'unchanged' });
    expect(live.engine).toBe(engine);
  });

  it('refuses a tampered index with one log line naming the fix, and keeps answering from the old one', async () => {
    const { dir, live, logs } = await serving();
    const engine = live.engine;
    await reindexGeneration(content[1] ?? '', dir);
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as { dataFile: string };
    const data = join(dir, manifest.dataFile);
    await tamper(data);

    const outcome = await live.check();
    expect(outcome).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('npm run reindex') });
    expect(live.engine).toBe(engine);
    expect(live.answer('Montreal').results.length).toBeGreaterThan(0);
    expect(await live.check()).toEqual({ outcome: 'unchanged' });
    const refusals = logs.filter((line) => line['event'] === 'index_refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ level: 50, code: 'INDEX_CORRUPT', serving: live.info.dataHash?.slice(0, 16) });
  });

  it('loads a fixed manifest by itself, and a fixed data file only when forced (SIGHUP)', async () => {
    const { dir, live } = await serving();
    await reindexGeneration(content[1] ?? '', dir);
    const manifestPath = join(dir, MANIFEST_FILE);
    const good = await readFile(manifestPath, 'utf8');
    await writeFile(manifestPath, withVersion(good, 99));
    expect(await live.check()).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('format version 99') });
    await writeFile(manifestPath, good);
    expect((await live.check()).outcome).toBe('swapped');

    await reindexGeneration(content[2] ?? '', dir);
    const data = join(dir, (JSON.parse(await readFile(manifestPath, 'utf8')) as { dataFile: string }).dataFile);
    const bytes = await readFile(data);
    await writeFile(data, bytes.subarray(0, 100));
    expect((await live.check()).outcome).toBe('refused');
    await writeFile(data, bytes);
    // The manifest did not change, so nothing says the folder is good again but the operator.
    expect(await live.check()).toEqual({ outcome: 'unchanged' });
    expect((await live.check({ force: true })).outcome).toBe('swapped');
    expect(postUrls(live, NEW_WORD)).toContain(EXTRA_POST_URLS[1]);
  });

  it('logs a manifest broken in place, although the data it names is the one serving', async () => {
    const { dir, live, logs } = await serving();
    const manifestPath = join(dir, MANIFEST_FILE);
    await writeFile(manifestPath, withVersion(await readFile(manifestPath, 'utf8'), INDEX_FORMAT_VERSION + 1));
    expect((await live.check()).outcome).toBe('refused');
    expect(logs.find((line) => line['event'] === 'index_refused')).toMatchObject({ code: 'INDEX_VERSION' });
    expect(live.answer('Montreal').results.length).toBeGreaterThan(0);
  });

  it('keeps serving when the index folder loses its manifest', async () => {
    const { dir, live, logs } = await serving();
    await rm(join(dir, MANIFEST_FILE));
    expect(await live.check()).toMatchObject({ outcome: 'refused', reason: expect.stringContaining('npm run reindex') });
    expect(live.answer('Montreal').results.length).toBeGreaterThan(0);
    expect(logs.find((line) => line['event'] === 'index_refused')).toMatchObject({ code: 'INDEX_MISSING' });
  });

  it('reads again instead of refusing when a newer index lands while one is being read', async () => {
    let calls = 0;
    const { dir, live, logs } = await serving({
      load: async (folder) => {
        calls += 1;
        if (calls > 1) return Answerer.load(folder);
        // The writer of generation 2 finishes and removes generation 1's data file under this read.
        await reindexGeneration(content[2] ?? '', folder);
        throw new Error('data file vanished');
      },
    });
    await reindexGeneration(content[1] ?? '', dir);
    expect((await live.check()).outcome).toBe('swapped');
    expect(postUrls(live, NEW_WORD)).toEqual(expect.arrayContaining([EXTRA_POST_URLS[0], EXTRA_POST_URLS[1]]));
    expect(logs.filter((line) => line['event'] === 'index_refused')).toEqual([]);
  });

  it('loads once for checks asked at the same time, and they all learn the outcome', async () => {
    let loads = 0;
    const { dir, live } = await serving({
      load: (folder) => {
        loads += 1;
        return Answerer.load(folder);
      },
    });
    await reindexGeneration(content[1] ?? '', dir);
    const outcomes = await Promise.all([live.check(), live.check(), live.check(), live.check()]);
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['swapped', 'swapped', 'swapped', 'swapped']);
    expect(loads).toBe(1);
    expect(await live.check()).toEqual({ outcome: 'unchanged' });
    expect(loads).toBe(1);
  });

  it('runs a check asked during a load after it, so the newest index wins', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const { dir, live } = await serving({
      load: async (folder) => {
        loads += 1;
        const engine = await Answerer.load(folder);
        if (loads === 1) await held;
        return engine;
      },
    });
    await reindexGeneration(content[1] ?? '', dir);
    const first = live.check();
    await until(() => loads === 1, 2_000);
    await reindexGeneration(content[2] ?? '', dir);
    const second = live.check();
    release();
    expect((await first).outcome).toBe('swapped');
    expect((await second).outcome).toBe('swapped');
    expect(postUrls(live, NEW_WORD)).toEqual(expect.arrayContaining([EXTRA_POST_URLS[0], EXTRA_POST_URLS[1]]));
  });

  it('notices a new index by itself from file events, well within 5 seconds', async () => {
    const { dir, live } = await serving({ pollMs: 60_000 });
    live.watch();
    await reindexGeneration(content[1] ?? '', dir);
    const ms = await until(() => postUrls(live, NEW_WORD).includes(EXTRA_POST_URLS[0] ?? ''), 5_000);
    expect(ms).toBeLessThan(5_000);
  });

  it('notices a new index by polling alone when the file system sends no events', async () => {
    const { dir, live } = await serving({ fileEvents: false, pollMs: 100 });
    live.watch();
    await reindexGeneration(content[1] ?? '', dir);
    await until(() => postUrls(live, NEW_WORD).includes(EXTRA_POST_URLS[0] ?? ''), 5_000);
  });

  it('stops noticing once closed', async () => {
    const { dir, live } = await serving({ pollMs: 50 });
    live.watch();
    live.close();
    const engine = live.engine;
    await reindexGeneration(content[1] ?? '', dir);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(live.engine).toBe(engine);
  });
});
