import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Talk } from '../../src/model/index.js';
import { extractTalks, isListed } from '../../src/indexer/talks.js';
import { normalizeVideoUrl, talkLinkKind } from '../../src/indexer/talk-links.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import type { ParsedPost } from '../../src/indexer/types.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'talks');

/** What each fixture pins; a fixture folder without a line here fails, so none is silently skipped. */
const cases: Record<string, string> = {
  'en-prose': 'ties names before, after and inside a linked title to it in English prose, never across a sentence',
  'en-sched-list': 'takes each session of a list of schedule links as a talk, and a schedule home page as none',
  'zh-prose': 'reads speakers of Chinese prose: 由 X 主持, X 和 Y 带来, 来自 Org 的 X, X 的演讲',
  'own-format-en': 'reads our English talk lines, with or without links or a format note, and skips a sentence that only looks like one',
  'own-format-zh': 'reads our Chinese talk lines: title, format note, speakers, organisations, video, slides, schedule',
  'schedule-slides': "gives a talk without its own slides the event's slide page, and keeps a session's own page",
  'non-talk-links': 'finds no talk in company, social, report, playlist or generic links',
  'repeated-talk': 'names a talk mentioned twice once, with its list title and its prose speakers',
};

const load = <T>(name: string, file: string): T => JSON.parse(readFileSync(join(root, name, file), 'utf8')) as T;

/** A talk as a reader sees it: the golden files pin this, not the internal id formats. */
const seen = ({ id, passageId, eventId, ...talk }: Talk) => talk;

describe('extractTalks on hand-written posts', () => {
  const folders = readdirSync(root).sort();

  it('has a description for every fixture folder', () => {
    expect(folders).toEqual(Object.keys(cases).sort());
  });

  it('uses fixtures whose anchors sit where their offsets say', () => {
    for (const name of folders) {
      const post = load<ParsedPost>(name, 'input.json');
      for (const { passage, anchors } of post.passages) {
        for (const anchor of anchors) expect(passage.text.slice(anchor.start, anchor.end)).toBe(anchor.text);
      }
    }
  });

  for (const [name, behaviour] of Object.entries(cases)) {
    it(`${behaviour} (${name})`, () => {
      expect(extractKnowledge([load<ParsedPost>(name, 'input.json')]).talks.map(seen)).toEqual(load<Talk[]>(name, 'expected.json').map(seen));
    });
  }
});

describe('extractTalks edge cases', () => {
  const post = (text: string, anchors: ParsedPost['passages'][number]['anchors']): ParsedPost => {
    const base = load<ParsedPost>('en-prose', 'input.json');
    const first = base.passages[0];
    if (!first) throw new Error('fixture without passages');
    return { ...base, passages: [{ passage: { ...first.passage, text }, anchors }] };
  };
  const anchor = (text: string, label: string, url: string) => {
    const start = text.indexOf(label);
    return { text: label, url, start, end: start + label.length };
  };

  it('gives no speaker to a title when the only names belong to a company list', () => {
    const text = 'A talk showed how Lilt and Intel scaled [translation with the mesh] in production.';
    const talks = extractTalks(post(text, [anchor(text, 'translation with the mesh', 'https://youtu.be/abcdefghijk')]));
    expect(talks.map((talk) => talk.speakers)).toEqual([[]]);
  });

  it('does not take a title-case phrase for a person', () => {
    const text = 'During Service Mesh Battle Scars week we watched [the gateway keynote] again.';
    const talks = extractTalks(post(text, [anchor(text, 'the gateway keynote', 'https://youtu.be/abcdefghijk')]));
    expect(talks[0]?.speakers).toEqual([]);
  });

  it('takes a linked film shown at an event for no talk, in either language', () => {
    const en = 'The keynote also showed a [short video of maintainers thanking the community] at the close.';
    const zh = '主题演讲还播放了一段[维护者感谢社区的视频]。';
    expect(extractTalks(post(en, [anchor(en, 'short video of maintainers thanking the community', 'https://youtu.be/abcdefghijk')]))).toEqual([]);
    expect(extractTalks(post(zh, [anchor(zh, '维护者感谢社区的视频', 'https://youtu.be/abcdefghijk')]))).toEqual([]);
  });

  it('does not hand one list of names to several titles listed together without "respectively"', () => {
    const text = 'We saw [first demo] and [second demo] from Ana Silva and Ben Okafor.';
    const talks = extractTalks(
      post(text, [anchor(text, 'first demo', 'https://youtu.be/abcdefghij1'), anchor(text, 'second demo', 'https://youtu.be/abcdefghij2')]),
    );
    expect(talks.map((talk) => talk.speakers)).toEqual([[], []]);
  });
});

describe('titles of a list flattened into one block', () => {
  it('reads session links that follow each other as list items, whether or not a stop ends each one', () => {
    const text = 'Come to the sessions. Why choose Istio | Lightning Talk. Tutorial: Live with Gateway API. Meet us at the kiosk.';
    const at = (label: string, url: string) => ({ text: label, url, start: text.indexOf(label), end: text.indexOf(label) + label.length });
    const base = load<ParsedPost>('en-sched-list', 'input.json');
    const first = base.passages[0];
    if (!first) throw new Error('fixture without passages');
    const anchors = [at('Why choose Istio | Lightning Talk', 'https://sched.co/9AAAA'), at('Tutorial: Live with Gateway API', 'https://sched.co/9BBBB')];
    const talks = extractTalks({ ...base, passages: [{ passage: { ...first.passage, text }, anchors }] });
    expect(talks.map((talk) => [talk.title, isListed(talk)])).toEqual([
      ['Why choose Istio | Lightning Talk', true],
      ['Tutorial: Live with Gateway API', true],
    ]);
  });
});

describe('talk links', () => {
  it('normalizes every YouTube form to the watch URL', () => {
    for (const url of [
      'https://youtu.be/QnfrbbY_Hy4',
      'https://youtu.be/QnfrbbY_Hy4?si=abc',
      'https://www.youtube.com/embed/QnfrbbY_Hy4',
      'https://m.youtube.com/watch?v=QnfrbbY_Hy4&list=PL1&index=3',
    ]) {
      expect(normalizeVideoUrl(url)).toBe('https://www.youtube.com/watch?v=QnfrbbY_Hy4');
    }
  });

  it('tells recordings, session pages and decks from other links', () => {
    expect(talkLinkKind('https://www.youtube.com/playlist?list=PL7wB27eZmdffS')).toBeNull();
    expect(talkLinkKind('https://sched.co/1R2tA')).toBe('sched');
    expect(talkLinkKind('https://kccnceu2024.sched.com/event/1YhhS/istio-project-update')).toBe('sched');
    expect(talkLinkKind('https://kccncna2030.sched.com/')).toBeNull();
    expect(talkLinkKind('https://speakerdeck.com/someone/a-deck')).toBe('slides');
    expect(talkLinkKind('https://twitter.com/IstioMesh/status/1')).toBeNull();
  });
});
