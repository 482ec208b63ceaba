export { checkFreshness, staleMessage } from './freshness.js';
export { assertNotEmpty, rebuildIndex } from './rebuild.js';
export { contentRoots } from './roots.js';
export { syncOnce } from './sync.js';
export { startSyncTimer } from './timer.js';
