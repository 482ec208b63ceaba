import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchIndexes } from '../search/indexes.js';
import { INDEX_FORMAT_VERSION, MANIFEST_FILE, sha256, type IndexData, type Manifest } from '../search/store.js';
import type { BuiltCorpus } from './build.js';

export interface SerializedIndex {
  manifest: Manifest;
  /** The manifest as written: stable key order, trailing newline. */
  manifestText: string;
  dataText: string;
}

/** Serializes a corpus deterministically: the same content always gives the same bytes. */
export function serializeIndex(corpus: BuiltCorpus): SerializedIndex {
  const { passageIndex, talkIndex } = buildSearchIndexes(corpus.passages, corpus.talks, corpus.events);
  const data: IndexData = {
    formatVersion: INDEX_FORMAT_VERSION,
    passages: corpus.passages,
    talks: corpus.talks,
    events: corpus.events,
    passageIndex: passageIndex.toJSON(),
    talkIndex: talkIndex.toJSON(),
  };
  const dataText = JSON.stringify(data);
  const dataHash = sha256(dataText);
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    contentHash: corpus.contentHash,
    dataFile: `data-${dataHash.slice(0, 16)}.json`,
    dataHash,
    posts: corpus.posts,
    passages: corpus.passagesByLang,
    talks: corpus.talks.length,
    events: corpus.events.length,
    skipped: corpus.skipped.length,
  };
  return { manifest, manifestText: `${JSON.stringify(manifest, null, 2)}\n`, dataText };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/**
 * Writes an index so that a reader never sees a broken one: the data file goes first under its
 * own hash-named file, then the manifest that points at it replaces the old manifest in one
 * rename. A run killed at any point leaves the previous manifest and its data file intact.
 * Data files no manifest points to are removed afterwards.
 */
export async function writeIndex(serialized: SerializedIndex, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomically(join(dir, serialized.manifest.dataFile), serialized.dataText);
  await writeAtomically(join(dir, MANIFEST_FILE), serialized.manifestText);
  for (const name of await readdir(dir)) {
    const stale = (/^data-[0-9a-f]+\.json$/.test(name) && name !== serialized.manifest.dataFile) || name.endsWith('.tmp');
    if (stale) await rm(join(dir, name), { force: true });
  }
}
