import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/index.js';
import { packSections, unpackSections } from './container.js';
import { InvertedIndex, type IndexMeta } from './postings.js';
import { PassageTable } from './table.js';
import type { EventInfo, Lang, Talk } from './types.js';

/**
 * Version of the on-disk index. Bump it whenever the shape of the files or the meaning of the
 * stored data changes (tokenizer, fields): an index of another version is refused, not misread.
 */
export const INDEX_FORMAT_VERSION = 2;

export const REBUILD_HINT = 'npm run reindex';

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

/**
 * The data file, once read: the passages as a table (ranking columns, each passage decoded on
 * demand), talks, events, and the inverted indexes over passages and talks.
 */
export interface IndexData {
  passages: PassageTable;
  talks: Talk[];
  events: EventInfo[];
  passageIndex: InvertedIndex;
  talkIndex: InvertedIndex;
}

/** What the data file's header records besides the sections. */
interface DataMeta {
  formatVersion: number;
  passages: ReturnType<PassageTable['encode']>['meta'];
  passageIndex: IndexMeta;
  talkIndex: IndexMeta;
}

/** The bytes of a data file; the same data always gives the same bytes. */
export function encodeIndexData(data: IndexData): Buffer {
  const passages = data.passages.encode();
  const passageIndex = data.passageIndex.encode('passageIndex');
  const talkIndex = data.talkIndex.encode('talkIndex');
  const meta: DataMeta = { formatVersion: INDEX_FORMAT_VERSION, passages: passages.meta, passageIndex: passageIndex.meta, talkIndex: talkIndex.meta };
  return packSections(meta, {
    ...passages.sections,
    'talks.json': JSON.stringify(data.talks),
    'events.json': JSON.stringify(data.events),
    ...passageIndex.sections,
    ...talkIndex.sections,
  });
}

function decodeIndexData(bytes: Buffer): IndexData {
  const sections = unpackSections(bytes);
  const meta = sections.meta as DataMeta;
  if (meta?.formatVersion !== INDEX_FORMAT_VERSION) throw new Error(`format version ${String(meta?.formatVersion)}`);
  const data: IndexData = {
    passages: PassageTable.decode(meta.passages, sections),
    talks: JSON.parse(sections.text('talks.json')) as Talk[],
    events: JSON.parse(sections.text('events.json')) as EventInfo[],
    passageIndex: InvertedIndex.decode('passageIndex', meta.passageIndex, sections),
    talkIndex: InvertedIndex.decode('talkIndex', meta.talkIndex, sections),
  };
  if (data.passageIndex.documentCount !== data.passages.count || data.talkIndex.documentCount !== data.talks.length) {
    throw new Error('the indexes do not match the passages and talks');
  }
  return data;
}

const manifestSchema = z.object({
  formatVersion: z.number().int(),
  contentHash: z.string(),
  dataFile: z.string().regex(/^[\w.-]+\.idx$/),
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

async function readBytes(path: string, what: string, dir: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(
      missing ? 'INDEX_MISSING' : 'INDEX_CORRUPT',
      `${missing ? 'No index' : `The index ${what} cannot be read`} at ${dir}. Build it with: ${REBUILD_HINT}`,
      { path },
      { cause: error },
    );
  }
}

export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  const text = (await readBytes(path, 'manifest', dir)).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('INDEX_CORRUPT', `The index manifest ${path} is not valid JSON. Rebuild it with: ${REBUILD_HINT}`, { path }, { cause: error });
  }
  const version = (parsed as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== INDEX_FORMAT_VERSION) {
    throw new AppError(
      'INDEX_VERSION',
      `The index at ${dir} has format version ${String(version)}; this program reads version ${INDEX_FORMAT_VERSION}. Rebuild it with: ${REBUILD_HINT}`,
      { path, found: version, expected: INDEX_FORMAT_VERSION },
    );
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError('INDEX_CORRUPT', `The index manifest ${path} is malformed. Rebuild it with: ${REBUILD_HINT}`, { path });
  }
  return result.data;
}

/** Reads and verifies an index folder: version, data hash, shape. Never returns a half-read index. */
export async function readIndex(dir: string): Promise<{ manifest: Manifest; data: IndexData }> {
  const manifest = await readManifest(dir);
  const path = join(dir, manifest.dataFile);
  const bytes = await readBytes(path, 'data file', dir);
  if (sha256(bytes) !== manifest.dataHash) {
    throw new AppError(
      'INDEX_CORRUPT',
      `The index data ${path} does not match its manifest (truncated or edited). Rebuild it with: ${REBUILD_HINT}`,
      { path },
    );
  }
  try {
    return { manifest, data: decodeIndexData(bytes) };
  } catch (error) {
    throw new AppError('INDEX_CORRUPT', `The index data ${path} is malformed. Rebuild it with: ${REBUILD_HINT}`, { path }, { cause: error });
  }
}
