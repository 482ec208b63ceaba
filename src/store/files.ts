import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/index.js';
import type { EventInfo, Lang, Passage, Talk } from '../model/index.js';
import { shareStrings } from './share-strings.js';

/**
 * Version of the on-disk index. Bump it whenever the shape of the files or the meaning of the
 * stored data changes (tokenizer, fields): an index of another version is refused, not misread.
 */
export const INDEX_FORMAT_VERSION = 14;

/** The command that rebuilds the index in `dir`: the default folder needs no `--out`, any other does. */
export function rebuildHint(dir: string): string {
  return dir === 'index' ? 'npm run reindex' : `npm run reindex -- --out ${dir}`;
}

/** What `index/manifest.json` holds: written last, it names the data file the index consists of. */
export interface Manifest {
  formatVersion: number;
  /** sha256 of the content that was indexed (paths and bytes of every post). */
  contentHash: string;
  /** File name of the data file, beside the manifest. */
  dataFile: string;
  /** sha256 of the data file's bytes. */
  dataHash: string;
  posts: number;
  passages: Record<Lang, number>;
  talks: number;
  events: number;
  skipped: number;
}

/** The data file: the passage store, talks, events, and the serialized MiniSearch indexes. */
export interface IndexData {
  formatVersion: number;
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
  /** `MiniSearch#toJSON()` of the passage index. */
  passageIndex: unknown;
  /** `MiniSearch#toJSON()` of the talk index. */
  talkIndex: unknown;
  /** The terms of both indexes a typo search can reach (`SearchIndexes.typoTerms`). */
  typoTerms: string[];
}

/** Every character beyond ASCII. */
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * The data file's text: JSON with every character beyond ASCII written as a `\u` escape. A string
 * holding one such character is stored by V8 with two bytes per character, so the text read back
 * (about 38 million characters at 10x the corpus, 3% of them Chinese) would take 75 MB while it is
 * parsed instead of 43; loading leaves that garbage in the process's memory until the collector runs.
 */
export function serializeData(data: IndexData): string {
  return JSON.stringify(data).replace(NON_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const manifestSchema = z.object({
  formatVersion: z.number().int(),
  contentHash: z.string(),
  dataFile: z.string().regex(/^[\w.-]+\.json$/),
  dataHash: z.string().regex(/^[0-9a-f]{64}$/),
  posts: z.number().int(),
  passages: z.object({ en: z.number().int(), zh: z.number().int() }),
  talks: z.number().int(),
  events: z.number().int(),
  skipped: z.number().int(),
});

export const MANIFEST_FILE = 'manifest.json';

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

async function readText(path: string, what: string, dir: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(
      missing ? 'INDEX_MISSING' : 'INDEX_CORRUPT',
      `${missing ? 'No index' : `The index ${what} cannot be read`} at ${dir}. Build it with: ${rebuildHint(dir)}`,
      { path },
      { cause: error },
    );
  }
}

export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  const text = await readText(path, 'manifest', dir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('INDEX_CORRUPT', `The index manifest ${path} is not valid JSON. Rebuild it with: ${rebuildHint(dir)}`, { path }, { cause: error });
  }
  const version = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== INDEX_FORMAT_VERSION) {
    throw new AppError(
      'INDEX_VERSION',
      `The index at ${dir} has format version ${String(version)}; this program reads version ${INDEX_FORMAT_VERSION}. Rebuild it with: ${rebuildHint(dir)}`,
      { path, found: version, expected: INDEX_FORMAT_VERSION },
    );
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError('INDEX_CORRUPT', `The index manifest ${path} is malformed. Rebuild it with: ${rebuildHint(dir)}`, { path });
  }
  return result.data;
}

/** Reads and verifies an index folder: version, data hash, shape. Never returns a half-read index. */
export async function readIndex(dir: string): Promise<{ manifest: Manifest; data: IndexData }> {
  const manifest = await readManifest(dir);
  const data = await readData(dir, manifest);
  // The serialized MiniSearch indexes are read once and dropped; what stays loaded repeats its values.
  shareStrings([data.passages, data.talks, data.events]);
  return { manifest, data };
}

/** The data file named by `manifest`, verified and parsed: its text (4 MB at 1x) is garbage once this returns. */
async function readData(dir: string, manifest: Manifest): Promise<IndexData> {
  const path = join(dir, manifest.dataFile);
  const text = await readText(path, 'data file', dir);
  if (sha256(text) !== manifest.dataHash) {
    throw new AppError(
      'INDEX_CORRUPT',
      `The index data ${path} does not match its manifest (truncated or edited). Rebuild it with: ${rebuildHint(dir)}`,
      { path },
    );
  }
  const data = JSON.parse(text) as IndexData;
  if (data.formatVersion !== INDEX_FORMAT_VERSION || !Array.isArray(data.passages) || !data.passageIndex || !Array.isArray(data.typoTerms)) {
    throw new AppError('INDEX_CORRUPT', `The index data ${path} is malformed. Rebuild it with: ${rebuildHint(dir)}`, { path });
  }
  return data;
}
