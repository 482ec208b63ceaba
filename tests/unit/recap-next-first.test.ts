/**
 * Asked which event followed a past one, or what happened after it, the page shows the recap's own farewell that names
 * the next stop ("See you in Montreal in November 2037!"), as the post published it, beside the project's retelling.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

const NOW = new Date('2038-01-01T00:00:00Z');
let engine: Answerer;
beforeAll(async () => {
  engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/recap-next', import.meta.url))] }));
});

const firstPage = (question: string): string[] => engine.answer(question, { now: NOW }).results.slice(0, 3).map((result) => result.text);

describe('the recap that points at the next stop', () => {
  it('is on the first page when asked which event came next, below the passage dating it', () => {
    const answer = engine.answer('after lisbon 2037 which istio day came next', { now: NOW });
    expect(answer.direct?.text).toBe('Istio Day North America 2037: 9 November 2037, Montreal');
    expect(answer.results[0]?.text).toContain('took place in Montreal on 9 November');
    expect(answer.results[1]?.text).toContain('See you in Montreal in November 2037!');
  });

  it('leads, with the project post telling what came next, when asked what happened after it', () => {
    const page = firstPage('what happened after istio day lisbon 2037');
    expect(page[0]).toContain('See you in Montreal in November 2037!');
    expect(page[1]).toContain('The community met again at Istio Day North America 2037');
  });
});
