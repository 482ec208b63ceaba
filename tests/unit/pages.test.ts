import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus, describeNotPages } from '../../src/indexer/index.js';
import { aliasUrls, postUrlFor } from '../../src/indexer/urls.js';

/** A small Hugo content tree with one file for each rule of the page model (tests/fixtures/pages). */
const ROOT = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const BASE = 'https://istio.io/latest';
const corpus = await buildCorpus({ contentDirs: [ROOT], siteBaseUrl: BASE });
const postUrls = [...new Set(corpus.passages.map((passage) => passage.postUrl))].sort();
const reasonOf = (path: string) => corpus.ignored.find((file) => file.path === path)?.reason;

describe('Hugo page model (tests/fixtures/pages)', () => {
  it('indexes exactly the pages Hugo publishes, at the URLs it publishes them', () => {
    expect(postUrls).toEqual(
      [
        `${BASE}/archive/`,
        `${BASE}/archive/current/`,
        `${BASE}/archive/old/kept/`,
        `${BASE}/blog/2031/flat/`,
        `${BASE}/blog/2031/leaf/`,
        `${BASE}/blog/2031/new-name/`,
        `${BASE}/blog/2031/twice/`,
        `${BASE}/events/moved-here/`,
        `${BASE}/hidden/`,
        `${BASE}/zh/blog/2031/twice/`,
        `${BASE}/zh/custom/path/`,
      ].sort(),
    );
    expect(corpus.skipped).toEqual([]);
  });

  it('treats every other markdown file of a leaf bundle as a resource, headless bundles included', () => {
    expect(reasonOf('en/blog/2031/leaf/notes.md')).toBe('bundle resource');
    expect(reasonOf('en/events/banners/istio-day.md')).toBe('bundle resource');
    expect(reasonOf('en/events/index.md')).toBe('headless');
  });

  it('keeps one page where two files share a URL: _index.md over index.md, the bundle over x.md', () => {
    expect(reasonOf('en/blog/2031/twice/index.md')).toBe('duplicate');
    expect(corpus.passages.find((passage) => passage.postUrl === `${BASE}/blog/2031/twice/`)?.title).toBe('Register now (section)');
    expect(reasonOf('en/blog/2031/flat.md')).toBe('duplicate');
  });

  it('pairs a section page with its translation in a leaf bundle', () => {
    const keys = corpus.passages.filter((passage) => passage.postUrl.endsWith('/blog/2031/twice/')).map((passage) => passage.translationKey);
    expect(new Set(keys)).toEqual(new Set(['blog/2031/twice']));
  });

  it('honours draft, build options and their cascade to the pages below (with its path target)', () => {
    expect(reasonOf('en/blog/2031/work-in-progress.md')).toBe('draft');
    expect(reasonOf('en/blog/2031/unlisted.md')).toBe('unlisted');
    expect(reasonOf('en/blog/2031/link-only.md')).toBe('not rendered');
    expect(reasonOf('en/hidden/page.md')).toBe('not rendered');
    expect(reasonOf('en/hidden/deeper/page.md')).toBe('not rendered');
    expect(reasonOf('en/archive/old/stale.md')).toBe('draft');
    // The page's own `draft: false` wins over the cascade; the section itself is not below its cascade.
    expect(reasonOf('en/archive/old/kept.md')).toBeUndefined();
    expect(reasonOf('en/hidden/_index.md')).toBeUndefined();
  });

  it('counts every file that is not a post by reason, in one line', () => {
    expect(describeNotPages(corpus.ignored, corpus.skipped.length)).toBe(
      'skipped 11: 3 not rendered, 2 bundle resources, 2 drafts, 2 duplicates, 1 headless, 1 unlisted',
    );
    expect(describeNotPages([], 2)).toBe('skipped 2: 2 invalid');
  });
});

describe('published URLs', () => {
  it('applies slug, site-path and language-relative url, and keeps an absolute url', () => {
    expect(postUrlFor('en/blog/2031/x.md', 'en', BASE, { slug: 'y' })).toBe(`${BASE}/blog/2031/y/`);
    expect(postUrlFor('en/blog/2031/x/_index.md', 'en', BASE, { slug: 'y' })).toBe(`${BASE}/blog/2031/x/`);
    expect(postUrlFor('zh/blog/2031/x.md', 'zh', BASE, { url: '/blog/elsewhere' })).toBe(`${BASE}/blog/elsewhere/`);
    expect(postUrlFor('zh/blog/2031/x.md', 'zh', BASE, { url: 'blog/elsewhere/' })).toBe(`${BASE}/zh/blog/elsewhere/`);
    expect(postUrlFor('en/events/x.md', 'en', BASE, { url: 'https://istio.io/latest/blog/2023/recap/' })).toBe('https://istio.io/latest/blog/2023/recap/');
  });

  it('resolves aliases as Hugo serves them, with the language prefix of the page', () => {
    const page = `${BASE}/blog/2031/new-name/`;
    expect(aliasUrls(['/old/renamed', 'older-name', '/old/renamed'], page, 'en', BASE)).toEqual([`${BASE}/old/renamed/`, `${BASE}/blog/2031/older-name/`]);
    expect(aliasUrls(['/community', '/zh/about'], `${BASE}/zh/x/`, 'zh', BASE)).toEqual([`${BASE}/zh/community/`, `${BASE}/zh/about/`]);
  });
});
