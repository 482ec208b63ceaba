import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePost, publishedPassages } from '../../src/indexer/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/parser', import.meta.url));

interface Expected {
  path: string;
  warnings: string[];
  passages: Array<{ url: string; headings: string[]; text: string; links: unknown }>;
}

describe('parsePost on fixture posts (tests/fixtures/parser/<case>/input.md → expected.json)', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`turns ${name} into the expected passages`, () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
      const outcome = parsePost(expected.path, readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      if (outcome.kind !== 'post') throw new Error(`expected a post, got ${outcome.kind}`);
      expect(outcome.warnings).toEqual(expected.warnings);
      expect(
        publishedPassages(outcome.post).map((passage) => ({ url: passage.url, headings: passage.headings, text: passage.text, links: passage.links })),
      ).toEqual(expected.passages);
    });
  }
});

describe('parsePost', () => {
  const post = (body: string, front = 'title: "T"\npublishdate: 2031-01-01') => `---\n${front}\n---\n\n${body}\n`;

  it('never cuts a passage inside a sentence and keeps passages within 700 characters', () => {
    const sentence = 'Each sentence of this paragraph is a little story about the mesh and its many users. ';
    const outcome = parsePost('en/blog/x/index.md', post(sentence.repeat(30)));
    if (outcome.kind !== 'post') throw new Error('not a post');
    for (const { passage } of outcome.post.passages) {
      expect(passage.text.length).toBeLessThanOrEqual(700);
      expect(passage.text.endsWith('users.')).toBe(true);
    }
  });

  it('gives a zh post its /zh/ URL and a front-matter url wins over the path', () => {
    const zh = parsePost('zh/blog/2031/a/index.md', post('一段足够长的中文文字，用来检查网址是否正确。'));
    const own = parsePost('en/events/2031/a.md', post('Text of the post.', 'title: "T"\nurl: https://istio.io/latest/blog/2031/recap/'));
    if (zh.kind !== 'post' || own.kind !== 'post') throw new Error('not a post');
    expect(zh.post.meta.url).toBe('https://istio.io/latest/zh/blog/2031/a/');
    expect(own.post.passages[0]?.passage.url).toBe('https://istio.io/latest/blog/2031/recap/');
  });

  it('infers the event a recap is about from its title', () => {
    const outcome = parsePost('en/blog/2023/x/index.md', post('Text.', 'title: "Istio at KubeCon North America 2023"\npublishdate: 2023-11-16'));
    if (outcome.kind !== 'post') throw new Error('not a post');
    expect(outcome.post.meta.event).toBe('KubeCon + CloudNativeCon North America 2023');
  });

  it('titles a page without front matter by its first heading', () => {
    const outcome = parsePost('en/blog/x.md', '# Join us in 2031!\n\nThe first conference of its kind.\n');
    if (outcome.kind !== 'post') throw new Error('not a post');
    expect(outcome.post.meta.title).toBe('Join us in 2031!');
  });

  it('starts a zh passage inside a list with the sentence that introduces the list, and reads a caption as its own sentence', () => {
    const item = (n: number) => `- 第${n}类：${'这是一个足够长的中文列表项，用来说明演讲的格式和要求，'.repeat(3)}结束。`;
    const body = `活动提供多种形式。请从以下格式中选择一种提交议题：\n\n${[1, 2, 3].map(item).join('\n')}\n\n{{< image link="./a.jpg" caption="会场一角" >}}\n\n会后大家合影留念。`;
    const outcome = parsePost('zh/blog/2031/x/index.md', post(body));
    if (outcome.kind !== 'post') throw new Error('not a post');
    const texts = publishedPassages(outcome.post).map((passage) => passage.text);
    const items = texts.filter((text) => text.includes('第'));
    expect(items.length).toBeGreaterThan(1);
    for (const text of items) expect(text).toContain('请从以下格式中选择一种提交议题：');
    expect(texts.join(' ')).toContain('会场一角。');
  });

  it('leaves headless bundles out without calling them errors', () => {
    expect(parsePost('en/events/index.md', '---\nheadless: true\n---\n').kind).toBe('ignored');
  });

  it.each([
    ['broken YAML', '---\ntitle: "open quote\n---\ntext'],
    ['no title and no heading', '---\ndescription: d\n---\ntext'],
    ['an empty file', ''],
    ['binary junk', '\u0000\u0001\u0002PNG\u0000'],
    ['a keyword list of objects', '---\ntitle: T\nkeywords: [{a: 1}]\n---\ntext'],
  ])('throws a readable reason for %s', (_, source) => {
    expect(() => parsePost('en/blog/x.md', source)).toThrow(/front matter|not a text file/);
  });
});
