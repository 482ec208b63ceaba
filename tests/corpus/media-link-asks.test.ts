/**
 * A talk's recording or deck asked for over the whole corpus, where other posts hold the title's words (round 18, my own
 * wordings): "link" or "url" beside a video or slides ask is the recording or deck asked for, not a word a passage about
 * the talk must say; where to watch it, said without a word for a video ("哪里能看…"), wants the recording too.
 */
import { describe, expect, it } from 'vitest';
import { corpusEngine } from '../helpers/istio-corpus.js';
import { understand } from '../../src/understand/index.js';

const engine = await corpusEngine('istio-first');
const PANEL = 'https://www.youtube.com/watch?v=PEUiL2BPXds';

describe('a link asked for beside a video or slides question', () => {
  it('is the recording itself: the talk the other words title gets its line', () => {
    // "panel", "toc" and "members" title the talk, and the TOC election posts say them too.
    expect(engine.answer('yt link of the panel with the istio toc members?').direct?.url).toBe(PANEL);
    expect(engine.answer('video url: panel with the istio toc members').direct?.url).toBe(PANEL);
  });

  it('only ranks, and still asks for a link where nothing else is named', () => {
    expect(understand('video link for the toc panel').words.soft.map((group) => group.word)).toContain('link');
    expect(understand('sched link for the toc panel').words.groups.map((group) => group.word)).toContain('link');
  });
});

describe('where to watch a talk, said without a word for a video', () => {
  it('gets its recording in the line', () => {
    expect(engine.answer('想问 TOC 成员小组讨论 哪儿能看').direct?.url).toBe(PANEL);
  });
});
