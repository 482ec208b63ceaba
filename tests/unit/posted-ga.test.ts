/**
 * Asked when a release's stage was announced, the announcement's post answers with the day it was posted: "ga" is the
 * "General Availability" its title says, and "announced" says how news is told, which no title need repeat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { folderLines } from '../helpers/engine.js';

let line: (question: string) => string;
beforeAll(async () => {
  line = await folderLines('news-posted');
});

describe('the day a release stage was announced', () => {
  it('is the day its announcement was posted, asked with "ga" and "announced"', () => {
    for (const question of ['when was tidal mode ga announced', 'tidal mode general availability announced when']) {
      expect(line(question), question).toBe('Tidal Mode Reaches General Availability in v3.2: posted on 14 May 2036');
    }
  });

  it('is no line when the title does not name what is asked', () => {
    expect(line('when was tidal mode beta announced')).toBe('');
  });
});
