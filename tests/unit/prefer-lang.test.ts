/** A talk told in both languages is one talk, shown to questions in either language. */
import { describe, expect, it } from 'vitest';
import { preferLang } from '../../src/find/index.js';
import { talk } from '../helpers/answers.js';

describe('preferLang', () => {
  const enOnly = talk({ id: 'a', title: 'Ambient in production', titles: { en: 'Ambient in production' }, lang: 'en', video: 'https://www.youtube.com/watch?v=aaaaaaaaaa1', schedule: null });
  const both = talk({ id: 'b', title: 'Ambient goes multicluster', titles: { en: 'Ambient goes multicluster', zh: 'Ambient 走向多集群' }, lang: 'en', video: 'https://www.youtube.com/watch?v=bbbbbbbbbb1', schedule: null });
  const zhOnly = talk({ id: 'c', title: '网格故事', titles: { zh: '网格故事' }, lang: 'zh', video: 'https://www.youtube.com/watch?v=cccccccccc1', schedule: null });

  it('keeps, for a Chinese question, the talks told in Chinese: its own and those its translation merged into an English copy', () => {
    expect(preferLang([enOnly, both, zhOnly], 'zh').map((kept) => kept.id)).toEqual(['b', 'c']);
  });

  it('keeps, for an English question, the talks told in English, and every talk when none is', () => {
    expect(preferLang([enOnly, both, zhOnly], 'en').map((kept) => kept.id)).toEqual(['a', 'b']);
    expect(preferLang([zhOnly], 'en').map((kept) => kept.id)).toEqual(['c']);
  });

  it('keeps one talk for the copies of several posts, with the links and speakers each copy adds', () => {
    const recap = talk({ id: 'r', title: 'Gateway API: Table Stakes', titles: { en: 'Gateway API: Table Stakes' }, event: 'KubeCon 2031', speakers: [], people: [], organisations: [], schedule: null, slides: null, video: 'https://www.youtube.com/watch?v=dddddddddd1' });
    const announcement = talk({ id: 's', title: 'Gateway API: Table Stakes | Project Lightning Talk', titles: { en: 'Gateway API: Table Stakes | Project Lightning Talk' }, event: 'KubeCon 2031', video: null, slides: null, schedule: 'https://sched.co/2Abc1' });
    const curly = talk({ id: 'c', title: 'Return of the Mesh: Gateway API’s Quest', titles: { en: 'Return of the Mesh: Gateway API’s Quest' }, event: 'KubeCon 2031', video: null, schedule: 'https://sched.co/2Abc2' });
    const straight = talk({ id: 'd', title: "Return of the Mesh: Gateway API's Quest", titles: { en: "Return of the Mesh: Gateway API's Quest" }, event: 'KubeCon 2031', video: 'https://www.youtube.com/watch?v=eeeeeeeeee1', schedule: null });
    const kept = preferLang([recap, curly, announcement, straight], 'en');
    expect(kept.map((one) => one.id)).toEqual(['r', 'c']);
    expect(kept[0]).toMatchObject({ schedule: 'https://sched.co/2Abc1', video: 'https://www.youtube.com/watch?v=dddddddddd1', speakers: announcement.speakers });
    expect(kept[1]).toMatchObject({ schedule: 'https://sched.co/2Abc2', video: 'https://www.youtube.com/watch?v=eeeeeeeeee1' });
    // The same title at another event is another talk.
    expect(preferLang([recap, { ...announcement, event: 'KubeCon 2032' }], 'en')).toHaveLength(2);
  });

  it('names a talk, in a language that translates its title, by the copy that gives the English title beside it', () => {
    const official = 'How Example Bank Upgrades 60+ Meshes';
    const translated = talk({ id: 't', title: 'Example Bank 如何升级 60 多个网格', titles: { en: official, zh: 'Example Bank 如何升级 60 多个网格' }, lang: 'zh', event: 'KubeCon 2031', video: null, schedule: 'https://sched.co/2Abc3' });
    const bilingual = talk({ id: 'u', title: `Example Bank 如何自动升级 60 多个网格（${official}）`, titles: { en: official, zh: `Example Bank 如何自动升级 60 多个网格（${official}）` }, lang: 'zh', event: 'KubeCon 2031', video: null, schedule: 'https://sched.co/2Abc3' });
    const [kept] = preferLang([translated, bilingual], 'zh');
    expect(kept?.id).toBe('t');
    expect(kept?.titles.zh).toBe(`Example Bank 如何自动升级 60 多个网格（${official}）`);
    expect(kept?.titles.en).toBe(official);
    // A copy that gives only the translation does not take the place of one that gives both.
    expect(preferLang([bilingual, translated], 'zh')[0]?.titles.zh).toBe(`Example Bank 如何自动升级 60 多个网格（${official}）`);
  });

  it('shows a talk by the copy told in the language asked, though another language\'s copy came first', () => {
    const fromZh = talk({ id: 'z', title: 'Ambient 网格对 Windows 的支持（Ambient for Windows nodes）', titles: { en: 'Ambient for Windows nodes', zh: 'Ambient 网格对 Windows 的支持（Ambient for Windows nodes）' }, lang: 'zh', event: 'Istio Day 2031', url: 'https://example.org/zh/', video: 'https://www.youtube.com/watch?v=zzzzzzzzzz1', schedule: null });
    const fromEn = talk({ id: 'e', title: 'Ambient for Windows nodes', titles: { en: 'Ambient for Windows nodes' }, lang: 'en', event: 'Istio Day 2031', url: 'https://example.org/en/', video: 'https://www.youtube.com/watch?v=zzzzzzzzzz1', schedule: null });
    const [english] = preferLang([fromZh, fromEn], 'en');
    expect(english).toMatchObject({ title: 'Ambient for Windows nodes', url: 'https://example.org/en/' });
    expect(english?.titles.zh).toBe(fromZh.titles.zh);
    expect(preferLang([fromZh, fromEn], 'zh')[0]).toMatchObject({ title: fromZh.title, url: 'https://example.org/zh/' });
  });
});
