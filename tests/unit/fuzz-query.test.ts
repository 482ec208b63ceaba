import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/domain/index.js';
import { parseQuery } from '../../src/understand/index.js';
import { fixtureService } from '../helpers/engine.js';

/** Characters and words that mean something to the query parser, and some that mean nothing. */
const TOKENS = ['lang:', 'lang:zh', 'lang:en', 'lang:fr', 'year:', 'year:2024', 'year:24', 'event:', 'event:"istio day"', 'event:“伦敦”', 'event:kubecon', 'EVENT:Paris'];
const WORDS = ['help', '?', 'events', 'next', 'talks', 'speaker', '帮助', '活动', '下一个', '演讲者', 'ambient', 'Montreal', 'Istio Day 2023'];
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('"', '“', '”', ' ', '\t', '\n', ':', 'a', 'Z', '网', '😀', '\u0000', '\u200b', '\\', '<', '@') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
);
const noise = fc.string({ unit, maxLength: 40 });
const question = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.constantFrom(...WORDS), noise), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('parseQuery on any input', () => {
  it('never throws, and gives clean free text, real phrases and only well-formed filters', () => {
    fc.assert(
      fc.property(fc.oneof(question, fc.string({ maxLength: 300 })), (input) => {
        const parsed = parseQuery(input);
        expect(parsed.text).toBe(parsed.text.trim());
        expect(parsed.text).not.toMatch(/["“”]|\s{2}|[\t\n]/);
        for (const phrase of parsed.phrases) {
          expect(phrase).not.toBe('');
          expect(phrase).toBe(phrase.trim());
        }
        expect([null, 'en', 'zh']).toContain(parsed.lang);
        if (parsed.year !== null) expect(String(parsed.year)).toMatch(/^\d{4}$/);
        if (parsed.event !== null) {
          expect(parsed.event).not.toBe('');
          expect(parsed.event).toBe(parsed.event.trim());
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('finds a lang, year or event filter wherever it stands among other words, and takes it out of the text', () => {
    const plain = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 4 }).map((words) => words.join(' '));
    const filter = fc.oneof(
      fc.constantFrom('en', 'zh').map((lang) => ({ written: `lang:${lang}`, field: 'lang' as const, value: lang })),
      fc.integer({ min: 1000, max: 9999 }).map((year) => ({ written: `year:${year}`, field: 'year' as const, value: year })),
      fc.stringMatching(/^[a-z][a-z ]{0,10}[a-z]$/).map((name) => ({ written: `event:"${name}"`, field: 'event' as const, value: name })),
    );
    fc.assert(
      fc.property(plain, filter, plain, (before, { written, field, value }, after) => {
        const parsed = parseQuery(`${before} ${written} ${after}`);
        expect(parsed[field]).toEqual(value);
        expect(parsed.text).not.toContain(written);
      }),
    );
  });
});

describe('the engine on any question', () => {
  it('never throws, reads at most 500 characters, and says when it cut', async () => {
    const engine = await fixtureService();
    const long = fc.string({ unit, minLength: 480, maxLength: 2_000 });
    fc.assert(
      fc.property(fc.oneof(question, long), fc.integer({ min: -3, max: 20 }), fc.integer({ min: -5, max: 50 }), (input, limit, offset) => {
        const answer = engine.answer(input, { limit, offset });
        expect(answer.query.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
        expect(answer.truncated).toBe(input.trim().length > MAX_QUESTION_LENGTH);
        expect(answer.results.length).toBeLessThanOrEqual(Math.max(1, limit));
        expect(answer.total).toBeGreaterThanOrEqual(answer.results.length);
      }),
      { numRuns: 300 },
    );
  });
});
