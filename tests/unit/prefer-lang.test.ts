/** A talk told in both languages is one talk, shown to questions in either language. */
import { describe, expect, it } from 'vitest';
import { preferLang } from '../../src/find/index.js';
import { talk } from '../helpers/answers.js';

describe('preferLang', () => {
  const enOnly = talk({ id: 'a', title: 'Ambient in production', titles: { en: 'Ambient in production' }, lang: 'en', video: 'https://www.youtube.com/watch?v=aaaaaaaaaa1' });
  const both = talk({ id: 'b', title: 'Ambient goes multicluster', titles: { en: 'Ambient goes multicluster', zh: 'Ambient 走向多集群' }, lang: 'en', video: 'https://www.youtube.com/watch?v=bbbbbbbbbb1' });
  const zhOnly = talk({ id: 'c', title: '网格故事', titles: { zh: '网格故事' }, lang: 'zh', video: 'https://www.youtube.com/watch?v=cccccccccc1' });

  it('keeps, for a Chinese question, the talks told in Chinese: its own and those its translation merged into an English copy', () => {
    expect(preferLang([enOnly, both, zhOnly], 'zh').map((kept) => kept.id)).toEqual(['b', 'c']);
  });

  it('keeps, for an English question, the talks told in English, and every talk when none is', () => {
    expect(preferLang([enOnly, both, zhOnly], 'en').map((kept) => kept.id)).toEqual(['a', 'b']);
    expect(preferLang([zhOnly], 'en').map((kept) => kept.id)).toEqual(['c']);
  });
});
