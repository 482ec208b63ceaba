import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../src/answer/index.js';
import { buildCorpus, type BuiltCorpus } from '../../src/indexer/index.js';
import { readBanner, withBannerLinks } from '../../src/indexer/banners.js';
import { emptyEventLinks } from '../../src/indexer/event-links.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import type { EventInfo } from '../../src/model/index.js';
import { post } from '../helpers/parsed-post.js';

const PAGE = 'https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/co-located-events/istio-day/';

const banner = (title: string, from: string, until: string, body: string, link = PAGE): string =>
  `---\ntitle: ${title}\nperiod_start: ${from}\nperiod_end: ${until}\nlink: ${link}\n---\n\n${body}\n`;

/** Istio Day Europe 2030 as a post announcing it makes it: dated, with no registration link of its own. */
function istioDay(lang: 'en' | 'zh'): EventInfo[] {
  const announcement = post(lang, '2030/kubecon-eu', { title: 'Istio at KubeCon Europe 2030', date: '2030-01-20', event: 'Istio Day Europe 2030' }, [
    { text: 'Istio Day Europe 2030 takes place on 19 March 2030 in Paris, co-located with KubeCon + CloudNativeCon Europe.' },
  ]);
  return extractKnowledge([announcement]).events.map((event) => ({ ...event, start: '2030-03-19', links: emptyEventLinks() }));
}

describe('site banners', () => {
  it('gives the event a banner announces the page it sends readers to register on, in en and zh', () => {
    const en = istioDay('en');
    const read = readBanner('en/events/banners/istio-day-eu-2030.md', banner('Istio Day Europe', '2030-02-01', '2030-03-19', 'Join us for Istio Day Europe. Register now! 19 March 2030 | Paris'));
    withBannerLinks(en, read ? [read] : []);
    expect(en.find((event) => event.name === 'Istio Day Europe 2030')?.links.register).toEqual([PAGE]);

    const zh = istioDay('zh');
    const han = readBanner('zh/events/banners/istio-day-eu-2030.md', banner('Istio Day 欧洲站', '2030-02-01', '2030-03-19', '加入我们的 Istio Day 欧洲站。立即注册！'));
    withBannerLinks(zh, han ? [han] : []);
    expect(zh.find((event) => event.name === 'Istio Day Europe 2030')?.links.register).toEqual([PAGE]);
  });

  it('leaves events alone that a banner does not announce: shown before another edition, of another kind, or in another language', () => {
    const events = istioDay('en');
    const texts = [
      readBanner('en/events/banners/old.md', banner('Istio Day Europe', '2029-02-01', '2029-03-19', 'Register now!')),
      readBanner('en/events/banners/cncf.md', banner('Istio has applied to join the CNCF', '2030-03-01', '2030-03-30', 'Register now!')),
      readBanner('zh/events/banners/istio-day.md', banner('Istio Day 欧洲站', '2030-02-01', '2030-03-19', '立即注册！')),
    ];
    withBannerLinks(events, texts.filter((one) => one !== null));
    expect(events.every((event) => event.links.register.length === 0)).toBe(true);
  });

  it('reads no banner that names no period, or outside the banners folder, and no link from one that sends nowhere', () => {
    expect(readBanner('en/events/banners/sticker.md', '---\ntitle: Sticker for IstioCon 2030\n---\n\n{{< countdown_days >}} days until IstioCon!\n')).toBeNull();
    const nowhere = readBanner('en/events/banners/news.md', '---\ntitle: Istio Day Europe\nperiod_start: 2030-02-01\nperiod_end: 2030-03-19\n---\n\nRegister now!\n');
    expect(nowhere?.link).toBeNull();
    const events = istioDay('en');
    withBannerLinks(events, nowhere ? [nowhere] : []);
    expect(events.every((event) => event.links.register.length === 0)).toBe(true);
    expect(readBanner('en/blog/2030/post.md', banner('Istio Day Europe', '2030-02-01', '2030-03-19', 'Register now!'))).toBeNull();
  });
});

describe('site banners as passages', () => {
  const LINK = 'https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/';
  let corpus: BuiltCorpus;
  beforeAll(async () => {
    corpus = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/banners', import.meta.url))] });
  });
  const byPost = (postId: string) => corpus.passages.find((passage) => passage.postId === postId);

  it('shows a banner’s text as a passage marked as a banner, opening the page it sends readers to, of the event it announces', () => {
    expect(byPost('en/events/banners/istio-day-na-2031')).toMatchObject({
      lang: 'en',
      title: 'Istio Day North America 2031 (site banner)',
      url: LINK,
      postUrl: LINK,
      event: 'Istio Day North America 2031',
      date: '2031-10-14',
      text: expect.stringContaining('14 October 2031, Denver, Colorado. Register now!'),
      facts: expect.objectContaining({ banner: true }),
    });
    expect(byPost('en/events/banners/istio-day-na-2031')?.links.schedule).toContain(LINK);
    expect(byPost('zh/events/banners/istio-day-na-2031')).toMatchObject({ lang: 'zh', title: 'Istio Day 北美站 2031（网站横幅）', url: LINK, text: expect.stringContaining('立即注册') });
    expect(byPost('en/blog/2031/istio-day-na/index')?.facts.banner).toBeUndefined();
  });

  it('opens a banner without a link of its own at the first link of its text, and leaves out one that links nowhere', () => {
    expect(byPost('en/events/banners/mesh-week-2031')).toMatchObject({ url: 'https://example.org/mesh-week-2031/', text: expect.not.stringContaining('](') });
    expect(byPost('en/events/banners/birthday-2031')).toBeUndefined();
  });

  it('answers a question only a banner answers with the banner, its link and its marker', () => {
    const first = Answerer.fromCorpus(corpus).answer('mesh week 2031 sign up').results[0];
    expect(first).toMatchObject({ title: 'Mesh Week 2031 (site banner)', url: 'https://example.org/mesh-week-2031/' });
  });
});
