/**
 * Our own event posts under content/, read by the real indexer: what `npm start` answers from is
 * only as good as these files, so every rule of content/README.md that a machine can check is
 * checked here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPosts } from '../../src/indexer/discover.js';
import { readFrontMatter, type FrontMatter } from '../../src/indexer/frontmatter.js';
import { auditKnowledge, buildCorpus, normalizeYouTube, parsePost, type BuiltCorpus, type ParsedPost } from '../../src/indexer/index.js';
import { extractTalks } from '../../src/indexer/talks.js';
import type { Talk } from '../../src/model/index.js';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
/** Site-relative links resolve against the site base; with this one, a link that is not absolute shows by its host. */
const RELATIVE_MARKER = 'https://site-relative.invalid';
const LAYOUT = /^(en|zh)\/events\/(\d{4})\/[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

interface OurPost {
  path: string;
  /** The path below `en/` or `zh/`: the same for both languages of one post. */
  key: string;
  front: FrontMatter;
  written: Written;
  post: ParsedPost;
  talks: Talk[];
}

function read(path: string, absolute: string): OurPost {
  const source = readFileSync(absolute, 'utf8');
  const outcome = parsePost(path, source, { siteBaseUrl: RELATIVE_MARKER });
  if (outcome.kind !== 'post') throw new Error(`${path} was ignored by the indexer: ${outcome.reason}`);
  const { front, body } = readFrontMatter(source);
  return { path, key: path.replace(/^(en|zh)\//, ''), front, written: readMarkdown(body), post: outcome.post, talks: extractTalks(outcome.post) };
}

/** What the markdown itself says, before the indexer resolves, normalizes and flattens it. */
interface Written {
  /** Link targets as written. */
  targets: string[];
  /** Text that looks like `[text](target)` but is no link: a target with spaces, a missing bracket. */
  broken: string[];
  /** The bold titles of talk lines: list items that open with a bold title and carry talk links or speakers. */
  talkTitles: string[];
}

/** The link labels of a talk line (content/README.md). */
const TALK_LINK_LABEL = /^(?:▶\s*)?(?:Video|视频)$|^(?:Slides|Schedule|幻灯片|日程)$/;
/** What follows the bold title of a talk line that names its speakers: `, by …` / `，由 …`. */
const SPEAKERS_FOLLOW = /^\s*(?:\([^)]*\))?,\s+by\s|^\s*(?:（[^）]*）)?，\s*由/;

function readMarkdown(body: string): Written {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const targets: string[] = [];
  const broken: string[] = [];
  const talkTitles: string[] = [];
  visit(tree, 'listItem', (item) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return;
    const [title, next] = first.children;
    if (title?.type !== 'strong') return;
    const linked = first.children.some((node) => node.type === 'link' && TALK_LINK_LABEL.test(toString(node).trim()));
    const named = next?.type === 'text' && SPEAKERS_FOLLOW.test(next.value);
    if (linked || named) talkTitles.push(toString(title).trim());
  });
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') targets.push(node.url);
    else if (node.type === 'html') {
      for (const match of node.value.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) targets.push(match[1] ?? '');
    } else if (node.type === 'text' && /\]\(/.test(node.value)) broken.push(node.value);
  });
  return { targets, broken, talkTitles };
}

function passageLinks(post: ParsedPost): string[] {
  return post.passages.flatMap(({ passage }) => [...passage.links.videos, ...passage.links.slides, ...passage.links.other]);
}

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

const videosOf = (post: OurPost): string[] => [...new Set(post.post.passages.flatMap(({ passage }) => passage.links.videos))].sort();

/** A format note that may follow a talk's title: `(lightning talk)`, `（研讨会）`. */
const FORMAT_NOTE = String.raw`(?:\s*[(（][^()（）]*[)）])?`;
/** After a title whose line names no speaker comes (a format note and) the full stop, as content/README.md asks. */
const NO_SPEAKER_PART = new RegExp(`^${FORMAT_NOTE}\\s*[.。]`);

const files = await discoverPosts([CONTENT]);
const posts = files.map((file) => read(file.path, file.absolute));

describe('the content folder', () => {
  let corpus: BuiltCorpus;
  beforeAll(async () => {
    corpus = await buildCorpus({ contentDirs: [CONTENT], siteBaseUrl: RELATIVE_MARKER });
  });

  it('holds posts in both languages', () => {
    expect(posts.filter((post) => post.path.startsWith('en/')).length).toBeGreaterThan(0);
    expect(posts.filter((post) => post.path.startsWith('zh/')).length).toBeGreaterThan(0);
  });

  it('links to videos, slides and other pages', () => {
    const links = corpus.passages.map((passage) => passage.links);
    expect(links.some((link) => link.videos.length > 0)).toBe(true);
    expect(links.some((link) => link.slides.length > 0)).toBe(true);
    expect(links.some((link) => link.other.length > 0)).toBe(true);
  });

  it('passes the knowledge audit: every event dated, every talk under an event, no schedule or landing page called slides', () => {
    const report = auditKnowledge(corpus);
    expect(report.problems).toEqual([]);
    expect(report.counts.talksWithoutEvent).toBe(0);
  });

  it('files the KubeCon sessions of an Istio Day post under the KubeCon, not the Istio Day, and ties the Istio Day to it', () => {
    const paris = corpus.events.find((event) => event.name === 'Istio Day Europe 2024' && event.lang === 'en');
    expect(paris?.parent).toBe('en:kubecon-europe-2024');
    const atKubecon = corpus.talks.filter((talk) => talk.url.includes('2024/kubecon-eu') && talk.lang === 'en');
    expect(atKubecon.length).toBeGreaterThan(5);
    expect(atKubecon.filter((talk) => talk.event === 'Istio Day Europe 2024')).toEqual([]);
    const observability = atKubecon.find((talk) => talk.title.includes('Monitor and Compare Service Mesh Infrastructure Costs'));
    expect(observability?.event).toBe('Observability Day Europe 2024');
  });

  it('tells one talk told in both languages once, with both titles and each speaker with their own organisation', () => {
    const both = corpus.talks.filter((talk) => talk.titles.en && talk.titles.zh);
    expect(both.length).toBeGreaterThan(10);
    expect(corpus.talks.some((talk) => talk.people.length > 1 && new Set(talk.people.map((person) => person.organisation)).size > 1)).toBe(true);
  });

  it('indexes every post, skipping none and warning about none', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.ignored).toEqual([]);
    expect(corpus.posts).toBe(files.length);
  });

  it('has a Chinese post for every English post and an English post for every Chinese one', () => {
    const keys = (lang: string) => posts.filter((post) => post.path.startsWith(`${lang}/`)).map((post) => post.key).sort();
    expect(keys('zh')).toEqual(keys('en'));
  });

  describe.each(posts.filter((post) => post.path.startsWith('en/')).map((post) => post.key))('%s in both languages', (key) => {
    const en = posts.find((post) => post.path === `en/${key}`);
    const zh = posts.find((post) => post.path === `zh/${key}`);

    it('links the same videos', () => {
      expect(en && zh).toBeTruthy();
      if (en && zh) expect(videosOf(zh)).toEqual(videosOf(en));
    });

    it('describes the same event', () => {
      // The recap link may differ: a zh post points at the zh copy of the recap.
      const facts = (post: OurPost | undefined) => {
        const { name, kind, city, country, start, end, schedule } = post?.front.event ?? {};
        return { name, kind, city, country, start, end, schedule };
      };
      expect(facts(zh)).toEqual(facts(en));
    });

    it('names a venue in both languages or in neither', () => {
      expect(zh?.front.event?.venue === undefined).toBe(en?.front.event?.venue === undefined);
    });
  });
});

describe.each(posts)('$path', (ours) => {
  const { front, post, path } = ours;

  it('lives at <lang>/events/<year of the event>/<slug>.md', () => {
    const match = LAYOUT.exec(path);
    expect(match, `${path} does not follow the layout`).not.toBeNull();
    expect(front.event?.start?.slice(0, 4)).toBe(match?.[2]);
  });

  it('has the front matter content/README.md asks for', () => {
    expect(front.title?.trim()).toBeTruthy();
    expect(front.description?.trim()).toBeTruthy();
    expect(front.publishdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(front.keywords.length).toBeGreaterThan(0);
    expect(isHttpsUrl(front.url ?? ''), `url: ${front.url}`).toBe(true);
    expect(front.event?.name.trim()).toBeTruthy();
    expect(front.event?.kind).toBeTruthy();
    expect(front.event?.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (front.event?.end) expect(front.event.end >= (front.event.start ?? '')).toBe(true);
    for (const link of [front.event?.schedule, front.event?.recap]) if (link) expect(isHttpsUrl(link), link).toBe(true);
    expect(post.meta.event).toBe(front.event?.name);
  });

  it('gives a venue only as the post itself names it', () => {
    const venue = front.event?.venue;
    if (venue === undefined) return;
    const squeezed = (text: string) => text.toLowerCase().replace(/\s+/g, '');
    const text = [front.title, front.description, ...post.passages.map(({ passage }) => passage.text)].join('\n');
    expect(squeezed(text), `venue "${venue}" is not in ${path}`).toContain(squeezed(venue));
  });

  it('links only to absolute https URLs', () => {
    const links = passageLinks(post);
    expect(links.filter((url) => !isHttpsUrl(url) || url.startsWith(RELATIVE_MARKER))).toEqual([]);
    expect(ours.written.targets.filter((url) => !isHttpsUrl(url))).toEqual([]);
    expect(ours.written.broken).toEqual([]);
  });

  it('writes every YouTube link in its one normalized form', () => {
    const youtube = ours.written.targets.filter((url) => /^https?:\/\/(?:[\w-]+\.)?(?:youtube\.com|youtu\.be|youtube-nocookie\.com)\//i.test(url));
    expect(youtube.filter((url) => url !== normalizeYouTube(url))).toEqual([]);
  });

  it('reads every talk line of the post as a talk with its bold title', () => {
    const titles = ours.talks.map((talk) => talk.title);
    expect(ours.written.talkTitles.filter((title) => !titles.includes(title))).toEqual([]);
  });

  it('gives every talk a title, and speakers unless its line names none', () => {
    for (const talk of ours.talks) {
      expect(talk.title.trim()).toBeTruthy();
      const text = post.passages.find(({ passage }) => passage.id === talk.passageId)?.passage.text ?? '';
      const at = text.indexOf(talk.title);
      expect(at, `"${talk.title}" is not in its passage`).toBeGreaterThanOrEqual(0);
      if (talk.speakers.length === 0) {
        // A talk with no speaker is one whose line drops the `, by …` part; anything else is a misread.
        expect(text.slice(at + talk.title.length), `"${talk.title}" has no speaker`).toMatch(NO_SPEAKER_PART);
      }
      for (const speaker of talk.speakers) expect(text).toContain(speaker);
    }
  });
});
