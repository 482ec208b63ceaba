import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alterWords, copyTag, replicate, replicatePost, type SourcePost } from '../../src/bench/replicate.js';
import { parsePost } from '../../src/indexer/index.js';
import { FIXTURE_CONTENT } from '../helpers/engine.js';

const PATH = 'en/blog/2031/istio-day-lisbon/index.md';
const post: SourcePost = { path: PATH, text: await readFile(join(FIXTURE_CONTENT, PATH), 'utf8') };

/** The Latin words of the body (the title, which gains a word, left out). */
function words(text: string): string[] {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').match(/[A-Za-z]{4,}/g) ?? [];
}

function passagesOf(source: SourcePost) {
  const outcome = parsePost(source.path, source.text);
  if (outcome.kind !== 'post') throw new Error(`${source.path} was not indexed`);
  return outcome.post.passages.map((draft) => draft.passage);
}

describe('replicating the corpus for the benchmark', () => {
  it('keeps copy 0 as the real post, byte for byte', () => {
    expect(replicatePost(post, 0)).toEqual(post);
  });

  it('makes the same copy of a post the same way every time', () => {
    expect(replicatePost(post, 7)).toEqual(replicatePost({ ...post }, 7));
  });

  it('gives every copy its own slug and a title that carries its tag, inside the quotes', () => {
    const copy = replicatePost(post, 3);
    expect(copy.path).toBe(`en/blog/2031/istio-day-lisbon-${copyTag(3)}/index.md`);
    expect(copy.text).toMatch(new RegExp(`^title: "Istio at KubeCon Europe 2031 ${copyTag(3)}"$`, 'm'));
    expect(replicatePost({ path: 'en/blog/x.md', text: '# Plain heading\n\nBody text here.\n' }, 2).text).toContain(`# Plain heading ${copyTag(2)}`);
    expect(new Set([1, 2, 3, 16, 17, 99].map(copyTag)).size).toBe(6);
  });

  it('alters some words, not most of them, and other words in another copy', () => {
    const original = words(post.text);
    const alteredIn = (copy: number) => {
      const altered = words(replicatePost(post, copy).text);
      expect(altered).toHaveLength(original.length);
      return new Set(altered.flatMap((word, i) => (word === original[i] ? [] : [i])));
    };
    const first = alteredIn(1);
    const second = alteredIn(2);
    expect(first.size / original.length).toBeGreaterThan(0.05);
    expect(first.size / original.length).toBeLessThan(0.3);
    expect([...first].some((i) => !second.has(i))).toBe(true);
  });

  it('alters Chinese text too', () => {
    const text = '服务网格社区在上海举办了大会，很多贡献者和维护者分享了他们的经验和故事。'.repeat(4);
    const altered = alterWords(text, 5);
    expect(altered).toHaveLength(text.length);
    expect(altered).not.toBe(text);
  });

  it('leaves links, shortcodes, code spans and heading anchors as they are', () => {
    const text =
      'Read [the keynote notes](https://example.com/keynote/recording/slides) and `kubectl label namespace` first.\n\n' +
      '{{< image link="./welcome-picture.jpg" caption="Welcome stage" >}}\n\n## Talks and recordings {#talks-recordings}\n\n' +
      '<div style="text-align: center;">Seen at https://example.com/another/longer/path today.</div>\n';
    for (const copy of [1, 2, 3, 4, 5, 6]) {
      const altered = alterWords(text, copy);
      for (const kept of ['(https://example.com/keynote/recording/slides)', '`kubectl label namespace`', 'link="./welcome-picture.jpg" caption="Welcome stage"', '{#talks-recordings}', '<div style="text-align: center;">', 'https://example.com/another/longer/path']) {
        expect(altered).toContain(kept);
      }
    }
  });

  it('gives copies that still parse, into passages of their own text and ids', () => {
    const original = passagesOf(post);
    const copy = passagesOf(replicatePost(post, 4));
    expect(copy.length).toBeGreaterThan(0);
    expect(copy.every((passage) => passage.title.endsWith(copyTag(4)))).toBe(true);
    const originalIds = new Set(original.map((passage) => passage.id));
    expect(copy.some((passage) => originalIds.has(passage.id))).toBe(false);
    const originalTexts = new Set(original.map((passage) => passage.text));
    expect(copy.filter((passage) => !originalTexts.has(passage.text)).length).toBeGreaterThan(copy.length / 2);
  });

  it('yields every post once per copy, under distinct paths', () => {
    const other: SourcePost = { path: 'zh/blog/2031/istio-day-lisbon/index.md', text: post.text };
    const all = [...replicate([post, other], 10)];
    expect(all).toHaveLength(20);
    expect(new Set(all.map((copy) => copy.path)).size).toBe(20);
  });
});
