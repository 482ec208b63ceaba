/**
 * "Where can I buy…": the passage that links to the store ranks above one that only says where a
 * thing was handed out (a fixture of two posts: the store's passage is longer and says the thing
 * once, the kiosk's says it twice).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Finder, type Corpus } from '../../src/find/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { understand } from '../../src/understand/index.js';

let swag: Corpus;
beforeAll(async () => {
  swag = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/swag', import.meta.url))] });
});

const first = (question: string): string => Finder.fromCorpus(swag).passages(understand(question)).slice(0, 1)[0]?.passage.text ?? '';

describe('a store link answers where to buy', () => {
  it('ranks the passage that links to the store first when asked where to buy or get a thing', () => {
    expect(first('where can i buy an istio t-shirt')).toContain('CNCF Store');
    expect(first('where do i get istio t-shirts')).toContain('CNCF Store');
  });

  it('ranks by the words alone when nothing is asked of buying or getting', () => {
    expect(first('istio t-shirts kiosk')).toContain('handed out');
  });
});
