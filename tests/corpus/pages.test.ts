/**
 * Hugo's page model on the istio.io tree as it is: the files that are not pages on istio.io
 * (the banners and stickers inside the headless `events/` bundle, a second markdown file of a leaf
 * bundle, a folder with both `_index.md` and `index.md`, `x.md` beside `x/index.md`) give no post.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { buildCorpus } from '../../src/indexer/index.js';

const config = loadConfig();
const root = resolve(config.istioContent);
if (!existsSync(join(root, 'en'))) throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT.`);

const corpus = await buildCorpus({ contentDirs: [root], siteBaseUrl: config.siteBaseUrl });
const postIds = new Set(corpus.passages.map((passage) => passage.postId));

describe('the istio.io tree through Hugo’s page model', () => {
  it('indexes no sticker or other file of the headless events bundle as a post (its banners only as banners)', () => {
    expect([...postIds].filter((id) => /^(en|zh)\/events\//.test(id) && !/^(en|zh)\/events\/banners\//.test(id))).toEqual([]);
    const banners = corpus.passages.filter((passage) => passage.facts.banner);
    expect(banners.length).toBeGreaterThan(0);
    expect(banners.every((passage) => /\/events\/banners\//.test(passage.postId) && /（网站横幅）$| \(site banner\)$/.test(passage.title))).toBe(true);
    expect(corpus.ignored.filter((file) => file.reason === 'headless').map((file) => file.path).sort()).toEqual(['en/events/index.md', 'zh/events/index.md']);
  });

  it('indexes a leaf bundle’s second markdown file as nothing', () => {
    expect(postIds.has('en/blog/2020/istiocon-2021/istiocon-2021')).toBe(false);
    expect(postIds.has('en/blog/2020/istiocon-2021/index')).toBe(true);
  });

  it('gives each published URL one post, so no passage is there twice', () => {
    const postsByUrl = new Map<string, Set<string>>();
    // A banner has no page of its own: it opens the page it sends readers to, which several banners may share.
    for (const passage of corpus.passages.filter((one) => !one.facts.banner)) postsByUrl.set(passage.postUrl, (postsByUrl.get(passage.postUrl) ?? new Set()).add(passage.postId));
    expect([...postsByUrl].filter(([, ids]) => ids.size > 1).map(([url]) => url)).toEqual([]);
    const register = corpus.passages.filter((passage) => passage.postUrl === 'https://istio.io/latest/blog/2022/istiocon-register/');
    expect(new Set(register.map((passage) => passage.text)).size).toBe(register.length);
  });

  it('publishes posts at their istio.io URLs, the zh copy under /latest/zh/', () => {
    const urls = new Set(corpus.passages.map((passage) => passage.postUrl));
    expect(urls.has('https://istio.io/latest/blog/2023/istio-at-kubecon-na/')).toBe(true);
    expect(urls.has('https://istio.io/latest/zh/blog/2023/istio-at-kubecon-na/')).toBe(true);
    expect(urls.has('https://istio.io/latest/get-involved/')).toBe(true);
  });
});
