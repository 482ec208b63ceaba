import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/workload.js';
import { LiveIndex } from '../../src/ops/index.js';
import { Answerer } from '../../src/answer/index.js';
import { runCommand } from './child.js';
import { builtCommand } from './dist.js';
import { captureLogs } from '../helpers/logs.js';
import { contentGeneration, reindex, scratch } from './indexes.js';

/** The repository's own posts: big enough that writing the index takes a moment worth hitting. */
const SHIPPED_CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const RUNS = 8;

let folder: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  builtCommand('reindex');
  folder = await scratch('killed');
});
afterAll(() => folder.remove());

it(`leaves an index the bot loads after each of ${RUNS} reindex runs killed at random points`, async () => {
  const seed = Date.now() % 1_000_000;
  const next = seededRandom(seed);
  const fixtures = await contentGeneration(folder.dir, 1);
  // Two contents of about the same size, so every run that finishes changes the index.
  const sources = [[SHIPPED_CONTENT], [SHIPPED_CONTENT, fixtures]];
  const out = join(folder.dir, 'index');
  await reindex(fixtures, out);

  // A running bot watches the folder all along: it must never see an index it has to refuse.
  const { logger, lines: liveLogs } = captureLogs();
  const live = new LiveIndex({ dir: out, engine: await Answerer.load(out), logger, pollMs: 50, settleMs: 10 });
  live.watch();

  const reindexRun = (content: string[]) => runCommand('reindex', [...content.flatMap((dir) => ['--content', dir]), '--out', out], {}, folder.dir);
  const began = performance.now();
  const first = reindexRun(sources[0] ?? []);
  expect((await first.exited).code).toBe(0);
  const duration = performance.now() - began;

  const outcomes: string[] = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      // Half the kills anywhere in the run; half within a few milliseconds of its first temporary
      // file, which is when the data file and the manifest are being written and renamed.
      const child = reindexRun(sources[run % 2] ?? []);
      const started = performance.now();
      let at = 0;
      let timer: NodeJS.Timeout | undefined;
      const kill = (): void => void child.process.kill('SIGKILL');
      const writes = watch(out, (_event, name) => {
        if (run % 2 === 1 && timer === undefined && name?.endsWith('.tmp')) {
          const delay = next() * 8;
          at = performance.now() - started + delay;
          timer = setTimeout(kill, delay);
        }
      });
      if (run % 2 === 0) {
        at = next() * duration;
        timer = setTimeout(kill, at);
      }
      const exit = await child.exited;
      clearTimeout(timer);
      writes.close();
      outcomes.push(exit.signal === 'SIGKILL' ? `killed after ${Math.round(at)} ms` : `finished (${String(exit.code)})`);
      const where = `seed ${seed}, run ${run}: ${outcomes.at(-1) ?? ''}`;
      const engine = await Answerer.load(out).catch((error: unknown) => {
        throw new Error(`${where}: the index cannot be loaded: ${String(error)}`);
      });
      expect(engine.passageCount, where).toBeGreaterThan(0);
    }
    expect(outcomes.filter((outcome) => outcome.startsWith('killed')).length, outcomes.join('; ')).toBeGreaterThanOrEqual(RUNS / 2);

    await live.check();
    const onDisk = await Answerer.load(out);
    expect(live.info.dataHash).toBe(onDisk.manifest?.dataHash);
    expect(liveLogs.filter((line) => line['event'] === 'index_refused'), `seed ${seed}`).toEqual([]);
  } finally {
    live.close();
  }
  // A finished run removes what killed runs left behind: one data file, the manifest, nothing else.
  const last = reindexRun(sources[0] ?? []);
  expect((await last.exited).code).toBe(0);
  expect((await readdir(out)).sort()).toEqual([(await Answerer.load(out)).manifest?.dataFile, 'manifest.json'].sort());
}, 45_000);
