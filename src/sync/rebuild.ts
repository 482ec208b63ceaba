import { AppError } from '../errors/index.js';
import { buildCorpus, serializeIndex, writeIndex, type BuildOptions, type BuiltCorpus } from '../indexer/index.js';

export interface RebuildOptions extends BuildOptions {
  /** The index folder to write. */
  out: string;
  /** Write an index even when the content holds no post. Default false. */
  allowEmpty?: boolean;
}

/**
 * Builds the index of the content roots and writes it atomically. No post at all is almost always
 * a wrong folder: it is refused, so the index that serves now is not replaced by an empty one.
 */
export async function rebuildIndex(options: RebuildOptions): Promise<BuiltCorpus> {
  const corpus = await buildCorpus(options);
  assertNotEmpty(corpus, options);
  await writeIndex(serializeIndex(corpus), options.out);
  return corpus;
}

export function assertNotEmpty(corpus: BuiltCorpus, options: { contentDirs: readonly string[]; allowEmpty?: boolean }): void {
  if (corpus.posts > 0 || options.allowEmpty) return;
  const folders = options.contentDirs.join(', ');
  throw new AppError(
    'CONTENT_MISSING',
    `No posts found in ${folders} (${corpus.skipped.length} skipped): is it the content folder, such as ../istio.io/content? ` +
      `Pass --allow-empty to write an empty index anyway.`,
    { folders },
  );
}
