import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, MAX_BUTTON_VALUE } from '../../../src/adapters/slack/values.js';

describe('button values', () => {
  it('carry the question, the offset and the language there and back', () => {
    const value = { q: 'event:"istio day" year:2024', o: 3, l: 'en' as const };
    expect(decodeValue(encodeValue(value))).toEqual(value);
  });

  it('fit in 2000 characters whatever the question, shortening only the question', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.nat(10_000), (q, o) => {
        const encoded = encodeValue({ q, o, l: 'zh' });
        expect(encoded.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
        const decoded = decodeValue(encoded);
        expect(decoded?.o).toBe(o);
        expect(q.startsWith(decoded?.q ?? '\u0000never')).toBe(true);
      }),
    );
  });

  it('refuse anything we did not make', () => {
    for (const raw of [undefined, '', 'ambient', '{"q":1,"o":0,"l":"en"}', '{"q":"a","o":-1,"l":"en"}', '{"q":"a","o":0,"l":"fr"}']) {
      expect(decodeValue(raw)).toBeUndefined();
    }
  });
});
