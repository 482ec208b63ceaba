import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchSystem } from './types.js';

const FILE = 'passages.json';

/** Baseline (b): no index at all; every question reads every passage (lower-cased once, at build). */
export const scan: BenchSystem = {
  async build(contentDir, outDir, siteBaseUrl) {
    const { buildCorpus } = await import('../../indexer/index.js');
    const corpus = await buildCorpus({ contentDirs: [contentDir], siteBaseUrl });
    const texts = corpus.passages.map((passage) => `${passage.title}\n${passage.text}`.toLowerCase());
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, FILE), JSON.stringify(texts));
    return { units: texts.length, bytes: corpus.bytes };
  },
  async load(indexDir) {
    const texts = JSON.parse(await readFile(join(indexDir, FILE), 'utf8')) as string[];
    return (query) => {
      const words = query.words.toLowerCase().split(/\s+/).filter(Boolean);
      const hits: Array<{ id: number; found: number }> = [];
      texts.forEach((text, id) => {
        const found = words.filter((word) => text.includes(word)).length;
        if (found) hits.push({ id, found });
      });
      hits.sort((a, b) => b.found - a.found);
      return hits.length;
    };
  },
};
