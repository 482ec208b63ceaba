/** The shipped index (index/, what `npm start` answers from) holds clean passage text only; so does every post of tests/fixtures/clean-text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMarks } from '../../src/find/index.js';
import { parsePost, publishedPassages } from '../../src/indexer/index.js';
import { processTerm, readIndex, tokenizeWithOffsets } from '../../src/store/index.js';
import { REMAINS, remainsIn } from '../helpers/clean-text.js';

const INDEX = fileURLToPath(new URL('../../index', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/clean-text', import.meta.url));
const { data } = await readIndex(INDEX);

describe('passage text of the shipped index', () => {
  it('holds no link labels, shortcode remains, markdown or HTML', () => {
    expect(remainsIn(data.passages)).toEqual([]);
  });

  it('would be caught: each check finds what it looks for', () => {
    const passage = data.passages[0];
    if (!passage) throw new Error('the shipped index has no passages');
    const dirty = [
      '…by Jim Barton (Solo.io). ▶ Video. The closing…',
      'A talk. Slides · Schedule.',
      'Text {{< youtube x >}}',
      'See [this](https://x.io)',
      'A **bold** word',
      'A <br> break',
      '五家公司[^1]：',
      'End of February. ![/someone/logo.jpg]',
      'A huge crowd: - Project Lightning Talk',
      'when [SAP presented] (link to be added).',
    ];
    for (const text of dirty) expect(remainsIn([{ ...passage, text }]), text).not.toEqual([]);
    expect(Object.keys(REMAINS).length).toBe(10);
  });
});

interface Expected {
  path: string;
  why: string;
  /** A word of the post a question may match: the clean text still holds it where a mark can find it. */
  marked: string;
  texts: string[];
}

describe('clean passage text (tests/fixtures/clean-text/<case>/input.md → expected.json)', () => {
  for (const name of readdirSync(FIXTURES)) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.why}`, () => {
      const outcome = parsePost(expected.path, readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      if (outcome.kind !== 'post') throw new Error(`expected a post, got ${outcome.kind}`);
      const passages = publishedPassages(outcome.post);
      expect(passages.map((passage) => passage.text)).toEqual(expected.texts);
      expect(remainsIn(passages)).toEqual([]);
      // The index term a question's word matches, as the query side marks it.
      const terms = tokenizeWithOffsets(expected.marked).map((token) => processTerm(token.term) ?? '');
      const marked = passages.flatMap((passage) => findMarks(passage.text, terms).map((mark) => passage.text.slice(mark.start, mark.end)));
      expect(marked.map((word) => word.toLowerCase())).toContain(expected.marked.toLowerCase());
    });
  }
});
