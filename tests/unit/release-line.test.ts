/**
 * "which version did X reach beta", "X 哪个版本 GA 的": asked which release something happened in, the line is the
 * post's title that names the release, or the sentence of a first-page passage that names it and holds every word asked.
 */
import { describe, expect, it } from 'vitest';
import { releaseLine } from '../../src/answer/release-line.js';
import type { RankedPassages } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { understand } from '../../src/understand/index.js';

const passage = (title: string, text: string, lang: 'en' | 'zh', anchor = ''): Passage =>
  ({ id: title + anchor, postId: title, title, url: `https://example.org/news/${anchor}`, postUrl: 'https://example.org/news/', text, lang, headings: [], event: null, date: null, published: '2031-05-01', links: { videos: [], slides: [], schedule: [], other: [] }, facts: {} }) as unknown as Passage;
const rankedOf = (...passages: Passage[]): RankedPassages => passages.map((one, index) => ({ passage: one, score: passages.length - index, terms: () => [] }));

const stable = passage('Widget mode is now Stable in version 1.31', 'After two years of work, widget mode is ready for every cluster.', 'en');
const zhStable = passage('Widget 模式在 v1.31 中正式推出', '经过两年的努力，Widget 模式已为所有集群做好准备。', 'zh');
const removal = passage('The old gadget controller is going away', 'The gadget controller came in version 1.4 to ease installs.', 'en', '#history');
const removalWhen = passage('The old gadget controller is going away', 'The gadget controller will be removed with the release of 1.33, about three months from now.', 'en', '#when');

describe('which release something happened in', () => {
  it('answers with the title of the post that names the release', () => {
    expect(releaseLine(understand('which version did widget mode go stable'), rankedOf(stable))?.direct).toEqual({
      text: 'Widget mode is now Stable in version 1.31',
      url: 'https://example.org/news/',
      lang: 'en',
    });
    expect(releaseLine(understand('widget 模式是哪个版本正式发布的'), rankedOf(zhStable))?.direct?.text).toBe('Widget 模式在 v1.31 中正式推出');
  });

  it('quotes the sentence that names the release and every word asked, not another release of the same post', () => {
    const lead = releaseLine(understand('gadget controller removed in which version'), rankedOf(removal, removalWhen));
    expect(lead?.direct?.text).toBe('The old gadget controller is going away: The gadget controller will be removed with the release of 1.33, about three months from now.');
    expect(lead?.first?.passage.url).toBe('https://example.org/news/#when');
  });

  it('gives no line when no release is named, or when the question does not ask for one', () => {
    expect(releaseLine(understand('gadget controller removed in which version'), rankedOf(removal))).toBeUndefined();
    expect(releaseLine(understand('when did widget mode go stable'), rankedOf(stable))).toBeUndefined();
  });
});

describe('which release, asked of the engine', () => {
  it('names the release the post announces, in either language', async () => {
    const { folderLines } = await import('../helpers/engine.js');
    const line = await folderLines('releases');
    expect(line('which version did widget mode reach stable')).toBe('Widget mode reaches Stable in version 1.31');
    expect(line('widget 模式是哪个版本 GA 的')).toBe('Widget 模式在 v1.31 中正式推出');
  });
});
