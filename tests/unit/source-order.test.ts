/**
 * Which passage a line quotes a fact from: of the first page, an istio.io original before the project's own summary of
 * the same event, so the line says the fact as the post people read writes it ("open until February 14th"); the summary's
 * retelling only when no original says it. The summaries are the shipped ones; each original is written here, as an
 * istio.io announcement would word the same fact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { callLead } from '../../src/answer/deadline.js';
import { gettingLine } from '../../src/answer/get-line.js';
import { isProjectSummary, originalsFirst } from '../../src/domain/index.js';
import type { Corpus, Ranked } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedIndexes } from '../helpers/engine.js';

let corpus: Corpus;
beforeAll(async () => {
  ({ corpus } = await shippedIndexes());
});

const ranked = (passages: readonly Passage[]): Ranked[] => passages.map((passage, at) => ({ passage, score: 100 - at, terms: () => [] }));
const summaryOf = (postId: string, text: RegExp): Passage => {
  const found = corpus.passages.find((passage) => passage.postId === postId && text.test(passage.text));
  if (!found) throw new Error(`no passage of ${postId} says ${text}`);
  return found;
};
/** An istio.io post's passage about the same event, in its own words. */
const original = (of: Passage, postId: string, text: string): Passage => ({ ...of, id: `${of.lang}:${postId}#1`, postId, text, facts: { ...of.facts, date: true } });

describe('where a passage comes from', () => {
  it("tells the project's event summaries from the istio.io posts and banners", () => {
    expect(isProjectSummary('en/events/2023/istio-day-europe-amsterdam')).toBe(true);
    expect(isProjectSummary('zh/events/2021/istio-meetup-china-beijing')).toBe(true);
    expect(isProjectSummary('en/blog/2023/istioday-kubecon-eu/index')).toBe(false);
    expect(isProjectSummary('zh/events/banners/istio-day-eu-2024')).toBe(false);
    expect(isProjectSummary('en/events/index')).toBe(false);
  });

  it('puts the originals before the summaries, each in its order', () => {
    const posts = ['en/events/2023/a', 'en/blog/2023/b/index', 'en/events/2023/c', 'en/blog/2023/d/index'];
    expect(originalsFirst(posts, (post) => post)).toEqual(['en/blog/2023/b/index', 'en/blog/2023/d/index', 'en/events/2023/a', 'en/events/2023/c']);
  });
});

describe("a call's deadline in the line", () => {
  const line = { text: 'Call for proposals of Istio Day Europe 2023', url: 'https://example.org/cfp', lang: 'en' as const };

  it("is said as the istio.io announcement writes it, though the summary's passage ranks above it", () => {
    const summary = summaryOf('en/events/2023/istio-day-europe-amsterdam', /until 12 February/);
    const announcement = original(summary, 'en/blog/2023/istioday-porto-like/index', 'Submit a session proposal through the CNCF event portal, which is open until February 12th.');
    const lead = callLead(line, 'Istio Day Europe 2023', ranked([summary, announcement]), understand('istio day europe 2023 proposals due when?'), true, []);
    expect(lead.direct?.text).toBe('Call for proposals of Istio Day Europe 2023, closed on February 12th');
  });

  it("is the summary's when no original on the first page gives it", () => {
    const summary = summaryOf('en/events/2023/istio-day-europe-amsterdam', /until 12 February/);
    const lead = callLead(line, 'Istio Day Europe 2023', ranked([summary]), understand('istio day europe 2023 proposals due when?'), true, []);
    expect(lead.direct?.text).toBe('Call for proposals of Istio Day Europe 2023, closed on 12 February');
  });
});

describe('where a thing is got, in the line', () => {
  it("quotes the istio.io post's sentence before the summary's retelling", () => {
    const summary = summaryOf('zh/events/2025/istio-day-europe-london', /免费赠送了 Istio Phippy 绘本/);
    // The same sentence, as another post might word it.
    const post = original(summary, 'zh/blog/2025/kubecon-eu-like/index', summary.text.replace('维护者 Lin Sun 和 Faseela K 为读者签名', '两位作者当场为读者签名'));
    const lead = gettingLine(understand('伦敦 kubecon 的 izzy 签名绘本 是送的还是要买'), ranked([summary, post]), () => [], corpus.passages);
    expect(lead?.direct?.text).toContain('两位作者当场为读者签名');
  });
});
