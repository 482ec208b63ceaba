/** Every passage of an index of the istio.io tree holds clean text only. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { remainsIn } from '../helpers/clean-text.js';

const config = loadConfig();
const root = resolve(config.istioContent);
if (!existsSync(join(root, 'en'))) throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT.`);
const corpus = await buildCorpus({ contentDirs: [root], siteBaseUrl: config.siteBaseUrl });

describe('passage text of the istio.io corpus index', () => {
  it('holds no link labels, shortcode remains, markdown or HTML', () => {
    expect(remainsIn(corpus.passages)).toEqual([]);
  });
});
