import type { Config } from '../config/index.js';
import { isAppError } from '../errors/index.js';
import { buildCorpus, serializeIndex, writeIndex } from '../indexer/index.js';
import type { Logger } from '../log/index.js';
import { Answerer } from '../answer/index.js';

/**
 * Loads the configured index. A missing or broken one stops the program with the command that
 * fixes it, unless AUTO_REINDEX is set: then it is rebuilt from the content first.
 */
export async function openIndex(config: Config, logger: Logger): Promise<Answerer> {
  try {
    return await Answerer.load(config.indexDir);
  } catch (error) {
    if (!config.autoReindex || !isAppError(error) || !error.code.startsWith('INDEX_')) throw error;
    logger.warn({ event: 'index_rebuild', reason: error.code, dir: config.indexDir }, 'index unusable; rebuilding from content (AUTO_REINDEX)');
    const corpus = await buildCorpus({ contentDirs: config.contentDirs, siteBaseUrl: config.siteBaseUrl });
    await writeIndex(serializeIndex(corpus), config.indexDir);
    return Answerer.load(config.indexDir);
  }
}
