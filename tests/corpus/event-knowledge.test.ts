import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { auditKnowledge, buildCorpus, namesEvent, type BuiltCorpus } from '../../src/indexer/index.js';
import type { EventInfo, Passage } from '../../src/model/index.js';

const config = loadConfig();
const root = resolve(config.istioContent);
let corpus: BuiltCorpus;

beforeAll(async () => {
  if (!existsSync(join(root, 'en', 'blog'))) {
    throw new Error(`The istio.io corpus is missing at ${root}; set ISTIO_CONTENT to a checkout of istio.io/content.`);
  }
  corpus = await buildCorpus({ contentDirs: [root], siteBaseUrl: config.siteBaseUrl });
}, 120_000);

const byId = (): Map<string, EventInfo> => new Map(corpus.events.map((event) => [event.id, event]));
const passageOf = (): Map<string, Passage> => new Map(corpus.passages.map((passage) => [passage.id, passage]));

describe('event knowledge of every event post of istio.io', () => {
  it('passes the knowledge audit: dated events, attributed talks, no schedule called slides, no event tied to a post that does not name it', () => {
    const report = auditKnowledge(corpus);
    expect(report.problems).toEqual([]);
    expect(report.counts.events).toBeGreaterThan(20);
  });

  it("names each talk's event in the section that lists it (its headings and text) or in the post's title", () => {
    const events = byId();
    const passages = passageOf();
    const unnamed: string[] = [];
    for (const talk of corpus.talks) {
      const event = talk.eventId ? events.get(talk.eventId) : undefined;
      const passage = passages.get(talk.passageId);
      if (!event || !passage) continue;
      const section = `${passage.title}\n${passage.headings.join('\n')}\n${passage.text}`;
      if (!namesEvent(event, section)) unnamed.push(`${talk.title} → ${event.name}`);
    }
    expect(unnamed).toEqual([]);
  });

  it('gives a talk the date its event started, never a publish date that is not one', () => {
    const events = byId();
    for (const talk of corpus.talks) {
      const event = talk.eventId ? events.get(talk.eventId) : undefined;
      expect(talk.date).toBe(event?.start ?? null);
    }
  });

  it('keeps Istio Day sessions apart from the KubeCon main conference and ties each Istio Day to its KubeCon', () => {
    const events = byId();
    const istioDays = corpus.events.filter((event) => event.kind === 'istio-day' && event.lang === 'en');
    expect(istioDays.length).toBeGreaterThan(3);
    for (const day of istioDays) expect(events.get(day.parent ?? '')?.kind).toBe('kubecon');
    const atlanta = corpus.talks.find((talk) => talk.title.startsWith('Cloud Native for Good'));
    expect(atlanta?.event).toBe('KubeCon + CloudNativeCon North America 2025');
  });

  it('files a session listed under "Istio Day and Key Sessions" by its own line, not at the Istio Day', () => {
    const updates = corpus.talks.filter((talk) => talk.schedule === 'https://sched.co/27NoI');
    expect(updates.length).toBeGreaterThan(0);
    for (const talk of updates) expect(talk.event).toBe('KubeCon + CloudNativeCon North America 2025');
    const day = corpus.talks.filter((talk) => talk.event === 'Istio Day North America 2025' && talk.lang === 'en');
    expect(day.map((talk) => talk.title)).not.toContain('Istio Project Updates: AI Inference, Ambient Multicluster & Default Deny');
  });

  it("gives no event another region's or another event's pages", () => {
    const links = (name: string, lang = 'en'): string[] => {
      const event = corpus.events.find((candidate) => candidate.name === name && candidate.lang === lang);
      return event ? Object.values(event.links).flat() : [];
    };
    expect(links('Istio Day Europe 2023').filter((url) => url.includes('north-america'))).toEqual([]);
    expect(links('IstioCon China 2023').filter((url) => url.includes('istio-day'))).toEqual([]);
    expect(links('KubeCon + CloudNativeCon Europe 2025').filter((url) => /north-america|maintainer-summit/.test(url))).toEqual([]);
  });

  it('links Istio Day Europe 2024 and Istio Day North America 2023 only to posts about them', () => {
    const paris = corpus.events.find((event) => event.name === 'Istio Day Europe 2024' && event.lang === 'en');
    expect(paris?.posts).not.toContain('https://istio.io/latest/blog/2023/istio-at-kubecon-na/');
    const chicago = corpus.events.find((event) => event.name === 'Istio Day North America 2023' && event.lang === 'en');
    expect(chicago?.posts).not.toContain('https://istio.io/latest/blog/2023/istiocon-china/');
  });

  it('ties the KubeCon-week post that announces an Istio Day to it, as its announcement, in both languages', () => {
    for (const [lang, url] of [
      ['en', 'https://istio.io/latest/blog/2024/kubecon-eu/'],
      ['zh', 'https://istio.io/latest/zh/blog/2024/kubecon-eu/'],
    ]) {
      const paris = corpus.events.find((event) => event.name === 'Istio Day Europe 2024' && event.lang === lang);
      expect(paris?.sources).toContainEqual({ url, role: 'announcement', lang, date: '2024-01-19' });
    }
  });

  it('dates the passages of a recap with the day of its event and keeps the publish date beside it', () => {
    const paris = corpus.passages.filter((passage) => passage.postUrl === 'https://istio.io/latest/blog/2024/kubecon-eu/');
    expect(paris.length).toBeGreaterThan(0);
    for (const passage of paris) {
      expect(passage.published).toBe('2024-01-19');
      expect(passage.date).toBe('2024-03-19');
    }
  });

  it('gives a talk whose recording is still to come the recording its translation links, and lists no link words as a talk', () => {
    const en = corpus.talks.filter((talk) => talk.lang === 'en' && talk.url.startsWith('https://istio.io/latest/blog/2025/istio-at-kubecon-eu/'));
    expect(en.find((talk) => talk.speakers.includes('Lior Lieberman'))).toMatchObject({
      video: 'https://www.youtube.com/watch?v=GNi9ZJFuups',
      titles: { en: 'architecting Istio for large scale deployments', zh: expect.stringContaining('Istio') as unknown },
    });
    const placeholders = corpus.talks.filter((talk) => !talk.video && !talk.slides && !talk.schedule && /^(?:the|a|an)\s/u.test(talk.title));
    expect(placeholders.map((talk) => talk.title)).toEqual([]);
  });
});

