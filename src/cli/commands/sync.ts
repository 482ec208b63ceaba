import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { syncOnce } from '../../sync/index.js';
import { parseCli } from '../args.js';

const USAGE = `Usage: npm run sync
  Updates the sparse checkout of SYNC_REPO (istio.io: content/*/blog, news, events) in SYNC_DIR and
  reindexes INDEX_DIR when the content changed. A running bot serves the new index by itself.`;

export async function sync(argv: string[]): Promise<number> {
  const args = parseCli(argv, {}, USAGE);
  if (!args) return 0;
  const config = loadConfig();
  if (!config.sync) throw new AppError('USAGE', `SYNC_REPO is not set: set it to the istio.io repository, e.g. SYNC_REPO=https://github.com/istio/istio.io.git\n${USAGE}`);
  const started = performance.now();
  const result = await syncOnce(config, config.sync);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const commit = result.commit.slice(0, 12);
  process.stdout.write(
    result.outcome === 'unchanged'
      ? `${config.sync.repo} at ${commit}: content unchanged, ${config.indexDir} is current (${seconds} s).\n`
      : `${config.sync.repo} at ${commit}: content changed; indexed ${result.corpus.posts} posts into ${config.indexDir} (${result.corpus.skipped.length} skipped; ${seconds} s).\n`,
  );
  return 0;
}
