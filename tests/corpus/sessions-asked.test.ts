/**
 * "Sessions" asks for talks, whatever headings hold the word: the istio.io announcement of KubeCon North America 2025
 * lists its talks under "Istio Day and Key Sessions", which names no Istio Day's programme.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { Answerer } from '../../src/answer/index.js';

const config = loadConfig();
const root = resolve(config.istioContent);
if (!existsSync(join(root, 'en'))) {
  throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT to a checkout of istio.io/content.`);
}
const engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: ['content', root], siteBaseUrl: config.siteBaseUrl }));

describe('sessions asked of an Istio Day the time word picks', () => {
  it('lists that Istio Day’s talks, not those of a conference whose heading says "Istio Day and Key Sessions"', () => {
    const latest = engine.answer('sessions at the latest istio day');
    expect(latest.direct?.text).toMatch(/^Talks at Istio Day North America 2025\b/);
    expect(new Set(latest.talks.map((talk) => talk.event))).toEqual(new Set(['Istio Day North America 2025']));
    expect(engine.answer('sessions from the first istio day').direct?.text).toMatch(/^Talks at Istio Day Europe 2023\b/);
  });
});
