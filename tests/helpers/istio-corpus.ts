/** The istio.io content tree the corpus tests read (`ISTIO_CONTENT`), and an engine over it and the project's own posts. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { Answerer } from '../../src/answer/index.js';

/** The istio.io content tree, or a one-line error saying how to give it. */
function istioRoot(): string {
  const root = resolve(loadConfig().istioContent);
  if (!existsSync(join(root, 'en'))) {
    throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT to a checkout of istio.io/content.`);
  }
  return root;
}

/**
 * An engine over the project's posts and istio.io's: `istio-first` in the order `npm run eval` indexes them (istio.io's
 * posts, then `content/`), which decides which of two copies of the same talk is kept.
 */
export async function corpusEngine(order: 'content-first' | 'istio-first' = 'content-first'): Promise<Answerer> {
  const root = istioRoot();
  const config = loadConfig();
  const contentDirs = order === 'istio-first' ? [root, ...config.contentDirs] : [...config.contentDirs, root];
  return Answerer.fromCorpus(await buildCorpus({ contentDirs, siteBaseUrl: config.siteBaseUrl }));
}
