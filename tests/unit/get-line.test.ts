/**
 * "where can I buy…", "what did the kiosk hand out": the answer line quotes the sentence that says
 * where the thing is sold or handed out, from a passage of the first page (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

/** The sentence a line quotes after the post's title ("Title: sentence"). */
const quoted = (text: string | undefined): string => (text ?? '').replace(/^.*?[)）][:：]\s*|^[^:：]*[:：]\s*/u, '');

describe('where to get it: the line quotes the sentence that says where it is sold or handed out', () => {
  it('quotes the store a book is sold at, from a passage of the first page, in en and zh', () => {
    const answer = engine.answer('where can i buy the izzy book');
    expect(answer.direct?.text).toMatch(/at the CNCF store at the conference and then in the CNCF online store\.$/);
    const source = answer.results.find((result) => result.text.includes(quoted(answer.direct?.text)));
    expect(source?.url).toBe(answer.direct?.url);
    expect(engine.answer('izzy 绘本 哪里买').direct?.text).toMatch(/CNCF 商店出售/);
  });

  it('quotes a giveaway or what a kiosk handed out when asked what was given away or handed out', () => {
    expect(engine.answer('free izzy book given away where').direct?.text).toMatch(/signed and gave away free copies/);
    expect(engine.answer('what did the istio kiosk hand out in atlanta').direct?.text).toMatch(/handed out a new Istio T-shirt\.$/);
  });

  it('gives no line from a sentence that only says there was a kiosk, nor for a question that asks nothing of getting', () => {
    expect(engine.answer('where can i get istio things at kubecon paris').direct).toBeUndefined();
    expect(engine.answer('istio kiosk at kubecon paris').direct).toBeUndefined();
  });
});
