import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCorpus, serializeIndex, writeIndex } from '../../src/indexer/index.js';
import { inLookupOrder, readIndex } from '../../src/store/index.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

type Terms = AsPlainObject['index'];

/** How many postings the terms beginning with each first character hold, in the order the terms come. */
function postingsByFirst(terms: Terms): [string, number][] {
  const counts = new Map<string, number>();
  for (const [term, fields] of terms) {
    const count = Object.values(fields).reduce((sum, documents) => sum + Object.keys(documents).length, 0);
    counts.set(term.charAt(0), (counts.get(term.charAt(0)) ?? 0) + count);
  }
  return [...counts];
}

/** Whether each character's terms come together, the characters beginning most postings first. */
function inOrder(terms: Terms): boolean {
  const firsts = terms.map(([term]) => term.charAt(0));
  const together = firsts.every((first, at) => at === 0 || first === firsts[at - 1] || !firsts.slice(0, at).includes(first));
  const counts = postingsByFirst(terms).map(([, count]) => count);
  return together && counts.every((count, at) => at === 0 || count <= (counts[at - 1] as number));
}

const DOCUMENTS = [
  { id: 0, text: 'zebra zone zero 网格 服务' },
  { id: 1, text: 'ambient mesh ambient mode 服务网格' },
  { id: 2, text: 'ambient ztunnel 网关 agenda' },
  { id: 3, text: 'amazing alpha apple 网络' },
];

/** What a search found, whatever the order of equal scores: each document's score and the terms it matched. */
function found(results: SearchResult[]): string[] {
  return results.map(({ id, score, terms }) => `${String(id)} ${score.toFixed(12)} ${[...terms].sort().join(',')}`).sort();
}

function miniSearch(): MiniSearch {
  const index = new MiniSearch({ fields: ['text'], tokenize: (text) => text.split(' ') });
  index.addAll(DOCUMENTS);
  return index;
}

describe('the stored order of index terms', () => {
  it('puts the terms of the characters beginning the most postings first, each character together', () => {
    const stored = miniSearch().toJSON();
    const ordered = inLookupOrder(stored);
    expect(inOrder(ordered.index)).toBe(true);
    expect(postingsByFirst(ordered.index).map(([first]) => first).slice(0, 3)).toEqual(['a', 'z', '网']);
    expect(new Map(ordered.index)).toEqual(new Map(stored.index));
  });

  // Documents of equal score may come in another order when a prefix or fuzzy search meets their terms in another order.
  it('loads into an index that finds the same documents with the same scores, prefix and fuzzy searches too', () => {
    const index = miniSearch();
    const loaded = MiniSearch.loadJS(inLookupOrder(index.toJSON()), { fields: ['text'], tokenize: (text) => text.split(' ') });
    for (const query of ['ambient', '网格', 'am', 'zeor', 'ambient 网关', 'nothing']) {
      const options = { prefix: true, fuzzy: 0.3 };
      expect(found(loaded.search(query, options))).toEqual(found(index.search(query, options)));
    }
  });

  it('is the order a reindex writes both search indexes in', async () => {
    const work = await mkdtemp(join(tmpdir(), 'istio-events-'));
    try {
      const corpus = await buildCorpus({ contentDirs: [FIXTURE_CONTENT] });
      await writeIndex(serializeIndex(corpus), work);
      const { data } = await readIndex(work);
      for (const stored of [data.passageIndex, data.talkIndex]) expect(inOrder([...(stored?.index ?? [])])).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
