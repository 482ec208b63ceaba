import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { AppError } from '../errors/index.js';
import { join } from 'node:path';
import { buildSearchIndexes, INDEX_FORMAT_VERSION, inLookupOrder, MANIFEST_FILE, serializeData, sha256, type Manifest } from '../store/index.js';
import type { BuiltCorpus } from './build.js';

export interface SerializedIndex {
  manifest: Manifest;
  /** The manifest as written: stable key order, trailing newline. */
  manifestText: string;
  dataText: string;
}

/** Serializes a corpus deterministically: the same content always gives the same bytes. */
export function serializeIndex(corpus: BuiltCorpus): SerializedIndex {
  const { passageIndex, talkIndex, typoTerms } = buildSearchIndexes(corpus.passages, corpus.talks, corpus.events);
  const dataText = serializeData({
    passages: corpus.passages,
    talks: corpus.talks,
    events: corpus.events,
    passageIndex: inLookupOrder(passageIndex.toJSON()),
    talkIndex: inLookupOrder(talkIndex.toJSON()),
    typoTerms: [...typoTerms],
  });
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

const LOCK_FILE = '.reindex.lock';

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/** Whether a process with this id is running (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer at a time: two reindexes cleaning up after each other could delete the other's fresh
 * data file. A lock left by a killed run (its process is gone) is taken over.
 */
async function lock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(path, 'utf8').catch(() => ''));
      if (holder && holder !== process.pid && alive(holder)) {
        throw new AppError('INDEX_LOCKED', `Another reindex (process ${holder}) is writing ${dir}; wait for it to finish.`, { path, pid: holder });
      }
      await rm(path, { force: true });
    }
  }
  throw new AppError('INDEX_LOCKED', `Could not lock ${dir} for writing.`, { path });
}

/**
 * Writes an index so that a reader never sees a broken one: the data file goes first under its
 * own hash-named file, then the manifest that points at it replaces the old manifest in one
 * rename. A run killed at any point leaves the previous manifest and its data file intact.
 * Data files no manifest points to are removed afterwards.
 */
export async function writeIndex(serialized: SerializedIndex, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const unlock = await lock(dir);
  try {
    await writeAtomically(join(dir, serialized.manifest.dataFile), serialized.dataText);
    await writeAtomically(join(dir, MANIFEST_FILE), serialized.manifestText);
    for (const name of await readdir(dir)) {
      const stale = (/^data-[0-9a-f]+\.json$/.test(name) && name !== serialized.manifest.dataFile) || name.endsWith('.tmp');
      if (stale) await rm(join(dir, name), { force: true });
    }
  } finally {
    await unlock();
  }
}
