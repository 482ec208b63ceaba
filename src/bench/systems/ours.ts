import { Answerer } from '../../answer/index.js';
import type { BenchSystem } from './types.js';

/** Our pipeline, exactly as `npm run reindex` and the bots run it. */
export const ours: BenchSystem = {
  async build(contentDir, outDir, siteBaseUrl) {
    // Imported here so that a serving process loads only what the bots load.
    const { buildCorpus, serializeIndex, writeIndex } = await import('../../indexer/index.js');
    const corpus = await buildCorpus({ contentDirs: [contentDir], siteBaseUrl });
    await writeIndex(serializeIndex(corpus), outDir);
    return { units: corpus.passages.length, bytes: corpus.bytes };
  },
  async load(indexDir) {
    const engine = await Answerer.load(indexDir);
    return (query) => engine.answer(query.text).total;
  },
};
