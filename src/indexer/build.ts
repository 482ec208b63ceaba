import { readFile } from 'node:fs/promises';
import { reasonOf } from '../errors/index.js';
import { INDEX_FORMAT_VERSION, sha256 } from '../store/index.js';
import type { EventInfo, Lang, Passage, Talk } from '../model/index.js';
import { withFacts } from '../facts/index.js';
import { asBanners, bannerPassages } from './banner-passages.js';
import { isBannerPath, readBanner, withBannerLinks, type Banner } from './banners.js';
import { discoverPosts, type SourceFile } from './discover.js';
import { extractKnowledge } from './knowledge.js';
import { publishedPassages } from './published.js';
import { inheritedFrontMatter, pageCandidates, readCascades, type CascadeEntry, type NotAPage, type PageIdentity } from './pages.js';
import { langOfPath, parsePost, type ParseOptions } from './parse-post.js';
import { withTranslatedPendingLinks, withTranslationLinks } from './translation-links.js';
import { DEFAULT_SITE_BASE_URL } from './urls.js';
import type { ParsedPost } from './types.js';

/** A post that could not be indexed, and why. */
export interface SkippedPost {
  root: string;
  path: string;
  reason: string;
}

export interface BuildOptions extends ParseOptions {
  /** Folders to index, in order. */
  contentDirs: readonly string[];
  /** Called after each file, for progress displays. Default: nothing. */
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Everything an index is made of, in memory, before it is serialized. */
export interface BuiltCorpus {
  passages: Passage[];
  talks: Talk[];
  events: EventInfo[];
  posts: number;
  passagesByLang: Record<Lang, number>;
  skipped: SkippedPost[];
  /** Markdown files Hugo does not publish as a listed page (drafts, headless pages, bundle resources…), with why. */
  ignored: NotAPage[];
  /** Non-fatal problems, with the path they were found in. */
  warnings: string[];
  /** sha256 over the paths and bytes of every file read, and the format version. */
  contentHash: string;
  /** Markdown bytes read. */
  bytes: number;
}

/** Reads and parses every post of the content roots. A malformed post is skipped and reported; the rest is indexed. */
export async function buildCorpus(options: BuildOptions): Promise<BuiltCorpus> {
  const discovered = await discoverPosts(options.contentDirs);
  const { candidates: files, notPages: ignored } = pageCandidates(discovered);
  const siteBaseUrl = (options.siteBaseUrl ?? DEFAULT_SITE_BASE_URL).replace(/\/+$/, '');
  const hash = createContentHash(siteBaseUrl);
  const posts: ParsedPost[] = [];
  const skipped: SkippedPost[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  const cascades = await readSectionCascades(files);
  const reader = readAhead(files.map((file) => file.absolute));
  for (const [index, file] of files.entries()) {
    const buffer = await reader.next();
    bytes += buffer.length;
    hash.add(file.path, buffer);
    try {
      if (seen.has(file.path)) throw new Error(`another content root already has ${file.path}`);
      seen.add(file.path);
      const inherited = inheritedFrontMatter(file, pageIdentity(file.path), cascades);
      const outcome = parsePost(file.path, buffer.toString('utf8'), { ...options, siteBaseUrl, inherited });
      if (outcome.kind === 'ignored') ignored.push({ root: file.root, path: file.path, reason: outcome.reason });
      else {
        posts.push(outcome.post);
        warnings.push(...outcome.warnings.map((warning) => `${file.root}/${file.path}: ${warning}`));
      }
    } catch (error) {
      skipped.push({ root: file.root, path: file.path, reason: reasonOf(error) });
    }
    options.onProgress?.(index + 1, files.length, file.path);
  }
  const banners = await readBanners(discovered, hash, skipped);
  // Knowledge first: it dates each passage with its event, and the published passages are copies.
  const aligned = withTranslatedPendingLinks(posts);
  const { talks, events } = extractKnowledge(aligned);
  withBannerLinks(events, banners);
  const published = withTranslationLinks(aligned.flatMap(publishedPassages), aligned);
  const fromBanners = bannerPassages(banners, events, { ...options, siteBaseUrl });
  const passages = asBanners(withFacts([...published, ...fromBanners], events), fromBanners);
  return {
    passages,
    talks,
    events,
    posts: posts.length,
    passagesByLang: {
      en: passages.filter((passage) => passage.lang === 'en').length,
      zh: passages.filter((passage) => passage.lang === 'zh').length,
    },
    skipped,
    ignored,
    warnings,
    contentHash: hash.digest(),
    bytes,
  };
}

/**
 * The content hash an index of these roots would carry, without parsing a post: cheap enough to
 * tell at start whether the index is older than its content.
 */
export async function hashContent(contentDirs: readonly string[], siteBaseUrl: string = DEFAULT_SITE_BASE_URL): Promise<string> {
  // The same files buildCorpus hashes, in the same order, so the hashes compare.
  const discovered = await discoverPosts(contentDirs);
  const { candidates: files } = pageCandidates(discovered);
  const hash = createContentHash(siteBaseUrl.replace(/\/+$/, ''));
  const reader = readAhead(files.map((file) => file.absolute));
  for (const file of files) hash.add(file.path, await reader.next());
  await readBanners(discovered, hash, []);
  return hash.digest();
}

/**
 * The site banners among the files (see `banners.ts`), hashed after the posts: an index is as old
 * as the banners it took links and passages from. A banner that cannot be read is reported in `skipped`.
 */
async function readBanners(files: readonly SourceFile[], hash: ReturnType<typeof createContentHash>, skipped: SkippedPost[]): Promise<Banner[]> {
  const banners: Banner[] = [];
  for (const file of files.filter((one) => isBannerPath(one.path))) {
    try {
      const buffer = await readFile(file.absolute);
      hash.add(file.path, buffer);
      const banner = readBanner(file.path, buffer.toString('utf8'));
      if (banner) banners.push(banner);
    } catch (error) {
      skipped.push({ root: file.root, path: file.path, reason: reasonOf(error) });
    }
  }
  return banners;
}

/** What a cascade target matches a file by: its logical path (`/blog/2023/x`), kind and language. */
function pageIdentity(path: string): PageIdentity {
  const lang = langOfPath(path);
  const logical = path.replace(/^(en|zh)\//, '').replace(/\.md$/i, '').replace(/(^|\/)_?index$/, '');
  return { path: `/${logical}`, kind: path.endsWith('_index.md') ? 'section' : 'page', lang };
}

/** The cascades of every section page (`_index.md`), read before the pages below them. */
async function readSectionCascades(files: readonly SourceFile[]): Promise<Map<string, CascadeEntry[]>> {
  const sections = files.filter((file) => file.path === '_index.md' || file.path.endsWith('/_index.md'));
  // An unreadable section is reported when it is read as a page.
  const sources = await Promise.all(sections.map((file) => readFile(file.absolute, 'utf8').catch(() => '')));
  return readCascades(sections.map((file, index) => ({ file, source: sources[index] ?? '' })));
}

/** Files read while earlier ones are parsed: a sequential read per post left the CPU idle for a sixth of a build. */
const READ_AHEAD = 16;

/** Reads `paths` in order, keeping up to READ_AHEAD reads in flight; a failed read throws when its turn comes. */
function readAhead(paths: readonly string[]): { next(): Promise<Buffer> } {
  const pending: Array<Promise<{ buffer: Buffer } | { error: unknown }>> = [];
  let started = 0;
  const start = () => {
    while (started < paths.length && pending.length < READ_AHEAD) {
      pending.push(readFile(paths[started++] as string).then((buffer) => ({ buffer }), (error: unknown) => ({ error })));
    }
  };
  return {
    async next() {
      start();
      const result = await pending.shift();
      start();
      if (!result) throw new Error('read past the last file');
      if ('error' in result) throw result.error;
      return result.buffer;
    },
  };
}

function createContentHash(siteBaseUrl: string) {
  const parts: string[] = [`format:${INDEX_FORMAT_VERSION}`, `site:${siteBaseUrl}`];
  return {
    add(path: string, bytes: Buffer) {
      parts.push(`${path}\u0000${sha256(bytes)}`);
    },
    digest() {
      return sha256(parts.join('\n'));
    },
  };
}
