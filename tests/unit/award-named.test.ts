import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

/** A recap that tells two awards, each won by someone else, in en and zh. */
const AWARDS = fileURLToPath(new URL('../fixtures/awards', import.meta.url));

let engine: Answerer;
beforeAll(async () => {
  engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [AWARDS] }));
});

describe('who won an award named', () => {
  it('answers with the sentence that names the award asked about', () => {
    expect(engine.answer('who received the night owl award').direct?.text).toMatch(/Kenji Arai received the Night Owl Award/);
    expect(engine.answer('夜猫子奖颁给了谁').direct?.text).toMatch(/Kenji Arai 获得“夜猫子奖”/);
  });

  it('gives no line naming another award\'s winner when the posts name no winner of the award asked about', () => {
    for (const asked of ['who received the end user award', '谁拿了最终用户奖', '谁获得了开源贡献奖']) {
      const line = engine.answer(asked).direct?.text ?? '';
      expect(line).not.toMatch(/Marta Olsen|Kenji Arai/);
    }
  });

  it('still answers a question that names no award by name with the awards the posts tell', () => {
    expect(engine.answer('who got an award at kubecon 2033').direct?.text).toMatch(/Marta Olsen|Kenji Arai/);
  });
});
