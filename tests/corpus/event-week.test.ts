/** Over istio.io's posts, which give KubeCon Europe 2024's week (19–22 March) but not Observability Day's own day. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { corpusEngine } from '../helpers/istio-corpus.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await corpusEngine('istio-first');
}, 120_000);

describe('a co-located day dated by its conference week', () => {
  it('is said to be held during the conference, and the week is not said to be how long it went on', () => {
    expect(engine.answer('observability day paris, what dates?').direct?.text).toMatch(/^Observability Day Europe 2024: during KubeCon \+ CloudNativeCon Europe 2024, 19 to 22 March 2024/);
    expect(engine.answer('observability day 2024 how long did it last').direct?.text ?? '').not.toMatch(/19 to 22 March/);
    // A day with its own date is said as before.
    expect(engine.answer('how long was istio day paris').direct?.text).toMatch(/^Istio Day Europe 2024: 19 March 2024/);
  });
});
