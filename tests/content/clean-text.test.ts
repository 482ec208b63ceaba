/** The shipped index (index/, what `npm start` answers from) holds clean passage text only. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIndex } from '../../src/store/index.js';
import { REMAINS, remainsIn } from '../helpers/clean-text.js';

const INDEX = fileURLToPath(new URL('../../index', import.meta.url));
const { data } = await readIndex(INDEX);

describe('passage text of the shipped index', () => {
  it('holds no link labels, shortcode remains, markdown or HTML', () => {
    expect(remainsIn(data.passages)).toEqual([]);
  });

  it('would be caught: each check finds what it looks for', () => {
    const passage = data.passages[0];
    if (!passage) throw new Error('the shipped index has no passages');
    const dirty = ['…by Jim Barton (Solo.io). ▶ Video. The closing…', 'A talk. Slides · Schedule.', 'Text {{< youtube x >}}', 'See [this](https://x.io)', 'A **bold** word', 'A <br> break'];
    for (const text of dirty) expect(remainsIn([{ ...passage, text }]), text).not.toEqual([]);
    expect(Object.keys(REMAINS).length).toBe(6);
  });
});
