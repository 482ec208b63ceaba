import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';
import { AppError } from '../errors/index.js';
import type { EventInfo, Lang, Passage, Talk } from '../model/index.js';
import { readSections, writeSections, type SectionContent } from './sections.js';
import { shareStrings } from './share-strings.js';

/**
 * Version of the on-disk index. Bump it whenever the shape of the files or the meaning of the
 * stored data changes (tokenizer, fields): an index of another version is refused, not misread.
 */
export const INDEX_FORMAT_VERSION = 28;

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

/** One term of a MiniSearch index as `MiniSearch#toJSON()` writes it: the term and its postings by field. */
type IndexTerm = AsPlainObject['index'][number];

/**
 * `MiniSearch#toJSON()` of an index. Read back from a data file, its terms are an iterable that
 * parses them a line at a time as `MiniSearch.loadJS` walks them (`sections.ts` says why).
 */
export type StoredSearchIndex = Omit<AsPlainObject, 'index'> & { index: Iterable<IndexTerm> };

/** The data file: the passage store, talks, events, and the serialized MiniSearch indexes. */
export interface IndexData {
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
  /** The passage index; null once `takeSearchIndexes` has loaded it. */
  passageIndex: StoredSearchIndex | null;
  /** The talk index; null once `takeSearchIndexes` has loaded it. */
  talkIndex: StoredSearchIndex | null;
  /** The terms of both indexes a typo search can reach (`SearchIndexes.typoTerms`). */
  typoTerms: string[];
}

/** A search index's sections: everything but its terms as one value, then its terms as a list. */
function searchIndexSections(section: string, { index, ...rest }: StoredSearchIndex): SectionContent[] {
  return [
    { section, value: rest },
    { section: `${section}.terms`, items: [...index] },
  ];
}

/** The data file's text (`sections.ts`): ASCII, short lines of one JSON value each. */
export function serializeData(data: IndexData & { passageIndex: StoredSearchIndex; talkIndex: StoredSearchIndex }): string {
  return writeSections(INDEX_FORMAT_VERSION, [
    { section: 'passages', items: data.passages },
    { section: 'talks', items: data.talks },
    { section: 'events', items: data.events },
    { section: 'typoTerms', items: data.typoTerms },
    ...searchIndexSections('passageIndex', data.passageIndex),
    ...searchIndexSections('talkIndex', data.talkIndex),
  ]);
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

async function readBytes(path: string, what: string, dir: string): Promise<Buffer> {
  try {
    return await readFile(path);
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
  const text = (await readBytes(path, 'manifest', dir)).toString('utf8');
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

/**
 * Reads and verifies an index folder: version, data hash, shape. The search indexes' terms are
 * parsed when `takeSearchIndexes` loads them, and a malformed line among them throws there, before
 * any engine exists: a half-read index never answers.
 */
export async function readIndex(dir: string): Promise<{ manifest: Manifest; data: IndexData }> {
  const manifest = await readManifest(dir);
  const data = await readData(dir, manifest);
  // The serialized MiniSearch indexes are read once and dropped; what stays loaded repeats its values.
  shareStrings([data.passages, data.talks, data.events]);
  return { manifest, data };
}

/**
 * The data file named by `manifest`, verified, its sections parsed but for the search indexes' terms,
 * which are parsed as MiniSearch reads them: its bytes (4 MB at 1x) are garbage once they are.
 */
async function readData(dir: string, manifest: Manifest): Promise<IndexData> {
  const path = join(dir, manifest.dataFile);
  // Bytes, not one string: its lines are decoded one at a time (`sections.ts`); in ASCII its hash is the text's.
  const bytes = await readBytes(path, 'data file', dir);
  if (sha256(bytes) !== manifest.dataHash) {
    throw new AppError(
      'INDEX_CORRUPT',
      `The index data ${path} does not match its manifest (truncated or edited). Rebuild it with: ${rebuildHint(dir)}`,
      { path },
    );
  }
  const malformed = (what: string) => new AppError('INDEX_CORRUPT', `The index data ${path} is malformed: ${what}. Rebuild it with: ${rebuildHint(dir)}`, { path });
  const sections = readSections(bytes, INDEX_FORMAT_VERSION, malformed);
  const list = <T>(section: string): T[] => [...sections.items(section)] as T[];
  const searchIndex = (section: string): StoredSearchIndex => {
    const rest = sections.value(section);
    if (rest === null || typeof rest !== 'object' || Array.isArray(rest)) throw malformed(`its ${section} is not an object`);
    return { ...(rest as Omit<AsPlainObject, 'index'>), index: sections.items(`${section}.terms`) as Generator<IndexTerm> };
  };
  return {
    passages: list<Passage>('passages'),
    talks: list<Talk>('talks'),
    events: list<EventInfo>('events'),
    typoTerms: list<string>('typoTerms'),
    passageIndex: searchIndex('passageIndex'),
    talkIndex: searchIndex('talkIndex'),
  };
}
