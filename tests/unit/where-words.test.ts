/**
 * Where an event was, asked by the part of a venue ("which hall", "which room", "哪个展厅") or with "where" typed short
 * ("whre"): the event's line, which names its venue where the posts give one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('where, asked by a part of the venue', () => {
  it('gives the venue of the event named, in en and zh', () => {
    expect(engine.answer('amsterdam istio day 2023, what room?').direct?.text).toContain('RAI');
    expect(understand('北京 meetup 是哪个会议室').ask).toBe('where');
  });
});

describe('"where" typed short', () => {
  it('asks where', () => {
    expect(understand('whre was istio day eu 2024').ask).toBe('where');
    expect(engine.answer('wehre is istio day na 2023').direct?.text).toContain('McCormick Place');
  });
});
