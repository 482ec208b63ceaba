import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, serializeIndex, writeIndex, type BuiltCorpus } from '../../src/indexer/index.js';
import { packSections, unpackSections } from '../../src/search/container.js';
import { SearchEngine } from '../../src/search/index.js';
import { MANIFEST_FILE, readIndex, sha256 } from '../../src/search/store.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

let work: string;
let corpus: BuiltCorpus;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'istio-events-index-file-'));
  corpus = await buildCorpus({ contentDirs: [FIXTURE_CONTENT] });
  await writeIndex(serializeIndex(corpus), work);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const QUESTIONS = [
  'ambient',
  'Istio Day Lisbon talks',
  'keynote video',
  'ambeint waypoints',
  '服务网格 大会',
  'lang:zh ambient',
  'year:2031 event:"istio day" mesh',
  '"zero trust"',
  'when is the next istio day',
  'zqxvbn',
  'help',
  'events',
];

describe('the index file', () => {
  it('answers every question exactly as the same corpus indexed in memory', async () => {
    const loaded = await SearchEngine.load(work);
    const inMemory = SearchEngine.fromCorpus(corpus);
    const now = new Date('2031-01-01');
    for (const question of QUESTIONS) {
      for (const options of [{ now }, { now, limit: 5, offset: 1 }, { now, lang: 'en' as const }]) {
        expect(loaded.answer(question, options)).toEqual(inMemory.answer(question, options));
      }
    }
    expect(loaded.eventNames()).toEqual(inMemory.eventNames());
  });

  it('gives back every passage, talk and event as they went in', async () => {
    const { data } = await readIndex(work);
    expect(Array.from({ length: data.passages.count }, (_, doc) => data.passages.passage(doc))).toEqual(corpus.passages);
    expect(data.talks).toEqual(corpus.talks);
    expect(data.events).toEqual(corpus.events);
  });

  it('recomputes which passages name a date when the file was built with another date pattern', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'istio-events-index-file-'));
    try {
      await writeIndex(serializeIndex(corpus), folder);
      const manifest = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8'));
      const file = unpackSections(await readFile(join(folder, manifest.dataFile)));
      const meta = file.meta as { passages: { datePattern: string; count: number } };
      const sections = Object.fromEntries(
        ['passages.json', 'talks.json', 'events.json'].map((name) => [name, file.text(name)] as const),
      ) as Record<string, string | Uint32Array | Uint8Array | Int32Array | Float64Array>;
      for (const name of ['passages.starts', 'passages.posts', 'passages.postKeys']) sections[name] = file.array(name, 'u32');
      for (const name of ['passages.events', 'passages.dates']) sections[name] = file.array(name, 'i32');
      sections['passages.langs'] = file.array('passages.langs', 'u8');
      sections['passages.flags'] = new Uint8Array(meta.passages.count);
      for (const prefix of ['passageIndex', 'talkIndex']) {
        sections[`${prefix}.terms`] = file.text(`${prefix}.terms`);
        for (const name of ['termStarts', 'fieldLength', 'starts', 'documents', 'frequencies']) sections[`${prefix}.${name}`] = file.array(`${prefix}.${name}`, 'u32');
        sections[`${prefix}.averageFieldLength`] = file.array(`${prefix}.averageFieldLength`, 'f64');
      }
      const rebuilt = packSections({ ...meta, passages: { ...meta.passages, datePattern: 'an older pattern' } }, sections);
      await writeFile(join(folder, manifest.dataFile), rebuilt);
      await writeFile(join(folder, MANIFEST_FILE), JSON.stringify({ ...manifest, dataHash: sha256(rebuilt) }));
      const loaded = await SearchEngine.load(folder);
      for (const question of ['when is istio day', 'ambient dates']) expect(loaded.answer(question)).toEqual(SearchEngine.fromCorpus(corpus).answer(question));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a data file whose hash matches but whose sections do not fit, as corrupt', async () => {
    const manifest = JSON.parse(await readFile(join(work, MANIFEST_FILE), 'utf8'));
    const original = unpackSections(await readFile(join(work, manifest.dataFile)));
    const broken = packSections(original.meta, { 'talks.json': '[]' });
    await writeFile(join(work, manifest.dataFile), broken);
    await writeFile(join(work, MANIFEST_FILE), JSON.stringify({ ...manifest, dataHash: sha256(broken) }));
    await expect(SearchEngine.load(work)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('npm run reindex') });
  });
});
