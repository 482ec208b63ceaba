/**
 * Short searches typed as a bot command, read for what they most likely want (round 16, my own wordings): a programme
 * people join ("the cncf ambassador programme") is no event's schedule, so no schedule line is given.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';
import { understand } from '../../src/understand/index.js';

const engine = await corpusEngine('istio-first');

describe('a programme people join', () => {
  it('gives no schedule line, and the passage naming the ambassadors first', () => {
    const answer = engine.answer('which istio maintainers are part of the cncf ambassador program');
    expect(answer.direct?.text ?? '').not.toMatch(/^Schedule of/);
    expect(answer.results[0]?.text).toMatch(/named CNCF Ambassadors/);
  });
});
