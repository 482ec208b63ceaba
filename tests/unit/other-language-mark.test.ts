/** A passage in the other language than the question is marked as such on every surface: terminal, Slack, Discord and web. */
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/index.js';
import { messages } from '../../src/i18n/index.js';
import { present } from '../../src/present/index.js';
import { sectionsHtml } from '../../src/web/render/sections.js';
import { answer, result } from '../helpers/answers.js';
import { NOW, SURFACES } from '../helpers/surfaces.js';

function webText(given: Answer): string {
  const presentation = present(given, { now: NOW });
  return DomUtils.textContent(parseDocument(String(sectionsHtml(presentation, { q: given.query, lang: undefined, ui: given.lang, page: 1 }))));
}

const drawings = (given: Answer): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(SURFACES).map(([surface, draw]) => [surface, draw(given).text])),
  web: webText(given),
});

const occurrences = (text: string, word: string): number => text.split(word).length - 1;

describe('the other-language mark', () => {
  it('an English answer marks its one Chinese passage, and only it, on every surface', () => {
    const mark = messages('en').otherLang.zh;
    const en = result({ id: 'en:a#0', title: 'Ambient at Istio Day', lang: 'en' });
    const zh = result({ id: 'zh:b#0', title: 'Ambient 网格', lang: 'zh', otherLanguage: true, text: '环境网格的主题演讲。', marks: [] });
    for (const [surface, text] of Object.entries(drawings(answer({ lang: 'en', results: [en, zh] })))) {
      expect({ surface, marks: occurrences(text, mark) }).toEqual({ surface, marks: 1 });
      expect(text.indexOf(mark), surface).toBeGreaterThan(text.indexOf('Ambient 网格'));
    }
    for (const [surface, text] of Object.entries(drawings(answer({ lang: 'en', results: [en] })))) expect(occurrences(text, mark), surface).toBe(0);
  });

  it("marks an answer line quoted from the other language's post, on every surface", () => {
    const mark = messages('en').otherLang.zh;
    const direct = { text: '2031 年指导委员会选举结果：以下候选人当选： Marta Olsen。', url: 'https://istio.io/latest/zh/blog/2031/steering-election-results/', lang: 'zh' as const };
    for (const [surface, text] of Object.entries(drawings(answer({ lang: 'en', results: [], direct })))) {
      expect({ surface, marks: occurrences(text, mark) }).toEqual({ surface, marks: 1 });
    }
    for (const [surface, text] of Object.entries(drawings(answer({ lang: 'zh', query: '指导委员会', results: [], direct })))) expect(occurrences(text, messages('zh').otherLang.zh), surface).toBe(0);
  });

  it('a Chinese answer marks an English passage the same way', () => {
    const mark = messages('zh').otherLang.en;
    const en = result({ id: 'en:a#0', title: 'Ambient at Istio Day', lang: 'en', otherLanguage: true });
    for (const [surface, text] of Object.entries(drawings(answer({ lang: 'zh', query: '环境网格', results: [en] })))) {
      expect({ surface, marks: occurrences(text, mark) }).toEqual({ surface, marks: 1 });
    }
  });
});
