import { isAppError, reasonOf } from '../errors/index.js';
import { hashContent } from '../indexer/index.js';
import { readManifest, rebuildHint } from '../store/index.js';

/** Whether an index was built from the content as it is now. */
export type Freshness =
  | { state: 'current' }
  /** The content changed (or was added, or removed) since the index was built. */
  | { state: 'stale'; indexHash: string; contentHash: string }
  /** The index or the content cannot be read; whoever loads the index reports that. */
  | { state: 'unknown'; reason: string };

/**
 * Compares the content hash the manifest holds with the hash of the content folders now. Reads
 * every post's bytes but parses none: milliseconds for the istio.io corpus.
 */
export async function checkFreshness(indexDir: string, contentDirs: readonly string[], siteBaseUrl: string): Promise<Freshness> {
  try {
    const [manifest, contentHash] = await Promise.all([readManifest(indexDir), hashContent(contentDirs, siteBaseUrl)]);
    return manifest.contentHash === contentHash ? { state: 'current' } : { state: 'stale', indexHash: manifest.contentHash, contentHash };
  } catch (error) {
    if (isAppError(error)) return { state: 'unknown', reason: reasonOf(error) };
    throw error;
  }
}

/** The one line that tells a person the index is older than its content, and the fix. */
export function staleMessage(indexDir: string, contentDirs: readonly string[]): string {
  return (
    `The index in ${indexDir} is older than its content (${contentDirs.join(', ')} changed since it was built): ` +
    `answers may miss the changes. Run: ${rebuildHint(indexDir)} (or set AUTO_REINDEX=1)`
  );
}
