export { checkFreshness, staleMessage, type Freshness } from './freshness.js';
export { SPARSE_PATTERNS, updateCheckout } from './git.js';
export { assertNotEmpty, rebuildIndex, type RebuildOptions } from './rebuild.js';
export { syncOnce, type SyncResult } from './sync.js';
export { startSyncTimer } from './timer.js';
export { contentRoots } from './roots.js';
