import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasesOf } from '../../src/understand/index.js';

/**
 * What `phrasesOf` promises, written the way it was first built: one Unicode regular expression. The matcher must
 * answer as this does for every text.
 */
function asPattern(words: readonly string[]): RegExp {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const han = words.filter((word) => /\p{Script=Han}/u.test(word));
  const latin = words.filter((word) => !han.includes(word));
  const parts = [...(latin.length ? [`(?<![\\p{L}\\p{N}])(?:${latin.map(escape).join('|')})(?![\\p{L}\\p{N}])`] : []), ...han.map(escape)];
  return new RegExp(parts.join('|') || '(?!)', 'iu');
}

const WORDS = ['talk', 'talks', 'sign up', 't-shirt', "what's", '# of', 'cfp', 'Q&A', '演讲', 'T 恤', '报名', '报告', 'PPT下载'];
/** A list long enough that its one-word entries are looked up among the text's words rather than searched for. */
const LONG = [...WORDS, 'slides', 'video', 'Keynote', 'agenda', 'when', 'where', 'who', 'izzy2'];
/** Pieces that sit next to the words and decide whether they stand alone: letters of every script, digits, marks, an astral letter. */
const unit = fc.constantFrom('izzy2', 'Slides', 'keynotes', 'WHO', 'talk', 'TALK', 'Talks', 'sign up', 'signup', 't-shirt', "what's", '# of', 'cfp', 'q&a', '演讲', 't 恤', '报', '名', '告', 'ppt下载', 'PPT', 'é', 'É', 'ß', 'İ', '7', '٣', '_', '-', ' ', '?', '𝐀', '😀', 'x', '\u0301');
const text = fc.array(unit, { maxLength: 8 }).map((parts) => parts.join(''));

describe('phrasesOf', () => {
  it('finds Latin words standing alone, Han words anywhere, in any case', () => {
    const phrases = phrasesOf(WORDS);
    expect(phrases.test('Who gave the TALK?')).toBe(true);
    expect(phrases.test('talking points')).toBe(false);
    expect(phrases.test('the 2024 talks')).toBe(true);
    expect(phrases.test('talk2')).toBe(false);
    expect(phrases.test('谁的talk')).toBe(false);
    expect(phrases.test('kubecon 演讲有哪些')).toBe(true);
    expect(phrases.test('哪里领T 恤')).toBe(true);
    expect(phrases.test('how do I Sign Up')).toBe(true);
    expect(phrasesOf([]).test('anything')).toBe(false);
  });

  it.each([
    ['a short list', WORDS],
    ['a long list', LONG],
  ])('answers as the Unicode pattern it replaced, for any text, with %s', (_, words) => {
    const phrases = phrasesOf(words);
    const pattern = asPattern(words);
    fc.assert(
      fc.property(text, (said) => {
        expect(phrases.test(said)).toBe(pattern.test(said));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads each text afresh when texts alternate', () => {
    const phrases = phrasesOf(LONG);
    const other = phrasesOf(['agenda']);
    expect([phrases.test('the keynote'), other.test('the agenda'), phrases.test('the keynotes'), phrases.test('WHERE?')]).toEqual([true, true, false, true]);
  });

  it('has texts that tell a whole-word test from a substring test', () => {
    // The generated texts must reach the edges the matcher tests: a plain substring search disagrees with the pattern on some.
    const pattern = asPattern(WORDS);
    const substring = (said: string): boolean => WORDS.some((word) => said.toLowerCase().includes(word.toLowerCase()));
    const disagree = fc.sample(text, { numRuns: 3_000, seed: 7 }).filter((said) => substring(said) !== pattern.test(said));
    expect(disagree.length).toBeGreaterThan(100);
  });
});
