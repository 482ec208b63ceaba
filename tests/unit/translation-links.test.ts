/** Links only the other language's copy of a post gives join the passage telling the same block (tests/fixtures/translations). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus, parsePost, publishedPassages } from '../../src/indexer/index.js';
import { withTranslationLinks } from '../../src/indexer/translation-links.js';
import type { ParsedPassage } from '../../src/model/index.js';
import type { ParsedPost } from '../../src/indexer/types.js';

const ROOT = fileURLToPath(new URL('../fixtures/translations', import.meta.url));

interface Expected {
  why: string;
  added: Record<string, string[]>;
}

function parsedPosts(dir: string, edit: (path: string, source: string) => string = (_, source) => source): ParsedPost[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'));
  return files.map((path) => {
    const outcome = parsePost(relative(dir, join(dir, path)), edit(path, readFileSync(join(dir, path), 'utf8')));
    if (outcome.kind !== 'post') throw new Error(`${path} is not a post`);
    return outcome.post;
  });
}

/** The links each passage has beyond those of its own post's copy. */
function added(merged: readonly ParsedPassage[], own: readonly ParsedPassage[]): Record<string, string[]> {
  const before = new Map(own.map((passage) => [passage.id, new Set(Object.values(passage.links).flat())]));
  const result: Record<string, string[]> = {};
  for (const passage of merged) {
    const extra = Object.values(passage.links).flat().filter((url) => !before.get(passage.id)?.has(url));
    if (extra.length) result[passage.id] = extra;
  }
  return result;
}

describe('links from the other language copy of a post', () => {
  for (const name of readdirSync(ROOT)) {
    const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.why}`, async () => {
      const own = parsedPosts(join(ROOT, name)).flatMap(publishedPassages);
      const corpus = await buildCorpus({ contentDirs: [join(ROOT, name)] });
      expect(added(corpus.passages, own)).toEqual(expected.added);
    });
  }

  it('fills a link "to be added" that the other copy gives at the same position: the talk gets its recording and its translation', async () => {
    const { talks } = await buildCorpus({ contentDirs: [join(ROOT, 'recap')] });
    const en = (title: string) => talks.find((talk) => talk.lang === 'en' && talk.title === title);
    expect(en('the maze of multi-cluster meshes')).toMatchObject({
      titles: { en: 'the maze of multi-cluster meshes', zh: '探索多集群网格的迷宫' },
      speakers: ['Ana Silva'],
      video: 'https://www.youtube.com/watch?v=AAAAAAAAAA4',
    });
    expect(en('ran a live benchmark of ambient mode at scale')?.video).toBe('https://www.youtube.com/watch?v=AAAAAAAAAA5');
    // Two links to come against three recordings: which is which is not certain, and words that only
    // describe a talk ("a talk about…") are no title: without a link they are no talk.
    expect(en('a talk about ambient mode on Windows')).toBeUndefined();
    expect(talks.filter((talk) => talk.lang === 'en' && talk.title.startsWith('a talk about'))).toEqual([]);
    expect(talks.filter((talk) => talk.lang === 'zh').map((talk) => talk.titles.zh)).not.toContain('探索多集群网格的迷宫');
  });

  it('gives a talk whose link is to come the recording of the one copy in the translation with the same speakers, between the same landmarks', async () => {
    const { talks } = await buildCorpus({ contentDirs: [join(ROOT, 'same-speakers')] });
    const en = talks.filter((talk) => talk.lang === 'en');
    expect(en.map((talk) => [talk.title, talk.speakers, talk.video])).toEqual([
      ['running forty clusters', ['Ana Silva'], 'https://www.youtube.com/watch?v=CCCCCCCCCC2'],
      ['debugging the mesh with Kiali', ['Jo Chen', 'Li Wei'], 'https://www.youtube.com/watch?v=CCCCCCCCCC3'],
    ]);
    // The Windows talk names no speaker: its en copy is only link words, and only its zh copy is a talk.
    expect(talks.filter((talk) => talk.video === 'https://www.youtube.com/watch?v=CCCCCCCCCC4').map((talk) => talk.lang)).toEqual(['zh']);
  });

  it('matches the links of a stretch whose blocks differ by their order only when the links both copies give stand at the same places', () => {
    const moved = (path: string, source: string) => (path.startsWith('zh') ? source.replace('(https://sched.co/4BBBB)', '(https://sched.co/4ZZZZ)') : source);
    const posts = parsedPosts(join(ROOT, 'list-against-paragraph'), moved);
    const own = posts.flatMap(publishedPassages);
    // A schedule page one copy gives where the other gives another: which talk is which is not certain.
    expect(added(withTranslationLinks(own, posts), own)).toEqual({});
  });

  it('merges nothing when the copies do not have the same headings and images in the same order', () => {
    const extraImage = (path: string, source: string) =>
      path.startsWith('zh') ? source.replace('## 主会议', '{{< image link="./booth.jpg" caption="展台" >}}\n\n## 主会议') : source;
    const posts = parsedPosts(join(ROOT, 'recap'), extraImage);
    const own = posts.flatMap(publishedPassages);
    expect(added(withTranslationLinks(own, posts), own)).toEqual({});
    // The same posts without the extra image do merge: the outline is what stopped it.
    const aligned = parsedPosts(join(ROOT, 'recap'));
    const alignedOwn = aligned.flatMap(publishedPassages);
    expect(Object.keys(added(withTranslationLinks(alignedOwn, aligned), alignedOwn)).length).toBeGreaterThan(0);
  });
});
