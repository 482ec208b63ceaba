import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { discoverPosts } from '../indexer/discover.js';
import { replicate, type SourcePost } from './replicate.js';

/** Every markdown post of a content tree, as the indexer would find them. */
export async function readPosts(root: string): Promise<SourcePost[]> {
  const files = await discoverPosts([root]);
  return Promise.all(files.map(async (file) => ({ path: file.path, text: await readFile(file.absolute, 'utf8') })));
}

export interface WrittenCorpus {
  dir: string;
  files: number;
  /** Markdown bytes written (UTF-8). */
  bytes: number;
}

/** Writes `factor` copies of the posts below `dir` (which should be empty or absent). */
export async function writeReplicas(posts: readonly SourcePost[], factor: number, dir: string): Promise<WrittenCorpus> {
  let files = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const post of replicate(posts, factor)) {
    const path = join(dir, post.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    const data = Buffer.from(post.text, 'utf8');
    await writeFile(path, data);
    files += 1;
    bytes += data.length;
  }
  return { dir, files, bytes };
}
