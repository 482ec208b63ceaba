import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { AppError } from '../errors/index.js';

export interface SourceFile {
  /** The content root it was found under. */
  root: string;
  /** Path below the root with forward slashes: `en/blog/2023/x/index.md`. */
  path: string;
  absolute: string;
}

/** Folders that never hold posts. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Every markdown post under the roots, sorted, so the same tree always indexes the same way. */
export async function discoverPosts(roots: readonly string[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const root of roots) {
    let entries;
    try {
      entries = await readdir(root, { recursive: true, withFileTypes: true });
    } catch (error) {
      throw new AppError('CONTENT_MISSING', `Content folder ${root} cannot be read: ${(error as Error).message}`, { path: root }, { cause: error });
    }
    for (const entry of entries) {
      if (!entry.isFile() || !/\.md$/i.test(entry.name) || /^readme\.md$/i.test(entry.name)) continue;
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      if (path.split('/').some((part) => SKIP_DIRS.has(part) || part.startsWith('.'))) continue;
      files.push({ root, path, absolute });
    }
  }
  return files.sort((a, b) => (a.root === b.root ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : roots.indexOf(a.root) - roots.indexOf(b.root)));
}
