import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus, serializeIndex, writeIndex } from '../../src/indexer/index.js';
import type { AsPlainObject } from 'minisearch';
import { Answerer } from '../../src/answer/index.js';
import { AS_INDEX_TERMS, buildSearchIndexes, INDEX_FORMAT_VERSION, readIndex, sha256, takeSearchIndexes } from '../../src/store/index.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

const BAD_CONTENT = fileURLToPath(new URL('../fixtures/bad-content', import.meta.url));

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'istio-events-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function buildInto(dir: string, contentDirs: string[] = [FIXTURE_CONTENT]) {
  const corpus = await buildCorpus({ contentDirs });
  await writeIndex(serializeIndex(corpus), dir);
  return corpus;
}

describe('building an index', () => {
  it('skips a post with broken front matter or no content, names its path, and indexes the rest', async () => {
    const corpus = await buildCorpus({ contentDirs: [FIXTURE_CONTENT, BAD_CONTENT] });
    expect(corpus.skipped.map((skip) => skip.path).sort()).toEqual(['en/blog/broken-front-matter.md', 'en/blog/empty.md']);
    expect(corpus.skipped.every((skip) => skip.reason.length > 10)).toBe(true);
    expect(corpus.posts).toBeGreaterThanOrEqual(3);
  });

  it('survives binary junk and an unclosed shortcode next to good posts', async () => {
    const content = join(work, 'content');
    await cp(FIXTURE_CONTENT, content, { recursive: true });
    await writeFile(join(content, 'en', 'junk.md'), Buffer.from([0, 1, 2, 255, 0, 80, 78, 71]));
    await writeFile(join(content, 'en', 'unclosed.md'), '---\ntitle: U\n---\n\nStart {{< image caption="never closed\n\nAfter the break.\n');
    const corpus = await buildCorpus({ contentDirs: [content] });
    expect(corpus.skipped.map((skip) => skip.path)).toEqual(['en/junk.md']);
    expect(corpus.warnings.some((warning) => warning.includes('en/unclosed.md'))).toBe(true);
    expect(corpus.passages.some((passage) => passage.text.includes('After the break.'))).toBe(true);
  });

  it('gives the same bytes for the same content', async () => {
    const first = serializeIndex(await buildCorpus({ contentDirs: [FIXTURE_CONTENT] }));
    const second = serializeIndex(await buildCorpus({ contentDirs: [FIXTURE_CONTENT] }));
    expect(second.dataText).toBe(first.dataText);
    expect(second.manifestText).toBe(first.manifestText);
  });

  it('writes its data file in ASCII, and Chinese passages read back as they were', async () => {
    const corpus = await buildInto(work);
    const manifest = JSON.parse(await readFile(join(work, 'manifest.json'), 'utf8'));
    const bytes = await readFile(join(work, manifest.dataFile));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const chinese = corpus.passages.filter((passage) => /\p{Script=Han}/u.test(passage.text));
    expect(chinese.length).toBeGreaterThan(0);
    const { data } = await readIndex(work);
    expect(data.passages.filter((passage) => /\p{Script=Han}/u.test(passage.text)).map((passage) => passage.text)).toEqual(chinese.map((passage) => passage.text));
  });

  it('writes a manifest with the format version, content hash and counts per language', async () => {
    await buildInto(work);
    const manifest = JSON.parse(await readFile(join(work, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION, posts: 3, passages: { en: expect.any(Number), zh: expect.any(Number) } });
    expect(manifest.passages.zh).toBeGreaterThan(0);
    expect(manifest.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps one data file after rebuilding, and the old index answers until the new manifest is in place', async () => {
    await buildInto(work);
    const content = join(work, 'content');
    await cp(FIXTURE_CONTENT, content, { recursive: true });
    await writeFile(join(content, 'en', 'new.md'), '---\ntitle: New post\n---\n\nA brand new passage about zeppelins and the mesh.\n');
    const next = serializeIndex(await buildCorpus({ contentDirs: [content] }));
    // A reindex killed after writing its data file but before the manifest: the old index still loads.
    await writeFile(join(work, next.manifest.dataFile), next.dataText);
    const old = await Answerer.load(work);
    expect(old.answer('zeppelins').total).toBe(0);
    await writeIndex(next, work);
    expect((await Answerer.load(work)).answer('zeppelins').total).toBe(1);
    expect((await readdir(work)).filter((name) => name.startsWith('data-'))).toHaveLength(1);
  });
});

describe('writing an index', () => {
  it('refuses to write while another running reindex holds the folder, and takes over a lock left by a killed one', async () => {
    const serialized = serializeIndex(await buildCorpus({ contentDirs: [FIXTURE_CONTENT] }));
    await writeFile(join(work, '.reindex.lock'), String(process.ppid));
    await expect(writeIndex(serialized, work)).rejects.toMatchObject({ code: 'INDEX_LOCKED' });
    await writeFile(join(work, '.reindex.lock'), '999999999');
    await writeIndex(serialized, work);
    expect(await readdir(work)).not.toContain('.reindex.lock');
    expect((await Answerer.load(work)).passageCount).toBeGreaterThan(0);
  });
});

describe('loading an index', () => {
  it('says how to build it when there is none', async () => {
    await expect(Answerer.load(join(work, 'nothing'))).rejects.toMatchObject({ code: 'INDEX_MISSING', message: expect.stringContaining('npm run reindex') });
  });

  it('detects a truncated data file and says how to rebuild', async () => {
    await buildInto(work);
    const manifest = JSON.parse(await readFile(join(work, 'manifest.json'), 'utf8'));
    const data = await readFile(join(work, manifest.dataFile), 'utf8');
    await writeFile(join(work, manifest.dataFile), data.slice(0, data.length / 2));
    await expect(Answerer.load(work)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('npm run reindex') });
  });

  it('refuses an index of another format version with the command that fixes it', async () => {
    await buildInto(work);
    const path = join(work, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...manifest, formatVersion: 999 }));
    await expect(Answerer.load(work)).rejects.toMatchObject({ code: 'INDEX_VERSION', message: expect.stringMatching(/version 999.*npm run reindex/s) });
  });

  it('keeps no serialized search index once MiniSearch has read it, and the loaded one finds what the built one did', async () => {
    const corpus = await buildInto(work);
    const { data } = await readIndex(work);
    const indexes = takeSearchIndexes(data);
    expect(data.passageIndex).toBeNull();
    expect(data.talkIndex).toBeNull();
    const built = Answerer.fromCorpus(corpus);
    expect(indexes.passageIndex.documentCount).toBe(corpus.passages.length);
    expect(indexes.passageIndex.search('ambient', AS_INDEX_TERMS).length).toBeGreaterThan(0);
    expect((await Answerer.load(work)).answer('ambient').results).toEqual(built.answer('ambient').results);
  });

  it('loads search indexes equal to the ones built, reading their terms a line at a time', async () => {
    const corpus = await buildInto(work);
    const built = buildSearchIndexes(corpus.passages, corpus.talks, corpus.events);
    const { data } = await readIndex(work);
    const loaded = takeSearchIndexes(data);
    // The same documents, lengths and postings of every term; the radix tree's order of terms is the order they were added in.
    const plain = (index: { toJSON(): AsPlainObject }) => {
      const json = index.toJSON();
      return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : 1)) };
    };
    expect(plain(loaded.passageIndex)).toEqual(plain(built.passageIndex));
    expect(plain(loaded.talkIndex)).toEqual(plain(built.talkIndex));
    expect(plain(loaded.passageIndex).index.length).toBeGreaterThan(100);
    expect(loaded.typoTerms).toEqual(built.typoTerms);
  });

  it('refuses an index of the format before this one (one JSON object) as stale, with the command that fixes it', async () => {
    const corpus = await buildInto(work);
    const path = join(work, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8'));
    const old = JSON.stringify({ formatVersion: 12, passages: corpus.passages, talks: corpus.talks, events: corpus.events, passageIndex: {}, talkIndex: {}, typoTerms: [] });
    await writeFile(join(work, manifest.dataFile), old);
    await writeFile(path, JSON.stringify({ ...manifest, formatVersion: 12, dataHash: sha256(old) }));
    const error = (await Answerer.load(work).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'INDEX_VERSION', message: expect.stringMatching(/format version 12; this program reads version \d+\. Rebuild it with: npm run reindex -- --out /) });
    expect(error.message).not.toContain('\n');
  });

  /** Rewrites the data file with `edit` applied to its lines, and the manifest with the new hash, as a buggy or hand-made writer would. */
  async function rewriteLines(edit: (lines: string[]) => string[]): Promise<void> {
    const path = join(work, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8'));
    const text = edit((await readFile(join(work, manifest.dataFile), 'utf8')).split('\n')).join('\n');
    await writeFile(join(work, manifest.dataFile), text);
    await writeFile(path, JSON.stringify({ ...manifest, dataHash: sha256(text) }));
  }

  it('refuses a data file whose line of search terms is broken, in one line that says how to rebuild', async () => {
    await buildInto(work);
    await rewriteLines((lines) => lines.map((line, at) => (at === lines.length - 1 ? line.slice(0, -5) : line)));
    const error = (await Answerer.load(work).catch((caught: unknown) => caught)) as Error;
    expect(error).toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringMatching(/malformed: line \d+ is not JSON\. Rebuild it with: npm run reindex/) });
    expect(error.message).not.toContain('\n');
  });

  it('refuses a data file that lost lines its header lists, or a section it needs', async () => {
    await buildInto(work);
    await rewriteLines((lines) => lines.slice(0, -1));
    await expect(Answerer.load(work)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('its header does not list its lines') });
    await buildInto(work);
    await rewriteLines(([header = '', ...lines]) => {
      const { sections, ...rest } = JSON.parse(header) as { sections: string[] };
      const keep = sections.map((name) => name !== 'talks');
      return [JSON.stringify({ ...rest, sections: sections.filter((_, at) => keep[at]) }), ...lines.filter((_, at) => keep[at])];
    });
    await expect(Answerer.load(work)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('it holds 0 lines of talks') });
  });

  it('refuses a manifest that is not JSON', async () => {
    await buildInto(work);
    await writeFile(join(work, 'manifest.json'), '{"formatVersion": 1, "dataFi');
    await expect(Answerer.load(work)).rejects.toMatchObject({ code: 'INDEX_CORRUPT' });
  });
});
