import { describe, expect, it } from 'vitest';
import { answers, firstRank, mediaKeys, normalizeLink, offersLink, percentile, showsKey } from '../../src/eval/metrics.js';
import { parseQuestions } from '../../src/eval/questions.js';
import { isAppError } from '../../src/errors/index.js';

const expectation = (links: string[] = [], texts: string[] = []) => ({ links_any: links, text_any: texts });

describe('normalizeLink', () => {
  it('gives every form of one YouTube video one spelling', () => {
    const forms = ['https://youtu.be/Zx9_kLm2PqR', 'https://www.youtube.com/watch?v=Zx9_kLm2PqR&list=PL1&index=3', 'https://www.youtube.com/embed/Zx9_kLm2PqR'];
    expect(new Set(forms.map(normalizeLink))).toEqual(new Set(['https://www.youtube.com/watch?v=Zx9_kLm2PqR']));
  });

  it('ignores a trailing slash and the case of the host but keeps the fragment', () => {
    expect(normalizeLink('https://Sched.co/1R2q7/')).toBe(normalizeLink('https://sched.co/1R2q7'));
    expect(normalizeLink('https://example.org/day/#slides')).not.toBe(normalizeLink('https://example.org/day/'));
  });
});

describe('answers', () => {
  it('counts an expected link in any spelling', () => {
    expect(answers({ links: ['https://youtu.be/abcdefghijk'], text: '' }, expectation(['https://www.youtube.com/watch?v=abcdefghijk']))).toBe(true);
  });

  it('counts an expected phrase in the text whatever its case and spacing', () => {
    expect(answers({ links: [], text: 'The  Policy\nWorkshop room was full' }, expectation([], ['policy workshop room']))).toBe(true);
  });

  it('does not count an empty phrase or an unrelated link', () => {
    expect(answers({ links: ['https://example.org/'], text: 'anything' }, expectation(['https://example.org/other'], ['']))).toBe(false);
  });
});

describe('showsKey', () => {
  it('finds a key in the text whatever its case and spacing', () => {
    expect(showsKey({ links: [], text: 'Istio Day was held on\n18 April 2023 in Amsterdam' }, ['18 april 2023'])).toBe(true);
    expect(showsKey({ links: [], text: 'Istio Day was held in April' }, ['18 April 2023'])).toBe(false);
  });

  it('ignores the spaces next to Chinese characters, which the posts write both ways', () => {
    expect(showsKey({ links: [], text: '提名截止日期为3月6日。' }, ['3 月 6 日'])).toBe(true);
    expect(showsKey({ links: [], text: '投票将于 3 月 9 日开始' }, ['3月9日'])).toBe(true);
    expect(showsKey({ links: [], text: '投票将于 3 月 9 日开始' }, ['3月6日'])).toBe(false);
  });

  it('reads typographic quotes as the plain ones, which a post and its summary write apart', () => {
    expect(showsKey({ links: [], text: "Sidecarless Service Mesh: Let's Work Together" }, ['Let’s Work Together'])).toBe(true);
    expect(showsKey({ links: [], text: 'the “Chop Wood, Carry Water” award' }, ['"Chop Wood, Carry Water"'])).toBe(true);
    expect(showsKey({ links: [], text: "Let's Work Apart" }, ['Let’s Work Together'])).toBe(false);
  });

  it('finds a key inside a link, as written or in its one spelling', () => {
    const item = { links: ['https://events.example.org/istio-day/#thank-you', 'https://youtu.be/abcdefghijk'], text: '' };
    expect(showsKey(item, ['istio-day/#thank-you'])).toBe(true);
    expect(showsKey(item, ['https://www.youtube.com/watch?v=abcdefghijk'])).toBe(true);
    expect(showsKey(item, ['sched.co/1Ab'])).toBe(false);
  });

  it('reads a video key written without its scheme as that video, in any of its spellings', () => {
    const item = { links: ['https://www.youtube.com/watch?v=abcdefghijk'], text: '' };
    expect(showsKey(item, ['youtu.be/abcdefghijk'])).toBe(true);
    expect(offersLink(item, ['youtu.be/abcdefghijk?si=xyz'])).toBe(true);
    expect(offersLink({ links: ['https://youtu.be/abcdefghijk'], text: '' }, ['youtube.com/watch?v=abcdefghijk&pp=xyz'])).toBe(true);
    expect(offersLink(item, ['youtu.be/bbcdefghijk'])).toBe(false);
  });

  it('never matches an empty key', () => {
    expect(showsKey({ links: ['https://e.org/'], text: 'anything' }, ['  '])).toBe(false);
  });
});

describe('link shown', () => {
  it('keeps only the keys that name a video or a slides page', () => {
    expect(mediaKeys(['Lin Sun', 'sched.co/1R2q7', 'https://youtu.be/abcdefghijk', 'https://e.org/deck.pdf', '6 November'])).toEqual([
      'sched.co/1R2q7',
      'https://youtu.be/abcdefghijk',
      'https://e.org/deck.pdf',
    ]);
  });

  it('counts a playlist of recordings as a video key, written with its scheme or without', () => {
    expect(mediaKeys(['youtube.com/playlist?list=PLabc', 'https://www.youtube.com/playlist?list=PLdef', 'youtube.com/@istio'])).toEqual([
      'youtube.com/playlist?list=PLabc',
      'https://www.youtube.com/playlist?list=PLdef',
    ]);
  });

  it('is true only when one of the links holds the key', () => {
    expect(offersLink({ links: ['https://sched.co/1R2q7/'], text: '' }, ['sched.co/1R2q7'])).toBe(true);
    expect(offersLink({ links: ['https://sched.co/1R2q8'], text: 'sched.co/1R2q7' }, ['sched.co/1R2q7'])).toBe(false);
  });
});

describe('links with escapes', () => {
  it('match a key that writes the characters the escapes stand for, and still match as written', () => {
    const item = { text: '', links: ['https://example.org/slides/Istio%20%E6%BC%94%E8%AE%B2.pdf'] };
    expect(showsKey(item, ['Istio 演讲.pdf'])).toBe(true);
    expect(offersLink(item, ['Istio%20%E6%BC%94%E8%AE%B2.pdf'])).toBe(true);
    expect(showsKey(item, ['Istio 幻灯片.pdf'])).toBe(false);
    expect(showsKey({ text: '', links: ['https://example.org/%E0%A4%A'] }, ['%E0%A4%A'])).toBe(true);
  });
});

describe('firstRank and percentile', () => {
  it('ranks from 1 and looks no deeper than asked', () => {
    const isHit = (item: string): boolean => item === 'hit';
    expect(firstRank(['miss', 'hit'], isHit, 5)).toBe(2);
    expect(firstRank(['miss', 'miss', 'miss', 'hit'], isHit, 3)).toBeNull();
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 1)).toBe(5);
    expect(percentile([], 0.95)).toBe(0);
  });
});

describe('parseQuestions', () => {
  const dev = (fields: Record<string, unknown> = {}): string =>
    JSON.stringify({ id: 'd1', q: 'istio day paris when', lang: 'en', intent: 'when', expect: { posts: ['en/blog/2024/kubecon-eu/index.md'], answer_any: ['19 March 2024'] }, source: 'x', ...fields });

  it('reads the old shape, ignoring its other fields, and skips blank lines', () => {
    const text = '{"id":"a","q":"x","lang":"en","type":"video","source":"s","expect":{"links_any":["https://e.org"]}}\n\n';
    expect(parseQuestions(text)).toEqual([{ id: 'a', q: 'x', lang: 'en', intent: null, posts: [], legacy: { links: ['https://e.org'], texts: [] }, keys: [] }]);
  });

  it('reads the development shape, with post paths as post ids', () => {
    expect(parseQuestions(dev())).toEqual([
      { id: 'd1', q: 'istio day paris when', lang: 'en', intent: 'when', posts: ['en/blog/2024/kubecon-eu/index'], legacy: null, keys: ['19 March 2024'] },
    ]);
  });

  it('names the file, the line and the field of a bad question', () => {
    const cases: Array<[string, RegExp]> = [
      [`${dev()}\n${dev({ id: 'd2', lang: 'fr' })}`, /^set\.jsonl line 2: lang:/],
      [dev({ intent: 'whenever' }), /^set\.jsonl line 1: intent:/],
      [dev({ expect: { posts: ['kubecon-eu'], answer_any: ['x'] } }), /^set\.jsonl line 1: expect\.posts\.0: a post path/],
      [dev({ expect: { posts: ['en/a.md'], answer_any: [] } }), /^set\.jsonl line 1: expect\.answer_any:/],
      [dev({ extra: 1 }), /^set\.jsonl line 1: question: .*extra/],
      [`${dev()}\n${dev()}`, /^set\.jsonl line 2: id: 'd1' is used twice/],
      ['{not json', /^set\.jsonl line 1: not JSON/],
    ];
    for (const [text, message] of cases) {
      try {
        parseQuestions(text, 'set.jsonl');
        expect.unreachable();
      } catch (error) {
        expect(isAppError(error, 'USAGE')).toBe(true);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).not.toContain('\n');
      }
    }
  });
});
