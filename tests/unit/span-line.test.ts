/**
 * How long an event went on, when the knowledge holds no last day for it, is answered by the sentence that says the length
 * in words ("a weeklong … conference"), not by a count of minutes or people. Fixture post of 2035.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { folderLines } from '../helpers/engine.js';

let line: (question: string) => string;
beforeAll(async () => {
  line = await folderLines('span');
});

describe('how long an event went on', () => {
  it('is the sentence that says its length in words', () => {
    expect(line('how long was istiocon 2035')).toMatch(/weeklong/);
    expect(line('istiocon 2035 duration?')).toMatch(/weeklong/);
  });

  it('leaves the length of a talk to the formats, not the event\'s', () => {
    expect(line('how long is a lightning talk at istiocon 2035')).not.toMatch(/weeklong/);
  });
});
