import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

/** A 2033 recap that tells two awards, each won by someone else, and a 2035 one whose Night Owl Award went to another; en and zh. */
const AWARDS = fileURLToPath(new URL('../fixtures/awards', import.meta.url));

let engine: Answerer;
beforeAll(async () => {
  engine = Answerer.fromCorpus(await buildCorpus({ contentDirs: [AWARDS] }));
});

describe('who won an award named', () => {
  it('answers with the sentence that names the award asked about', () => {
    expect(engine.answer('who received the golden wrench award').direct?.text).toMatch(/Marta Olsen received the Golden Wrench Award/);
    expect(engine.answer('金扳手奖颁给了谁').direct?.text).toMatch(/Marta Olsen 获得“金扳手奖”/);
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

  it('answers the first or the latest time an award was given with that year\'s winners, wherever the post ranks', () => {
    expect(engine.answer('who won the first night owl award').direct?.text).toMatch(/^Istio at KubeCon 2033: Kenji Arai/);
    expect(engine.answer('第一次夜猫子奖是谁获得的').direct?.text).toMatch(/Kenji Arai/);
    expect(engine.answer('most recent night owl award winner').direct?.text).toMatch(/^Istio at KubeCon 2035: Ines Duarte/);
  });
});
