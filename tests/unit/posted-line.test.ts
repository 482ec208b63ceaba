/** Asked when a piece of news happened that no passage dates, the line gives the day its announcement was posted. */
import { describe, expect, it } from 'vitest';
import { postedLine } from '../../src/answer/posted-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const passage = (title: string, text: string, lang: 'en' | 'zh', facts: Passage['facts'] = {}): Passage =>
  ({ id: title, postId: title, title, url: 'https://example.org/news/#0', postUrl: 'https://example.org/news/', text, lang, headings: [], event: null, date: '2031-06-02', published: '2031-06-02', links: { videos: [], slides: [], schedule: [], other: [] }, facts }) as unknown as Passage;
const rankedOf = (...passages: Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const news = passage("Announcing Istio's sandbox exit within the foundation", 'We are delighted to announce that Istio has now left the sandbox.', 'en');
const zhNews = passage('Istio 正式退出沙箱的公告', '我们很高兴地宣布 Istio 现已退出沙箱。', 'zh');

describe('the posted line', () => {
  it('dates the news by its announcement, in the question\'s language, with the post as its source', () => {
    expect(postedLine(understand('when did istio exit the sandbox'), rankedOf(news))?.direct).toEqual({ text: "Announcing Istio's sandbox exit within the foundation: posted on 2 June 2031", url: 'https://example.org/news/', lang: 'en' });
    expect(postedLine(understand('istio 什么时候退出沙箱'), rankedOf(zhNews))?.direct?.text).toBe('Istio 正式退出沙箱的公告：发布于 2031 年 6 月 2 日');
  });

  it('finds the announcement on the first page below an event recap that mentions the news, and shows it first', () => {
    const recap = { ...passage('Istio at the 2031 conference', 'The week celebrated the sandbox exit.', 'en', { date: true }), event: 'Conference 2031' } as Passage;
    const lead = postedLine(understand('when did istio exit the sandbox'), rankedOf(recap, news));
    expect(lead?.direct?.text).toMatch(/posted on 2 June 2031$/);
    expect(lead?.first?.passage).toBe(news);
    // Four recaps above it: the fifth passage is still looked at, a sixth is not.
    const recaps = (count: number) => Array.from({ length: count }, () => recap);
    expect(postedLine(understand('when did istio exit the sandbox'), rankedOf(...recaps(4), news))?.first?.passage).toBe(news);
    expect(postedLine(understand('when did istio exit the sandbox'), rankedOf(...recaps(5), news))).toBeUndefined();
  });

  it('says nothing when the title does not name what is asked', () => {
    expect(postedLine(understand('when did istio get a new logo'), rankedOf(news))).toBeUndefined();
    expect(postedLine(understand('who announced the sandbox exit'), rankedOf(news))).toBeUndefined();
    // An announcement of something to come is no date of it: its post dates it in its own words.
    const coming = passage("Istio's sandbox exit stream", 'The community is hosting a stream to mark the sandbox exit.', 'en');
    expect(postedLine(understand('when was the sandbox exit stream'), rankedOf(coming))).toBeUndefined();
  });

  it('quotes the sentence of the first passage that dates the news, rather than the day the passage was posted', () => {
    const dated = passage("Announcing Istio's sandbox exit within the foundation", 'The foundation is glad. Istio exited the sandbox on 1 June 2031, after a vote.', 'en', { date: true });
    expect(postedLine(understand('when did istio exit the sandbox'), rankedOf(dated))?.direct).toEqual({
      text: "Announcing Istio's sandbox exit within the foundation: Istio exited the sandbox on 1 June 2031, after a vote.",
      url: 'https://example.org/news/#0',
      lang: 'en',
    });
    // A recap of another event that tells the news with its day: the sentence, not the event, dates it.
    const recap = { ...passage('The 2032 book launch', 'The launch came a year later. On 3 May 2031 the committee introduced the mascot.', 'en', { date: true }), event: 'Book launch 2032' } as Passage;
    expect(postedLine(understand('when was the mascot introduced'), rankedOf(recap))?.direct?.text).toBe('The 2032 book launch: On 3 May 2031 the committee introduced the mascot.');
    // In Chinese, a word typed with its closing particle (公布的) is found as the sentence writes it (公布了).
    const zhRecap = { ...passage('2032 年绘本发布', '绘本一年后推出。2031 年 5 月 3 日，委员会公布了吉祥物。', 'zh', { date: true }), event: 'Book launch 2032' } as Passage;
    expect(postedLine(understand('吉祥物 什么时候公布的'), rankedOf(zhRecap))?.direct?.text).toBe('2032 年绘本发布：2031 年 5 月 3 日，委员会公布了吉祥物。');
  });

  it('quotes no sentence that lacks a word asked, gives no year, or is not in the first passage', () => {
    const recap = { ...passage('The 2032 book launch', 'On 3 May 2031 the committee introduced the mascot. On 4 May the mascot was renamed.', 'en', { date: true }), event: 'Book launch 2032' } as Passage;
    expect(postedLine(understand('when was the mascot retired'), rankedOf(recap))).toBeUndefined();
    expect(postedLine(understand('when was the mascot renamed'), rankedOf(recap))).toBeUndefined();
    expect(postedLine(understand('when was the mascot introduced'), rankedOf(passage('Other', 'Nothing here.', 'en'), recap))).toBeUndefined();
  });
});
