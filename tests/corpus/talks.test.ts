import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { extractEvents } from '../../src/indexer/events.js';
import { parsePost } from '../../src/indexer/index.js';
import { extractTalks } from '../../src/indexer/talks.js';
import type { ParsedPost } from '../../src/indexer/types.js';
import type { Talk } from '../../src/model/index.js';

const config = loadConfig();
const root = resolve(config.istioContent);

function parse(path: string): ParsedPost {
  const outcome = parsePost(path, readFileSync(join(root, path), 'utf8'), { siteBaseUrl: config.siteBaseUrl });
  if (outcome.kind !== 'post') throw new Error(`${path} is not a post: ${outcome.reason}`);
  return outcome.post;
}

beforeAll(() => {
  if (!existsSync(join(root, 'en', 'blog'))) {
    throw new Error(`The istio.io corpus is missing at ${root}; set ISTIO_CONTENT to a checkout of istio.io/content.`);
  }
});

const yt = (id: string): string => `https://www.youtube.com/watch?v=${id}`;
type Expected = Pick<Talk, 'title' | 'speakers'> & { video?: string; slides?: string; schedule?: string };
/** The fields a recap states: a talk's slides are its own deck, its sched session is its schedule. */
const pick = (talk: Talk): Expected => ({
  title: talk.title,
  speakers: talk.speakers,
  ...(talk.video ? { video: talk.video } : {}),
  ...(talk.slides ? { slides: talk.slides } : {}),
  ...(talk.schedule ? { schedule: talk.schedule } : {}),
});

/**
 * Recaps and announcements with talks as the posts name them. For each, talks that must be found
 * exactly (title, speakers, link), and how many talks the post has in all.
 */
const recaps: Array<{ path: string; count: number; talks: Expected[] }> = [
  {
    path: 'en/blog/2023/istio-at-kubecon-na/index.md',
    count: 20,
    talks: [
      { title: 'an end user talk by Kush Trivedi and Khushboo Mittal', speakers: ['Kush Trivedi', 'Khushboo Mittal'], video: yt('Uk0k8uhdyaA') },
      { title: 'Scaling AI powered translation services using Istio', speakers: [], video: yt('jFJyLbHros0') },
      { title: 'end user talk from Intuit', speakers: ['Karim Lakhani'], video: yt('Xe38vEygOqk') },
      { title: 'Istio Identity', speakers: ['Jackie Elliot'], video: yt('QjmUDNXyckQ') },
      { title: 'bridging trust between multi-cluster meshes', speakers: ['Lukonde Mwila', 'Ovidiu'], video: yt('FIVmVIJlLVw') },
      {
        title: 'a brilliant workshop on getting started with ambient mesh',
        speakers: ['Christian Posta', 'Jim Barton'],
        video: yt('SyjBSM-3dOY'),
      },
      {
        title: 'The Contribfest Hands-on Development and Contribution Workshop',
        speakers: ['Lin Sun', 'Eric Van Norman', 'Steven Landow', 'Faseela K'],
        schedule: 'https://sched.co/1R2q7/',
      },
      { title: 'Untangling Your Service Mesh with Feature Gates', speakers: [], schedule: 'https://sched.co/1R2v6' },
    ],
  },
  {
    path: 'en/blog/2023/istio-at-kubecon-eu/index.md',
    count: 17,
    talks: [
      { title: 'opening keynote', speakers: [], video: yt('h9EgMrJ0ahs') },
      { title: 'the security posture of Ambient Mesh', speakers: ['Christian Posta', 'John Howard'], video: yt('QnfrbbY_Hy4') },
      { title: 'end user talk from John Keates from Wehkamp', speakers: ['John Keates'], video: yt('Gb_I2RJr8kQ') },
      { title: 'using Istio for Controls Compliance', speakers: ['Zack Butcher'], video: yt('gIntE4Nn5r4') },
      { title: 'guide for Istio resource isolation', speakers: ['Zhonghu Xu'], video: yt('TmlfQjChmNU') },
      { title: 'securing hybrid cloud deployments', speakers: ['Matt Turner'], video: yt('xejbMNbOwXk') },
      { title: 'The Top 10 List of Istio Security Risks and Mitigation Strategies', speakers: [], schedule: 'https://sched.co/1HyPQ' },
    ],
  },
  {
    path: 'en/blog/2023/istiocon-china/index.md',
    count: 2,
    talks: [{ title: 'Extending and Customizing Istio with Wasm', speakers: ['Shivanshu Raj Shrivastava'] }],
  },
  {
    path: 'en/blog/2024/kubecon-na/index.md',
    count: 13,
    talks: [
      { title: 'Life of a Packet: Ambient Edition', speakers: [], schedule: 'https://sched.co/1hovw' },
      { title: 'What Istio Got Wrong: Learnings from the Last Seven Years of Service Mesh', speakers: [], schedule: 'https://sched.co/1i7nP' },
    ],
  },
  {
    path: 'en/blog/2022/istiocon-register/index.md',
    count: 3,
    talks: [{ title: 'how eBay used Istio to create federated access points', speakers: [], video: yt('ckeUh4xNBdo') }],
  },
  {
    // One talk fewer than the English post: its link text is only 演讲 ("talk"), which names nothing.
    path: 'zh/blog/2023/istio-at-kubecon-na/index.md',
    count: 19,
    talks: [
      { title: '桥接多集群网格之间的信任', speakers: ['Lukonde Mwila', 'Ovidiu'], video: yt('FIVmVIJlLVw') },
      { title: 'Kush Trivedi 和 Khushboo Mittal 的最终用户演讲', speakers: ['Kush Trivedi', 'Khushboo Mittal'], video: yt('Uk0k8uhdyaA') },
      {
        title: '最终用户演讲，解释了在生产部署中升级 Istio 时的最佳实践',
        speakers: ['Ekansh Gupta', 'Nirupama Singh'],
        video: yt('dl0sESwwm9c'),
      },
      { title: 'Istio KubeCon 维护者跟踪会议', speakers: ['John Howard', 'Louis Ryan'], schedule: 'https://sched.co/1R2tA' },
    ],
  },
  {
    path: 'zh/blog/2025/istio-at-kubecon-eu/index.md',
    count: 19,
    talks: [
      { title: '开幕主题演讲', speakers: ['Keith Mattix', 'Denis Jannot'], video: yt('v10UpNQIoT0') },
      { title: '探索多集群 Istio 的迷宫', speakers: ['Pamela Hernandez'], video: yt('WpEkfVGWmd8') },
      { title: 'Istio 大规模部署架构进行精彩演讲', speakers: ['Lior Lieberman', 'Erik Parienty'], video: yt('GNi9ZJFuups') },
      { title: '维护者专场会议', speakers: ['Raymond Wong', 'Louis Ryan', 'Lin Sun'], video: yt('poBOYc_EkpA') },
      { title: '项目闪电演讲：Istio 有什么新功能？', speakers: ['Mitch Connors'], video: yt('B7lpXPZPFoI') },
    ],
  },
  {
    path: 'zh/blog/2025/istio-at-kubecon-na/index.md',
    count: 21,
    talks: [
      { title: '欢迎致辞 + 开幕词', speakers: ['John Howard', 'Keith Mattix'], video: yt('f5BxnlFgToQ') },
      { title: 'Credit Karma 的 Istio 迁移：50k+ Pod，最小影响，经验教训', speakers: ['Sumit Vij', 'Mark Gergely'], video: yt('OjT4NmO5MvM') },
      { title: 'Istio 项目更新', speakers: [], video: yt('vdCMLZ-4vUo') },
    ],
  },
];

describe('talks extracted from the istio.io recaps', () => {
  for (const recap of recaps) {
    it(`finds the talks of ${recap.path} with their speakers and links`, () => {
      const post = parse(recap.path);
      const talks = extractTalks(post);
      expect(talks.map((talk) => pick(talk))).toEqual(expect.arrayContaining(recap.talks));
      expect(talks).toHaveLength(recap.count);
    });
  }

  it('only names speakers the post itself names', () => {
    for (const recap of recaps) {
      const post = parse(recap.path);
      const text = post.passages.map((draft) => draft.passage.text).join(' ');
      for (const talk of extractTalks(post)) for (const speaker of talk.speakers) expect(text).toContain(speaker);
    }
  });

  it("never calls the event's schedule page a talk's slides", () => {
    for (const path of ['en/blog/2023/istiocon-china/index.md', 'zh/blog/2025/istio-at-kubecon-eu/index.md']) {
      const post = parse(path);
      expect(post.eventSlides).not.toBeNull();
      const talks = extractTalks(post);
      expect(talks.length).toBeGreaterThan(0);
      for (const talk of talks) expect(talk.slides).not.toBe(post.eventSlides);
    }
  });

  it('finds no talk in posts that are not about events', () => {
    for (const path of ['en/blog/2024/ambient-reaches-ga/index.md', 'zh/blog/2023/ada-logics-security-assessment/index.md']) {
      expect(extractTalks(parse(path))).toEqual([]);
    }
  });
});

/** Every Istio Day, IstioCon and KubeCon recap of the corpus, with the city and year of its event. */
const eventRecaps: Array<[path: string, city: string, year: string]> = [
  ['en/blog/2023/istio-at-kubecon-eu/index.md', 'Amsterdam', '2023'],
  ['zh/blog/2023/istio-at-kubecon-eu/index.md', 'Amsterdam', '2023'],
  ['en/blog/2023/istio-at-kubecon-na/index.md', 'Chicago', '2023'],
  ['zh/blog/2023/istio-at-kubecon-na/index.md', 'Chicago', '2023'],
  ['en/blog/2023/istiocon-china/index.md', 'Shanghai', '2023'],
  ['zh/blog/2023/istiocon-china/index.md', 'Shanghai', '2023'],
  ['en/blog/2025/istio-at-kubecon-eu/index.md', 'London', '2025'],
  ['zh/blog/2025/istio-at-kubecon-eu/index.md', 'London', '2025'],
  ['en/blog/2025/istio-at-kubecon-na/index.md', 'Atlanta', '2025'],
  ['zh/blog/2025/istio-at-kubecon-na/index.md', 'Atlanta', '2025'],
  ['zh/blog/2021/istiomeetups-china-report/index.md', 'Beijing', '2021'],
];

describe('events extracted from the istio.io recaps', () => {
  let events: ReturnType<typeof extractEvents>;
  let posts: ParsedPost[];
  beforeAll(() => {
    posts = eventRecaps.map(([path]) => parse(path));
    events = extractEvents(posts);
  });

  for (const [path, city, year] of eventRecaps) {
    it(`gives ${path} its event in ${city} in ${year}`, () => {
      const post = posts.find((candidate) => candidate.meta.path === path);
      const event = events.find((candidate) => candidate.posts.includes(post?.meta.url ?? '') && candidate.name === post?.meta.event);
      expect(event).toMatchObject({ city, lang: post?.meta.lang });
      expect(event?.name).toContain(year);
      expect(event?.start?.slice(0, 4)).toBe(year);
    });
  }

  it('reads the next event a recap announces', () => {
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'Istio Day Europe 2024', city: 'Paris', lang: 'en' }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ name: 'Istio Day North America 2023', city: 'Chicago', lang: 'zh' }),
    );
  });
});
