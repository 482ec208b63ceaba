import type { Config, SyncConfig } from '../config/index.js';
import type { BuiltCorpus } from '../indexer/index.js';
import { checkFreshness } from './freshness.js';
import { updateCheckout } from './git.js';
import { rebuildIndex } from './rebuild.js';

export type SyncResult =
  | { outcome: 'unchanged'; commit: string }
  | { outcome: 'reindexed'; commit: string; corpus: BuiltCorpus };

/**
 * One sync: update the checkout, then rebuild the index only when the content it would be built
 * from differs from the content the index was built from (the manifest's content hash). The index
 * is written atomically, so a running bot swaps to it by itself.
 */
export async function syncOnce(config: Config, sync: SyncConfig): Promise<SyncResult> {
  const { commit } = await updateCheckout(sync);
  // The checkout exists now, so every configured folder is indexed.
  const freshness = await checkFreshness(config.indexDir, config.contentDirs, config.siteBaseUrl);
  if (freshness.state === 'current') return { outcome: 'unchanged', commit };
  const corpus = await rebuildIndex({ contentDirs: config.contentDirs, siteBaseUrl: config.siteBaseUrl, out: config.indexDir });
  return { outcome: 'reindexed', commit, corpus };
}
