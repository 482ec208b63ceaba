/**
 * Over istio.io's posts and ours, as `npm run eval` indexes them (the order and the pure parts: tests/unit/source-order.test.ts).
 * A line that quotes a fact from the passages quotes it as the istio.io post writes it, the source the user is pointed to,
 * before the project's own summary of the event that retells it in other words ("open until February 12", not "until
 * 12 February"); the summary is quoted only when no original gives the fact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { corpusEngine } from '../helpers/istio-corpus.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await corpusEngine('istio-first');
});

describe("a call's dates in the line", () => {
  it('gives the deadline as the istio.io announcement writes it', () => {
    for (const question of ['istio day europe 2023 proposals due when?', 'last day for istio day europe 2023 proposals']) {
      const line = engine.answer(question).direct?.text ?? '';
      expect(line, question).toContain('February 12');
      expect(line, question).not.toContain('12 February');
    }
  });

  it('gives the day speakers hear back as the call post writes it', () => {
    expect(engine.answer('istio day north america 2023 - when were speakers notified?').direct?.text).toMatch(/notified on (?:Thursday, )?September 7$/);
  });
});

describe('where a thing is got, in the line', () => {
  it("quotes the istio.io post's sentence on the signed book given away in London", () => {
    expect(engine.answer('伦敦 kubecon 的 izzy 签名绘本 是送的还是要买').direct?.text).toContain('免费领取作者签名的书籍');
    expect(engine.answer('free signed izzy book at kubecon london - how do i get one').direct?.text).toContain('grab a free, signed copy of the book from the authors');
  });
});
