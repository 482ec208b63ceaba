/**
 * Asked something of a call for proposals beyond the call itself, the passage that answers it is shown first beside
 * the call's line: asked how long a format is, the passage that gives its length, not one that only names the format;
 * and a passage under the call's heading counts as about the call even when its own words do not say "proposals".
 */
import { describe, expect, it } from 'vitest';
import { callLead } from '../../src/answer/deadline.js';
import type { Ranked } from '../../src/find/index.js';
import type { Lang, Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const EVENT = 'Istio Summit 2031';

function ranked(lang: Lang, id: string, text: string, headings: string[] = []): Ranked {
  const url = `https://example.org/${id}`;
  const passage = {
    id,
    postId: id,
    translationKey: id,
    title: EVENT,
    headings,
    url,
    postUrl: url,
    lang,
    date: '2031-05-01',
    published: '2031-01-01',
    event: EVENT,
    text,
    links: { videos: [], slides: [], schedule: [], other: [] },
  } as unknown as Passage;
  return { passage, score: 1, terms: () => [] };
}

const leadOf = (q: string, passages: Ranked[]): string | undefined => {
  const question = understand(q);
  const line = { text: `Call for proposals of ${EVENT}`, url: 'https://example.org/cfp', lang: question.lang };
  return callLead(line, EVENT, passages, question, true, ['workshops', '研讨会']).first?.passage.id;
};

describe('the passage shown first with a call for proposals line', () => {
  it('asked how long a format lasts, is the one that gives its length', () => {
    const passages = [
      ranked('en', 'intro', 'Submit a session proposal through the CFP portal: the summit offers keynotes, lightning talks and workshops.'),
      ranked('en', 'formats', 'Choose from these formats to submit a proposal: Workshop: 160-minute hands-on session with 1–4 speakers.'),
    ];
    expect(leadOf('istio summit 2031 cfp, how long are workshops', passages)).toBe('formats');
  });

  it('counts a passage under the call heading as about the call', () => {
    const passages = [
      ranked('zh', 'tracks', '演讲提案通过 Sessionize 提交，分为四个主题方向。', ['演讲征集']),
      ranked('zh', 'formats', '形式包括 40 分钟演讲和 160 分钟动手研讨会。', ['演讲征集']),
    ];
    expect(leadOf('istio summit 2031 征稿 研讨会多长', passages)).toBe('formats');
  });
});

describe('the passage shown first under a call line when the ranking puts another event first', () => {
  it("leads with the named event's call, not another event's timeline", () => {
    const other = ranked('en', 'other', 'Sunday, August 6: CFP Closes. Thursday, September 7: Speaker Notifications.', ['Timeline']);
    const otherPassage = { ...other, passage: { ...other.passage, event: 'Istio Summit 2030' } as Passage };
    const own = ranked('en', 'own', 'Proposals were accepted through the portal until 12 February.', ['Call for proposals']);
    expect(leadOf('istio summit 2031 cfp timeline', [otherPassage, own])).toBe('own');
    expect(leadOf('istio summit 2031 cfp timeline', [own, otherPassage])).toBeUndefined();
  });
});
