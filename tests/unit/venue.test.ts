/**
 * Where an event was held, beyond its city: the `venue` of our posts' front matter, read by the
 * indexer, carried by the event knowledge, named by the line of a "where" question, and the words
 * people use to ask for it.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { eventLine, nextLine } from '../../src/answer/direct.js';
import { venueFirst } from '../../src/answer/page.js';
import type { Ranked } from '../../src/find/index.js';
import type { Passage } from '../../src/model/index.js';
import { auditKnowledge } from '../../src/indexer/audit.js';
import { readFrontMatter } from '../../src/indexer/frontmatter.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { extractKnowledge } from '../../src/indexer/knowledge.js';
import type { ParsedPost } from '../../src/indexer/types.js';
import { understand } from '../../src/understand/index.js';
import { eventInfo } from '../helpers/answers.js';
import { shippedService } from '../helpers/engine.js';
import { post } from '../helpers/parsed-post.js';

const frontMatter = (venue: string): string =>
  `---\ntitle: "Istio Day North America 2031"\nevent:\n  name: "Istio Day North America 2031"\n  kind: istio-day\n  city: Chicago\n${venue}\n  start: 2031-11-03\n---\n\nIstio Day North America 2031 was held at McCormick Place in Chicago.\n`;

describe('the venue in front matter', () => {
  it('is read as one trimmed line of text, and is optional', () => {
    expect(readFrontMatter(frontMatter('  venue: "  McCormick Place "')).front.event?.venue).toBe('McCormick Place');
    expect(readFrontMatter(frontMatter('  venue: 麦考密克展览中心')).front.event?.venue).toBe('麦考密克展览中心');
    expect(readFrontMatter(frontMatter('')).front.event?.venue).toBeUndefined();
  });

  it.each([
    ['empty', '  venue: ""', /event\.venue: is empty; leave `venue` out/],
    ['left blank', '  venue:', /event\.venue: expected the venue's name as text/],
    ['a number', '  venue: 42', /event\.venue: expected the venue's name as text/],
    ['a list', '  venue: [RAI, Amsterdam]', /event\.venue: expected the venue's name as text/],
    ['a map', '  venue: { name: RAI }', /event\.venue: expected the venue's name as text/],
    ['several lines', '  venue: |\n    RAI\n    Europaplein', /event\.venue: must be one line/],
    ['a link', '  venue: https://www.rai.nl/', /event\.venue: is a link, not a venue/],
    ['a placeholder', '  venue: TBD', /event\.venue: 'TBD' is a placeholder, not a venue/],
  ])('is refused with a one-line reason when it is %s', (_what, venue, reason) => {
    let message = '';
    try {
      readFrontMatter(frontMatter(venue));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^front matter is invalid: /);
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
  });

  describe('read by the indexer', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'istio-events-venue-'));
      await mkdir(join(dir, 'en', 'events', '2031'), { recursive: true });
      await writeFile(join(dir, 'en', 'events', '2031', 'istio-day-chicago.md'), frontMatter('  venue: McCormick Place'));
      await writeFile(join(dir, 'en', 'events', '2031', 'istio-day-bad.md'), frontMatter('  venue: [McCormick Place, Chicago]').replace(/2031/g, '2032'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('gives the event its venue, and skips a post with a bad one, naming the field', async () => {
      const corpus = await buildCorpus({ contentDirs: [dir] });
      expect(corpus.events.find((event) => event.name === 'Istio Day North America 2031')).toMatchObject({ city: 'Chicago', venue: 'McCormick Place' });
      expect(corpus.skipped).toEqual([expect.objectContaining({ path: 'en/events/2031/istio-day-bad.md', reason: expect.stringMatching(/^front matter is invalid: event\.venue: [^\n]+$/) as unknown })]);
    });
  });
});

/** A recap of ours: its front matter names the venue, its opening says it. */
const recap = (venue: string | undefined, text: string): ParsedPost => {
  const parsed = post('en', '2031/istio-day-chicago', { title: 'Istio Day North America 2031', date: '2031-11-20', event: 'Istio Day North America 2031' }, [
    { text },
    { headings: ['At KubeCon', 'Maintainer track'], text: 'Istio Project Update. The maintainer track session of the week.' },
    { headings: ['At KubeCon', 'Observability Day'], text: 'Given at Observability Day: mesh costs.' },
  ]);
  parsed.meta.frontEvent = { name: 'Istio Day North America 2031', kind: 'istio-day', city: 'Chicago', country: 'United States', venue, start: '2031-11-03', end: '2031-11-03' };
  return parsed;
};
const OPENING = 'Istio Day North America 2031 was co-located with KubeCon + CloudNativeCon North America at McCormick Place in Chicago on 3 November 2031.';

describe('the venue in the event knowledge', () => {
  const { events } = extractKnowledge([recap('McCormick Place', OPENING)]);
  const venueOf = (name: string) => events.find((event) => event.name === name)?.venue;

  it('is carried by the event, by the conference its Istio Day is co-located with, and by that conference’s own tracks', () => {
    expect(venueOf('Istio Day North America 2031')).toBe('McCormick Place');
    expect(venueOf('KubeCon + CloudNativeCon North America 2031')).toBe('McCormick Place');
    expect(venueOf('KubeCon + CloudNativeCon North America 2031 Maintainer Track')).toBe('McCormick Place');
  });

  it('is not given to another co-located day, nor to an event whose posts name none', () => {
    expect(events.some((event) => event.kind === 'co-located')).toBe(true);
    for (const event of events.filter((one) => one.kind === 'co-located')) expect(event.venue).toBeNull();
    const without = extractKnowledge([recap(undefined, OPENING)]).events;
    expect(without.length).toBeGreaterThan(0);
    expect(without.every((event) => event.venue === null)).toBe(true);
  });

  it('passes the audit when a post names it, and is a problem when none of its posts does', () => {
    const named = [recap('McCormick Place', OPENING)];
    const passages = named.flatMap((parsed) => parsed.passages.map((draft) => draft.passage));
    expect(auditKnowledge({ ...extractKnowledge(named), passages }).problems).toEqual([]);
    const unsaid = [recap('Navy Pier', OPENING)];
    const problems = auditKnowledge({ ...extractKnowledge(unsaid), passages: unsaid.flatMap((parsed) => parsed.passages.map((draft) => draft.passage)) }).problems;
    expect(problems.filter((problem) => problem.includes('has a venue none of its posts names: Navy Pier')).length).toBeGreaterThan(0);
  });
});

describe('the line of a "where" question', () => {
  const chicago = eventInfo({ name: 'Istio Day North America 2031', city: 'Chicago', country: 'United States', venue: 'McCormick Place', start: '2031-11-03', end: '2031-11-03' });

  it('names the venue with the city, in en and zh, as the posts of each language write it', () => {
    expect(eventLine(chicago, 'en', { venue: true })?.text).toBe('Istio Day North America 2031: 3 November 2031, McCormick Place, Chicago');
    expect(eventLine({ ...chicago, venue: '麦考密克展览中心' }, 'zh', { venue: true })?.text).toBe('Istio Day North America 2031：2031 年 11 月 3 日，芝加哥麦考密克展览中心');
    // A venue with a Latin name keeps a space after the Chinese city.
    expect(eventLine({ ...chicago, city: 'Amsterdam', venue: 'RAI' }, 'zh', { venue: true })?.text).toBe('Istio Day North America 2031：2031 年 11 月 3 日，阿姆斯特丹 RAI');
  });

  it('names a venue that holds its city alone, without the city twice', () => {
    expect(eventLine({ ...chicago, city: 'London', venue: 'ExCeL London' }, 'en', { venue: true })?.text).toBe('Istio Day North America 2031: 3 November 2031, ExCeL London');
    expect(eventLine({ ...chicago, city: 'Beijing', venue: '北京市海淀区花园北路 52 号中国信息通信研究院' }, 'zh', { venue: true })?.text).toBe(
      'Istio Day North America 2031：2031 年 11 月 3 日，北京市海淀区花园北路 52 号中国信息通信研究院',
    );
  });

  it('names the city alone when no post names the venue, and a "when" line stays as it was', () => {
    expect(eventLine({ ...chicago, venue: null }, 'en', { venue: true })?.text).toBe('Istio Day North America 2031: 3 November 2031, Chicago');
    expect(eventLine({ ...chicago, venue: null }, 'zh', { venue: true })?.text).toBe('Istio Day North America 2031：2031 年 11 月 3 日，芝加哥');
    expect(eventLine(chicago, 'en')?.text).toBe('Istio Day North America 2031: 3 November 2031, Chicago');
    expect(nextLine(chicago, new Date('2031-11-01T00:00:00Z'), 'en')?.text).toBe('Next: Istio Day North America 2031: 3 November 2031, Chicago (in 2 days)');
  });

  describe('on the shipped index', () => {
    let engine: Answerer;
    beforeAll(async () => {
      engine = await shippedService();
    });
    const line = (question: string): string | undefined => engine.answer(question).direct?.text;

    it('names the venue the posts give, in the question’s language', () => {
      expect(line('where was istio day eu 2023')).toBe('Istio Day Europe 2023: 18 April 2023, RAI, Amsterdam');
      expect(line('istio day chicago 2023 venue name')).toBe('Istio Day North America 2023: 6 November 2023, McCormick Place, Chicago');
      expect(line('location of kubecon eu 2025')).toBe('KubeCon + CloudNativeCon Europe 2025: 1 to 4 April 2025, ExCeL London');
      expect(line('芝加哥那次 istio day 会场叫啥')).toBe('Istio Day North America 2023：2023 年 11 月 6 日，芝加哥麦考密克展览中心');
      expect(line('欧洲 kubecon 2023 办在哪个场馆')).toBe('KubeCon + CloudNativeCon Europe 2023：2023 年 4 月 18 日至 21 日，阿姆斯特丹 RAI');
      expect(line('istio day eu 2025 在哪个会场')).toBe('Istio Day Europe 2025：2025 年 4 月 1 日，伦敦 ExCeL');
    });

    it('answers a question that asks only for the venue or the address', () => {
      expect(line('istio meetup china 2021 address')).toBe(
        'Istio Meetup China 2021: 10 July 2021, China Academy of Information and Communications Technology (CAICT), 52 Huayuan North Road, Haidian District, Beijing',
      );
      expect(line('北京 meetup 地址')).toBe('Istio Meetup China 2021：2021 年 7 月 10 日，北京市海淀区花园北路 52 号中国信息通信研究院');
      expect(line('amsterdam istio day 2023 which venue')).toBe('Istio Day Europe 2023: 18 April 2023, RAI, Amsterdam');
    });

    it('names the city alone where no post names the venue, and leaves "when" lines as they were', () => {
      expect(line('2025 北美 istio day 在哪个城市')).toBe('Istio Day North America 2025：2025 年 11 月 10 日，亚特兰大');
      expect(line('where was istio day north america 2024')).toBe('Istio Day North America 2024: 12 November 2024, Salt Lake City');
      expect(line('when was istio day eu 2023')).toBe('Istio Day Europe 2023: 18 April 2023, Amsterdam');
      expect(line('芝加哥 istio day 什么时候')).toBe('Istio Day North America 2023：2023 年 11 月 6 日，芝加哥');
    });
  });
});

describe('the passage shown first for a "where" question', () => {
  const day = eventInfo({ name: 'Istio Day Europe 2031', city: 'Amsterdam', venue: 'RAI', start: '2031-04-18', end: '2031-04-18' });
  const ranked = (texts: string[]): Ranked[] =>
    texts.map((text, at) => ({ passage: { id: `en:p#${at}`, lang: 'en', event: 'Istio Day Europe 2031', text } as Passage, score: 10 - at, terms: () => [] }));
  const list = ranked(['Join us at Istio Day Europe 2031, a TRAIN of talks in Amsterdam!', 'Istio Day Europe 2031 was held at the RAI in Amsterdam.']);

  it('is the first passage about the event that names the venue its line gives, as whole words', () => {
    expect(venueFirst(understand('where was istio day europe 2031'), list, day).first?.passage.id).toBe('en:p#1');
  });

  it('is left as ranked for another question, or when no passage names the venue', () => {
    expect(venueFirst(understand('when was istio day europe 2031'), list, day).first).toBeUndefined();
    expect(venueFirst(understand('where was istio day europe 2031'), list.slice(0, 1), day).first).toBeUndefined();
  });
});

describe('asking where', () => {
  it('reads the location words of the domain as a "where" question, in en and zh', () => {
    for (const question of [
      'istio day london city',
      'istiocon china 2023 city',
      'istio meetup beijing address',
      'the first istio meetup in china, its address?',
      "what's the address of istio day",
      'istio day venues',
      '2025 北美 istio day 城市',
      '北京 meetup 地址',
      '2023 istio day 场地',
      '2023 北美 istio day 场馆',
      '芝加哥那次 istio day 会场叫啥',
      'istio day 举办地',
      'istio day 2023 在什么地方举行',
    ]) {
      expect(understand(question).ask, question).toBe('where');
    }
  });

  it('does not read a place word that asks no such thing as "where"', () => {
    // The "city" of Salt Lake City names the place; "address" as a verb or a machine's is no place.
    // (A track at a named place asks for its session: talks.)
    expect(understand('the istio contribfest, salt lake city').ask).toBe('talks');
    expect(understand('istio day salt lake city slides').ask).toBe('slides');
    expect(understand('when was istio day salt lake city').ask).toBe('when');
    expect(understand('sessions that address multicluster at kubecon').ask).toBe('talks');
    expect(understand('how does istio address sidecar overhead').ask).toBe('search');
    expect(understand('istio ip address').ask).toBe('search');
    // The main hall's keynotes are talks; a stream's address is a link.
    expect(understand('主会场主题演讲有哪些').ask).toBe('talks');
    expect(understand('istio 1.0 直播地址').ask).not.toBe('where');
    // Where to look for talks asks for them; where to find a kiosk still asks a place.
    expect(understand('where could i see the sessions of istio day paris').ask).toBe('talks');
    expect(understand('where do we find the list of talks at kubecon atlanta').ask).toBe('talks');
    expect(understand('where can i find the istio kiosk at kubecon').ask).toBe('where');
  });
});
