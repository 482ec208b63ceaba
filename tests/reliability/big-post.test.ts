import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexer/index.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

let work: string | undefined;
afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  work = undefined;
});

// A 5 MB post (a pasted log, a generated page) takes seconds to index: a reliability test, not a unit test.
it('indexes a 5 MB post and every good post beside it', { timeout: 120_000 }, async () => {
  work = await mkdtemp(join(tmpdir(), 'istio-events-big-'));
  const content = join(work, 'content');
  await cp(FIXTURE_CONTENT, content, { recursive: true });
  const big = `---\ntitle: Big\n---\n\n${'A paragraph about ambient mode that repeats. '.repeat(115_000)}`;
  await writeFile(join(content, 'en', 'big.md'), big);
  const corpus = await buildCorpus({ contentDirs: [content] });
  expect(corpus.skipped).toEqual([]);
  expect(corpus.passages.some((passage) => passage.postId === 'en/big')).toBe(true);
  expect(new Set(corpus.passages.map((passage) => passage.postId)).size).toBeGreaterThanOrEqual(4);
});
