import type { Config } from '../config/index.js';
import { isAppError } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import { Answerer } from '../answer/index.js';
import { checkFreshness, contentRoots, rebuildIndex, staleMessage } from '../sync/index.js';

export interface OpenIndexOptions {
  /** The index folder; default INDEX_DIR. Another folder is not compared with CONTENT_DIRS. */
  dir?: string;
  /** Where the one-line "index older than its content" notice goes. */
  notice: (line: string) => void;
}

/**
 * Loads the configured index. A missing or broken one stops the program with the command that
 * fixes it; one older than its content (the manifest's content hash differs) is reported in one
 * line. With AUTO_REINDEX set, either is rebuilt from the content first.
 */
export async function openIndex(config: Config, logger: Logger, options: OpenIndexOptions): Promise<Answerer> {
  const dir = options.dir ?? config.indexDir;
  const contentDirs = contentRoots(config);
  const rebuild = async (reason: string): Promise<Answerer> => {
    logger.warn({ event: 'index_rebuild', reason, dir }, 'rebuilding the index from content (AUTO_REINDEX)');
    await rebuildIndex({ contentDirs, siteBaseUrl: config.siteBaseUrl, out: dir });
    return Answerer.load(dir);
  };
  let engine: Answerer;
  try {
    engine = await Answerer.load(dir);
  } catch (error) {
    if (!config.autoReindex || dir !== config.indexDir || !isAppError(error) || !error.code.startsWith('INDEX_')) throw error;
    return rebuild(error.code);
  }
  if (dir !== config.indexDir) return engine;
  const freshness = await checkFreshness(dir, contentDirs, config.siteBaseUrl);
  if (freshness.state !== 'stale') return engine;
  if (config.autoReindex) return rebuild('INDEX_STALE');
  options.notice(staleMessage(dir, contentDirs));
  return engine;
}
