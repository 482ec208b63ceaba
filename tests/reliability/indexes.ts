import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, serializeIndex, writeIndex } from '../../src/indexer/index.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

/** A word only the extra posts use, so an answer shows which index gave it. */
export const NEW_WORD = 'glacierwatch';

/** Two self-written posts the fixture content does not have; each index generation adds one more. */
const EXTRA_POSTS = [
  {
    path: 'en/blog/2033/istio-day-reykjavik/index.md',
    url: 'https://istio.io/latest/blog/2033/istio-day-reykjavik/',
    text: `---
title: "Istio Day Reykjavik 2033"
description: "A made-up event by the harbour, for the live reindex tests."
publishdate: 2033-03-02
---

Istio Day Reykjavik 2033 met by the old harbour on a cold March morning.

## Talks

The ${NEW_WORD} team explained how their waypoints shed load when a whole region goes dark.
`,
  },
  {
    path: 'en/blog/2034/istio-day-tromso/index.md',
    url: 'https://istio.io/latest/blog/2034/istio-day-tromso/',
    text: `---
title: "Istio Day Tromsø 2034"
description: "A second made-up event, for the second swap of the live reindex tests."
publishdate: 2034-01-20
---

Istio Day Tromsø 2034 gathered operators under the polar night.

## Talks

A year on, the ${NEW_WORD} team came back with numbers from the northern lights dashboard.
`,
  },
] as const;

/** Post URLs of the extra posts, in the order the generations add them. */
export const EXTRA_POST_URLS = EXTRA_POSTS.map((post) => post.url);

/** A scratch folder, removed by the returned function. */
export async function scratch(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `istio-events-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A content folder: the fixture posts plus the first `extra` made-up posts (0, 1 or 2), so each
 * generation of the index has a post the previous one has not.
 */
export async function contentGeneration(root: string, extra: number): Promise<string> {
  const dir = join(root, `content-${extra}`);
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  for (const post of EXTRA_POSTS.slice(0, extra)) {
    const file = join(dir, post.path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, post.text, 'utf8');
  }
  return dir;
}

/** Builds `content` and writes it to `out` the way `npm run reindex` does. */
export async function reindex(content: string, out: string): Promise<void> {
  await writeIndex(serializeIndex(await buildCorpus({ contentDirs: [content] })), out);
}

const generations = new Map<string, ReturnType<typeof buildSerialized>>();

async function buildSerialized(content: string) {
  return serializeIndex(await buildCorpus({ contentDirs: [content] }));
}

/**
 * `reindex` for a folder made by `contentGeneration` and never changed afterwards: the build is the
 * same bytes every time (the indexer is deterministic), so it runs once per folder and only the write,
 * the part under test, is repeated. A folder whose posts a test changes needs `reindex`.
 */
export async function reindexGeneration(content: string, out: string): Promise<void> {
  let serialized = generations.get(content);
  if (!serialized) {
    serialized = buildSerialized(content);
    generations.set(content, serialized);
  }
  await writeIndex(await serialized, out);
}

/** Changes one byte in the middle of a file, as a bad disk or a careless edit would. */
export async function tamper(file: string): Promise<void> {
  const bytes = await readFile(file);
  const middle = bytes.length >> 1;
  bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
  await writeFile(file, bytes);
}
