/** Chinese names found beside the pinyin ones the posts give, never made up. */
import { describe, expect, it } from 'vitest';
import { hanNameEnding, hanNameIn, syllables } from '../../src/answer/han-names.js';
import { NamePairs } from '../../src/answer/name-pairs.js';
import type { Passage, Talk } from '../../src/model/index.js';
import { talk } from '../helpers/answers.js';

describe('how many syllables a pinyin word has', () => {
  it('reads a given name one way, a syllable without an initial only at its start', () => {
    expect(syllables('huailong')).toBe(2);
    expect(syllables('wei')).toBe(1);
    expect(syllables('xian')).toBe(1);
    expect(syllables('anping')).toBe(2);
  });

  it('says nothing of a word that is no pinyin', () => {
    expect(syllables('jimmy')).toBeNull();
    expect(syllables('john')).toBeNull();
  });
});

describe('the Chinese name a talk item writes for its speaker', () => {
  const item = '网格安全入门，由 Lan Jiahui（某公司）主讲。某公司的兰嘉慧讲解了零信任。';

  it('is the surname then one character per syllable of the given name', () => {
    expect(hanNameIn('Lan Jiahui', item)).toBe('兰嘉慧');
    expect(hanNameIn('Jiahui Lan', item)).toBe('兰嘉慧');
  });

  it('ends where the posts go on after a name, when the given name is no pinyin', () => {
    expect(hanNameIn('Mark Lan', item)).toBe('兰嘉慧');
    expect(hanNameIn('Mark Lan', '某公司的兰嘉慧认为零信任很重要。')).toBeNull();
  });

  it('is none when the text holds none, or two', () => {
    expect(hanNameIn('Wang Lei', item)).toBeNull();
    expect(hanNameIn('Lan Jiahui', `${item}兰嘉明也在场。`)).toBeNull();
  });
});

describe('the Chinese name before an English one in brackets', () => {
  it('starts at the surname the English name spells, not at the word before it', () => {
    expect(hanNameEnding('员宋净超', 'Jimmy Song')).toBe('宋净超');
    expect(hanNameEnding('和徐中虎', 'Zhonghu Xu')).toBe('徐中虎');
    expect(hanNameEnding('成员某某', 'Jimmy Song')).toBeNull();
  });
});

describe('a Chinese line with both names of a speaker', () => {
  const item = (id: string, title: string, speaker: string): { passage: Passage; talk: Talk } => ({
    passage: { id, lang: 'zh', text: `${title}，由 ${speaker}（某云）主讲。某云的兰嘉慧讲解了它。` } as Passage,
    talk: talk({ id, title, titles: { zh: title }, speakers: [speaker], passageId: id, lang: 'zh' }),
  });
  const told = [item('a', '网格升级', 'Lan Jiahui'), item('b', '零信任入门', 'Jiahui Lan')];
  const pairs = new NamePairs(
    told.map((one) => one.passage),
    told.map((one) => one.talk),
  );

  it('gives the Chinese name before an English one, and an English one after a Chinese name', () => {
    expect(pairs.withChinese('网格升级（Lan Jiahui）')).toBe('网格升级（兰嘉慧 Lan Jiahui）');
    expect(pairs.withChinese('作者兰嘉慧在展台。')).toBe('作者兰嘉慧（Lan Jiahui）在展台。');
  });

  it('leaves a name given both ways, in either English spelling, as it is', () => {
    expect(pairs.withChinese('网格升级（兰嘉慧、Jiahui Lan）')).toBe('网格升级（兰嘉慧、Jiahui Lan）');
    // An English spelling the talks do not give, the Chinese name in brackets after it as its gloss.
    expect(pairs.withChinese('成员：Lan (Jia) Hui（兰嘉慧） | 某云')).toBe('成员：Lan (Jia) Hui（兰嘉慧） | 某云');
    // In brackets after Chinese text it is the speaker named, and gets the English.
    expect(pairs.withChinese('网格升级（兰嘉慧）')).toBe('网格升级（兰嘉慧（Lan Jiahui））');
  });
});
