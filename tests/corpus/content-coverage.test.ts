/**
 * Nothing is lost between the istio.io posts and ours: every talk video an istio.io post about an
 * event links to is a talk of our own content, in the same language, with the speakers the post
 * names; any other video it links (a film shown at the event) is a talk or a link of ours. Both trees go through the real indexer and talk extractor; the videos are read from the
 * corpus, never listed here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { buildCorpus, type BuiltCorpus } from '../../src/indexer/index.js';
import { normalizeForMatch } from '../../src/indexer/event-keys.js';
import type { Lang, Talk } from '../../src/model/index.js';

const config = loadConfig();
const root = resolve(config.istioContent);
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

if (!existsSync(join(root, 'en'))) {
  throw new Error(`The istio.io content tree is missing at ${root}; set ISTIO_CONTENT to a checkout of istio.io/content.`);
}

/** A post is about an event when its inferred event or its title names one of these. */
const ABOUT_AN_EVENT = /istio ?day|istio ?con|kube ?con|meetup|meet-up|见面会/i;
/** One recording; a playlist is a channel of many and stands for no single talk. */
const SINGLE_VIDEO = /^https:\/\/www\.youtube\.com\/watch\?v=/;

interface EventPost {
  postId: string;
  lang: Lang;
  /** Every single-video link the post carries, normalized by the indexer. */
  videos: string[];
  /** The post's talks that have a video. */
  talks: Talk[];
}

function eventPosts(corpus: BuiltCorpus): EventPost[] {
  const posts = new Map<string, EventPost>();
  const postOfPassage = new Map<string, string>();
  for (const passage of corpus.passages) {
    postOfPassage.set(passage.id, passage.postId);
    if (!ABOUT_AN_EVENT.test(`${passage.event ?? ''} ${passage.title}`)) continue;
    const post = posts.get(passage.postId) ?? { postId: passage.postId, lang: passage.lang, videos: [], talks: [] };
    for (const video of passage.links.videos) if (SINGLE_VIDEO.test(video) && !post.videos.includes(video)) post.videos.push(video);
    posts.set(passage.postId, post);
  }
  for (const talk of corpus.talks) {
    const post = posts.get(postOfPassage.get(talk.passageId) ?? '');
    if (!post || !talk.video) continue;
    post.talks.push(talk);
    if (!post.videos.includes(talk.video)) post.videos.push(talk.video);
  }
  return [...posts.values()].filter((post) => post.videos.length > 0);
}

const [source, ours] = await Promise.all([
  buildCorpus({ contentDirs: [root], siteBaseUrl: config.siteBaseUrl }),
  buildCorpus({ contentDirs: [CONTENT], siteBaseUrl: config.siteBaseUrl }),
]);
const recaps = eventPosts(source);

/** Our talks with that video told in that language (a talk told in both languages is one talk with both titles). */
const ourTalks = (video: string, lang: Lang): Talk[] =>
  ours.talks.filter((talk) => talk.video === video && (talk.lang === lang || talk.titles[lang] !== undefined));

/** Whether one of our passages in that language links the video: a film shown at an event is linked, not a talk. */
const ourLink = (video: string, lang: Lang): boolean => ours.passages.some((passage) => passage.lang === lang && passage.links.videos.includes(video));

/** Whether the source post itself reads the video as a talk's recording. */
const isTalkVideo = (recap: EventPost, video: string): boolean => recap.talks.some((talk) => talk.video === video);

/** The same person, however the two posts spell the name ("Ovidiu" and "Ovidiu Valeanu", accents or none). */
function samePerson(a: string, b: string): boolean {
  const [x, y] = [normalizeForMatch(a), normalizeForMatch(b)];
  return x.includes(y) || y.includes(x);
}

describe('the corpus posts about events', () => {
  it('include recaps in both languages that link talk videos', () => {
    expect(recaps.map((post) => post.postId)).toContain('zh/blog/2023/istio-at-kubecon-na/index');
    expect(new Set(recaps.map((post) => post.lang))).toEqual(new Set(['en', 'zh']));
  });
});

describe.each(recaps)('our content covers $postId', (recap) => {
  it('with a talk for every talk video the post links, and every other video linked, in the same language', () => {
    const missing = recap.videos.filter((video) => ourTalks(video, recap.lang).length === 0 && (isTalkVideo(recap, video) || !ourLink(video, recap.lang)));
    expect(missing).toEqual([]);
  });

  it('naming every speaker the post names for that video', () => {
    const lost = recap.talks.flatMap((talk) => {
      const speakers = ourTalks(talk.video ?? '', recap.lang).flatMap((mine) => mine.speakers);
      return talk.speakers.filter((speaker) => !speakers.some((mine) => samePerson(mine, speaker))).map((speaker) => `${speaker} (${talk.video})`);
    });
    expect(lost).toEqual([]);
  });
});
