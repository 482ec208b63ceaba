import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { understand } from '../../src/understand/index.js';
import { shippedService } from '../helpers/engine.js';

/**
 * How people ask which talks an event had, who spoke on a topic, what a company presented, written without reading
 * any question set from the talks the event posts list: loose names, typos, topic words in other forms
 * (multi-cluster, multicluster), with and without year or city, en and zh. What a user notices: the question is read
 * as the talks (or who, or search) question it is, and the first talk the line lists is one the posts give for it,
 * at the event asked about.
 */
let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});
const now = new Date('2026-12-06T09:00:00Z');

const LONDON = 'Istio Day Europe 2025';
const ATLANTA = 'Istio Day North America 2025';
const CHICAGO = 'Istio Day North America 2023';
const KUBECON_EU_2025 = 'KubeCon + CloudNativeCon Europe 2025';
const KUBECON_EU_2024 = 'KubeCon + CloudNativeCon Europe 2024';

type Ask = 'talks' | 'who' | 'search';

/** [question, how it is read, the event the line names ('' when none is asked), a talk title the first listed holds]. */
const BATTERY: readonly (readonly [string, Ask, string, string])[] = [
  ['what talks about ambient were at istio day london', 'talks', LONDON, 'Istio ambient mesh support on Windows'],
  ['which sessions covered multicluster at istio day atlanta', 'talks', ATLANTA, 'Istio Ambient Goes Multicluster'],
  ['who spoke on multi-cluster at istio day london 2025', 'who', LONDON, 'Navigating the maze of multi-cluster Istio'],
  // A heading that names the kind ("KubeCon keynotes that featured Istio") says it of its talks as a title does.
  ['list the keynotes of kubecon eu 2025', 'search', KUBECON_EU_2025, "What's New in Istio?"],
  ['what did microsoft present at istio day atlanta', 'talks', ATLANTA, 'Welcome + Opening Remarks'],
  ['any ambient sessions at kubecon eu 2025', 'talks', KUBECON_EU_2025, 'cost-saving estimator and migration tool for Istio ambient'],
  ['the lightning talks at istio day paris', 'talks', KUBECON_EU_2024, 'Help! My Envoy Sidecar'],
  ['lightning talks istio day chicago', 'talks', CHICAGO, 'The impacts of running services with arbitrary code'],
  ['talks on kiali at istio day chicago', 'search', CHICAGO, 'Advanced debugging of Istio with Kiali'],
  ['who talked about gateway api at istio day atlanta', 'who', ATLANTA, 'Moving From Ingress & Sidecars to Gateway API'],
  ['what did solo.io present at istio day london', 'talks', LONDON, 'Opening keynote'],
  ['was there a talk on upgrading istio at istio day chicago', 'talks', CHICAGO, 'upgrading Istio ambient mesh with Argo'],
  ['istio day londn talks on ambient', 'talks', LONDON, 'Istio ambient mesh support on Windows'],
  ['talks abut ambient at istioday atlanta', 'search', ATLANTA, 'Istio Ambient Goes Multicluster'],
  ['what did red hat talk about at istio day london', 'talks', LONDON, 'Troubleshooting Istio ambient mesh with Kiali 2.0'],
  ['any talks on autoscaling at istio day north america 2025', 'talks', ATLANTA, 'Optimizing Istio Autoscaling'],
  ['any sessions on databases at the atlanta istio day', 'talks', ATLANTA, "Running Databases in Istio's Service Mesh"],
  ['what talks did intuit give at istio day chicago', 'talks', CHICAGO, 'Intuit end-user talk'],
  ['istio day london 有哪些关于 ambient 的演讲', 'talks', LONDON, 'Istio ambient mesh support on Windows'],
  ['istio day 亚特兰大 讲了什么', 'talks', ATLANTA, 'Welcome + Opening Remarks'],
  ['谁在 istio day 伦敦 讲了多集群', 'who', LONDON, 'Navigating the maze of multi-cluster Istio'],
  ['kubecon 欧洲 2025 的主题演讲有哪些', 'talks', KUBECON_EU_2025, "What's New in Istio?"],
  ['微软在 istio day 亚特兰大 讲了什么', 'talks', ATLANTA, 'Welcome + Opening Remarks'],
  ['有哪些关于 kiali 的演讲', 'talks', '', 'Troubleshooting Istio ambient mesh with Kiali 2.0'],
  ['istio day 芝加哥 有哪些闪电演讲', 'talks', CHICAGO, '运行任意代码的服务带来的影响'],
  ['istio day 巴黎 的闪电演讲', 'talks', KUBECON_EU_2024, 'Help! My Envoy Sidecar'],
  ['istio day 伦敦 上讲了什么', 'talks', LONDON, 'Opening keynote'],
  ['关于 gateway api 的演讲有哪些', 'talks', '', 'Moving From Ingress & Sidecars to Gateway API'],
  ['谁讲过 ambient 多集群', 'who', ATLANTA, 'Istio Ambient Goes Multicluster'],
  ['solo.io 在 istio day 伦敦 讲了什么', 'talks', LONDON, 'Opening keynote'],
  ['红帽在 istio day 伦敦 讲了什么', 'talks', LONDON, 'Troubleshooting Istio ambient mesh with Kiali 2.0'],
  ['istio day 伦敦 的开场主题演讲是谁讲的', 'who', LONDON, 'Opening keynote'],
  ['istio day 芝加哥 的 workshop', 'search', CHICAGO, 'Ambient 网格入门'],
  ['芝加哥 istio day 的 kiali 演讲', 'talks', CHICAGO, '用 Kiali 深入调试 Istio'],
  ['intuit 在 istio day 芝加哥 的演讲', 'talks', CHICAGO, 'Intuit 最终用户演讲'],
  ['kubecon 欧洲 2025 有哪些 ambient 议题', 'talks', KUBECON_EU_2025, 'cost-saving estimator'],
  ['谁讲了 kiali 2.0', 'who', '', 'Troubleshooting Istio ambient mesh with Kiali 2.0'],
  ['istio day 伦敦 2025 有哪些演讲', 'talks', LONDON, 'Opening keynote'],
  // "关于", "有关" written together with the topic relate talks to it: they are no part of the topic.
  ['istio day 亚特兰大 有关于数据库的演讲吗', 'talks', ATLANTA, "Running Databases in Istio's Service Mesh"],
  ['istio day 芝加哥 关于升级的议题', 'talks', CHICAGO, 'upgrading Istio ambient mesh with Argo'],
  ['istio day 芝加哥 关于身份的演讲', 'talks', CHICAGO, 'Istio identity'],
  ['istio day 亚特兰大 有关于迁移的分享吗', 'talks', ATLANTA, 'Zero-Downtime Migration'],
  // "name" asks what the session was called: its title, not a word of it.
  // A track at an event a place or year names, asked nothing else, is asked for its session.
  ['the name of the istio contribfest at kubecon na 2024', 'talks', 'KubeCon + CloudNativeCon North America 2024 ContribFest', "Sidecarless Service Mesh: Let's Work Together on Istio V2"],
  // What a track was called is its session's title.
  ['what was the istio contribfest at kubecon london called', 'talks', 'KubeCon + CloudNativeCon Europe 2025 ContribFest', 'Guide to Contributing to Istio'],
  ['what was the maintainer track at kubecon salt lake city called', 'talks', 'KubeCon + CloudNativeCon North America 2024 Maintainer Track', 'Life of a Packet: Ambient Edition'],
  // "community" says whose meetup it was, not what its talks were about.
  ['the talks given at the 4th birthday community meetup', 'talks', 'Istio 4th Birthday Celebration', 'Contributions born from running Istio in production at Salesforce'],
  // "讲过" asks what someone has talked about, as "讲了" does.
  ['denis jannot 讲过哪些', 'talks', LONDON, 'Opening keynote'],
  // A two-letter name that is no function word ("hp") is a topic: a title holds it.
  ['which talk did hp give at istiocon 2021', 'talks', 'IstioCon 2021', 'HP end-user talk'],
  ['istiocon 2021 上 hp 的演讲', 'talks', 'IstioCon 2021', 'HP 最终用户演讲'],
  // A verb or adjective names the talks whose titles hold its noun ("secure": Security, "migrate": Migration).
  ['talks about secure at kubecon paris 2024', 'search', KUBECON_EU_2024, 'Next-Level Security'],
  ['talks on how to migrate at istio day atlanta', 'search', ATLANTA, 'Zero-Downtime Migration'],
];

describe('talks questions as people phrase them', () => {
  it.each(BATTERY)('%s', (question, ask, event, title) => {
    expect(understand(question).ask).toBe(ask);
    const text = engine.answer(question, { now }).direct?.text ?? '';
    // The line's head and its first talk: what comes before the first separator of listed talks.
    const first = text.split(/[;；]/)[0] ?? '';
    if (event) expect(first).toContain(event);
    expect(first).toContain(title);
  });
});

describe('a Chinese run that only relates talks to a topic typed apart from it', () => {
  // "和 istio 相关的": the run names no topic of its own; no piece of it ("关的") chooses among the talks.
  it('lists every talk of the week, the maintainer track included, under no topic', () => {
    const text = engine.answer('kubecon 盐湖城 和 istio 相关的演讲', { now }).direct?.text ?? '';
    expect(text).toContain('KubeCon + CloudNativeCon North America 2024 的演讲（13 场）');
    expect(text).toContain('Life of a Packet: Ambient Edition');
  });
});
