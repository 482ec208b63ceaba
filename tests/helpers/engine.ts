import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/indexer/index.js';
import { Answerer } from '../../src/answer/index.js';
import type { Corpus, Indexes } from '../../src/find/index.js';
import { readIndex, takeSearchIndexes } from '../../src/store/index.js';

/** The self-written fixture posts every end-to-end test searches (en, zh, our event format). */
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixtures/content', import.meta.url));

/** The index shipped in the repository (built from content/), as the bots load it. */
export const SHIPPED_INDEX = fileURLToPath(new URL('../../index', import.meta.url));

// An Answerer is read-only once built, so files may share one. In `npm test` (isolate: false) these
// caches live once per worker, shared by all its files; in the isolated projects, once per file.
let fixture: Promise<Answerer> | undefined;
let shipped: Promise<Answerer> | undefined;

/** The real engine over the fixture posts, built once and shared. */
export function fixtureService(): Promise<Answerer> {
  fixture ??= buildCorpus({ contentDirs: [FIXTURE_CONTENT] }).then((corpus) => Answerer.fromCorpus(corpus));
  return fixture;
}

/** The real engine over the shipped index, loaded once and shared. */
export function shippedService(): Promise<Answerer> {
  shipped ??= Answerer.load(SHIPPED_INDEX);
  return shipped;
}

/** The shipped index's store and its MiniSearch indexes, for tests of the find stage alone. */
export async function shippedIndexes(): Promise<{ corpus: Corpus; indexes: Indexes }> {
  const { data } = await readIndex(SHIPPED_INDEX);
  return { corpus: { passages: data.passages, talks: data.talks, events: data.events }, indexes: takeSearchIndexes(data) };
}

/**
 * The real engine over one folder of fixture posts under tests/fixtures ("seat-table"), built from the posts, and a reader
 * of the answer line it gives a question ('' when none).
 */
export async function folderLines(folder: string): Promise<(question: string) => string> {
  const dir = fileURLToPath(new URL(`../fixtures/${folder}`, import.meta.url));
  const engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [dir] }));
  return (question) => engine.answer(question).direct?.text ?? '';
}
