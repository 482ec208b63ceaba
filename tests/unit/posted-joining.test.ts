/**
 * "when did istio become a foundation project": the post that says the project applied to become one announces the
 * application, not the joining; the acceptance post, whose title says joining in other words, dates it.
 */
import { describe, expect, it } from 'vitest';
import { postedLine } from '../../src/answer/posted-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const passage = (title: string, text: string, lang: 'en' | 'zh', published: string): Passage =>
  ({ id: title, postId: title, title, url: `https://example.org/${published}/`, postUrl: `https://example.org/${published}/`, text, lang, headings: [], event: null, date: published, published, links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const rankedOf = (...passages: Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const applied = passage('Istio has applied to become a Harbour Foundation project', 'We are pleased to announce that Istio has applied to join the Harbour Foundation today.', 'en', '2031-04-25');
const accepted = passage("Announcing Istio's acceptance as a Harbour Foundation project", 'We are pleased to share that Istio is now a Harbour Foundation project.', 'en', '2031-09-28');
const zhApplied = passage('Istio 已申请成为 Harbour 基金会项目', '我们很高兴宣布 Istio 今天申请加入 Harbour 基金会。', 'zh', '2031-04-25');
const zhAccepted = passage('官宣：Harbour 基金会正式接受 Istio 成为项目', '我们很高兴地分享：Istio 现已成为 Harbour 基金会项目。', 'zh', '2031-09-28');

describe('when a project joined', () => {
  it('is dated by the acceptance, not by the application ranked above it', () => {
    expect(postedLine(understand('when did istio become a harbour foundation project'), rankedOf(applied, accepted))?.direct?.text).toBe(
      "Announcing Istio's acceptance as a Harbour Foundation project: posted on 28 September 2031",
    );
    expect(postedLine(understand('istio 什么时候加入 harbour 基金会'), rankedOf(zhApplied, zhAccepted))?.direct?.text).toBe('官宣：Harbour 基金会正式接受 Istio 成为项目：发布于 2031 年 9 月 28 日');
  });

  it('is the application when the question asks when it applied', () => {
    expect(postedLine(understand('when did istio apply to the harbour foundation'), rankedOf(applied, accepted))?.direct?.text).toBe('Istio has applied to become a Harbour Foundation project: posted on 25 April 2031');
  });

  it('gives no line when only the application is on the page', () => {
    expect(postedLine(understand('when did istio become a harbour foundation project'), rankedOf(applied))).toBeUndefined();
  });
});
