import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/index.js';

/**
 * The content folders to index now: CONTENT_DIRS, and the sync checkout's `content/` once the first
 * sync made it. Before that (a fresh server) the index is built from CONTENT_DIRS alone, and the
 * first sync finds it stale and adds istio.io's posts.
 */
export function contentRoots(config: Config): string[] {
  const checkout = config.sync ? join(config.sync.dir, 'content') : undefined;
  return config.contentDirs.filter((dir) => dir !== checkout || existsSync(dir));
}
