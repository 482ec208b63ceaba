import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/indexer/index.js';
import { Answerer } from '../../src/answer/index.js';

/** The self-written fixture posts every end-to-end test searches (en, zh, our event format). */
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixtures/content', import.meta.url));

let cached: Promise<Answerer> | undefined;

/** The real engine over the fixture posts, built once per test file. */
export function fixtureService(): Promise<Answerer> {
  cached ??= buildCorpus({ contentDirs: [FIXTURE_CONTENT] }).then((corpus) => Answerer.fromCorpus(corpus));
  return cached;
}

/** The index shipped in the repository (built from content/), as the bots load it. */
export const SHIPPED_INDEX = fileURLToPath(new URL('../../index', import.meta.url));
