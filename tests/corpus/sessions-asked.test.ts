/**
 * "Sessions" asks for talks, whatever headings hold the word: the istio.io announcement of KubeCon North America 2025
 * lists its talks under "Istio Day and Key Sessions", which names no Istio Day's programme.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';

const engine = await corpusEngine();

describe('sessions asked of an Istio Day the time word picks', () => {
  it('lists that Istio Day’s talks, not those of a conference whose heading says "Istio Day and Key Sessions"', () => {
    const latest = engine.answer('sessions at the latest istio day');
    expect(latest.direct?.text).toMatch(/^Talks at Istio Day North America 2025\b/);
    expect(new Set(latest.talks.map((talk) => talk.event))).toEqual(new Set(['Istio Day North America 2025']));
    expect(engine.answer('sessions from the first istio day').direct?.text).toMatch(/^Talks at Istio Day Europe 2023\b/);
  });
});
