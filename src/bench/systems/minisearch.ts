import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { discoverPosts } from '../../indexer/discover.js';
import type { BenchSystem } from './types.js';

interface PostDocument {
  id: number;
  title: string;
  text: string;
}

/** The only option MiniSearch has no default for; everything else (tokenizer, scoring, no fuzzy) is left as it ships. */
const OPTIONS = { fields: ['title', 'text'] };
const FILE = 'minisearch.json';

function toDocument(id: number, source: string): PostDocument {
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  const title = /^title:\s*["']?(.*?)["']?\s*$/m.exec(front?.[1] ?? '')?.[1] ?? '';
  return { id, title, text: front ? source.slice(front[0].length) : source };
}

/** Baseline (a): MiniSearch with its default options over whole posts, markdown and all. */
export const minisearch: BenchSystem = {
  async build(contentDir, outDir) {
    const files = await discoverPosts([contentDir]);
    const index = new MiniSearch<PostDocument>(OPTIONS);
    let bytes = 0;
    for (const [id, file] of files.entries()) {
      const buffer = await readFile(file.absolute);
      bytes += buffer.length;
      index.add(toDocument(id, buffer.toString('utf8').replace(/\r\n?/g, '\n')));
    }
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, FILE), JSON.stringify(index));
    return { units: files.length, bytes };
  },
  async load(indexDir) {
    const index = MiniSearch.loadJSON<PostDocument>(await readFile(join(indexDir, FILE), 'utf8'), OPTIONS);
    return (query) => index.search(query.words).length;
  },
};
