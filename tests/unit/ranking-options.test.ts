import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer, type Answer, type RankingOptions } from '../../src/answer/index.js';
import { saysSlidesOnSchedule } from '../../src/domain/index.js';
import { Finder, type Corpus, type Indexes } from '../../src/find/index.js';
import { understand } from '../../src/understand/index.js';
import { buildCorpus } from '../../src/indexer/index.js';
import { shippedIndexes } from '../helpers/engine.js';

/**
 * Every ranking constant earns its place: for each one, a question over the shipped index whose
 * first passage is what a user wants with the default, and is not when the constant is neutral.
 */
const CASES: { option: keyof RankingOptions; neutral: number | boolean; question: string; wants: string; holds: (answer: Answer) => boolean }[] = [
  {
    option: 'wantWeight',
    neutral: 1,
    question: 'amsterdam slides',
    wants: 'a passage with slides (or that says they are on its schedule page) first when slides are asked for',
    holds: (answer) => {
      const [first] = answer.results;
      return first !== undefined && (first.links.slides.length > 0 || saysSlidesOnSchedule(first.text, first.links));
    },
  },
  {
    option: 'wantWeight',
    neutral: 1,
    // (A count of what the question names is `countWeight`'s; here the count is of people, not shirts.)
    question: 'how many t-shirts',
    wants: 'a passage that gives a count first when "how many" is asked',
    holds: (answer) => /\b400\b/.test(answer.results[0]?.text ?? ''),
  },
  {
    option: 'wantWeight',
    neutral: 1,
    question: 'how do i register for istio day',
    wants: 'a passage that says how to register first when registration is asked for',
    holds: (answer) => /regist|ticket/i.test(answer.results[0]?.text ?? ''),
  },
  {
    option: 'wantWeight',
    neutral: 1,
    question: 'izzy 拯救生日 购买',
    wants: 'a passage that says where the book is sold first when buying it is asked for',
    holds: (answer) => /商店|store/i.test([answer.results[0]?.text ?? '', ...(answer.results[0]?.links.other ?? [])].join(' ')),
  },
  {
    option: 'clockWeight',
    neutral: 1,
    question: 'istio 四周岁生日 社区会议几点',
    wants: 'the passage that gives the hour of the meetup first when 几点 is asked',
    holds: (answer) => /10:00 的 Istio 社区会议/.test(answer.results[0]?.text ?? ''),
  },
  {
    option: 'talkWeight',
    neutral: 1,
    question: 'istio day london talk',
    wants: 'a passage with a talk link first when a talk is asked for',
    holds: (answer) => Boolean(answer.results[0]?.links.videos.length || answer.results[0]?.links.slides.length || answer.results[0]?.links.schedule.length),
  },
  {
    option: 'yearWeight',
    neutral: 1,
    question: 'istio day 2024',
    wants: 'a passage of the year asked for first',
    holds: (answer) => Boolean(answer.results[0]?.event?.includes('2024')),
  },
  {
    option: 'yearWeight',
    neutral: 3,
    question: 'istio day europe 2024 talk videos',
    wants: "the year's own passages first, though another year's recap links recordings",
    holds: (answer) => answer.results[0]?.event === 'Istio Day Europe 2024',
  },
  {
    option: 'placeWeight',
    neutral: 1,
    question: 'istio day paris slides',
    wants: 'the event held in the city named first, though another post has slides',
    holds: (answer) => answer.results[0]?.event === 'Istio Day Europe 2024',
  },
  {
    option: 'latestWeight',
    neutral: 1,
    question: '最近的 ambient 演讲',
    wants: 'a passage of the newest year first when the latest is asked for',
    holds: (answer) => answer.results[0]?.date?.startsWith('2026') === true,
  },
  {
    option: 'cfpWeight',
    neutral: 1,
    // (Asked without naming an event, the call's passages are the only ones that say "proposals":
    // a question naming the event also meets its overview, which the weight puts below the call.)
    question: 'istio day chicago cfp',
    wants: "the passage about the call for proposals, with its deadline, first, before the event's overview",
    holds: (answer) => /call for proposals/i.test(answer.results[0]?.text ?? ''),
  },
  {
    option: 'definitionWeight',
    neutral: 1,
    question: 'what is izzy',
    wants: 'the passage that says what Izzy is first',
    holds: (answer) => /Izzy, an Indo-Pacific bottlenose dolphin/.test(answer.results[0]?.text ?? ''),
  },
  {
    option: 'languageFirst',
    neutral: false,
    question: 'keynote',
    wants: 'English passages alone for an English question that English passages answer',
    holds: (answer) => answer.results.length > 0 && answer.results.every((result) => result.lang === 'en'),
  },
  {
    option: 'perPost',
    neutral: 99,
    question: 'ambient',
    wants: 'at most two passages of one post on a page of ten',
    holds: (answer) => answer.results.every((result) => answer.results.filter((other) => other.postUrl === result.postUrl).length <= 2),
  },
];

let corpus: Corpus;
let indexes: Indexes;
/** An engine over the shipped index with these ranking options (the indexes are loaded once). */
const engineWith = (options: RankingOptions = {}) => new Answerer(corpus, new Finder(corpus, indexes, options));
beforeAll(async () => {
  ({ corpus, indexes } = await shippedIndexes());
});

describe('each ranking constant', () => {
  for (const { option, neutral, question, wants, holds } of CASES) {
    it(`${option}: "${question}" gives ${wants}, and does not with ${option} = ${neutral}`, () => {
      expect(holds(engineWith().answer(question, { limit: 10 }))).toBe(true);
      expect(holds(engineWith({ [option]: neutral }).answer(question, { limit: 10 }))).toBe(false);
    });
  }
});

/**
 * Constants whose case the shipped index cannot show (it holds no election): governance fixtures
 * instead, in the find stage (the answer stage also puts the passage its results line quotes first).
 */
const GOVERNANCE_CASES: { option: keyof RankingOptions; question: string; wants: string; first: string }[] = [
  { option: 'outcomeWeight', question: 'who won the 2031 steering election', wants: 'the passage naming the winners', first: 'Marta Olsen' },
  { option: 'countWeight', question: 'how many seats does the steering committee have', wants: 'the passage counting the seats', first: '13 seats' },
  { option: 'peopleWeight', question: 'who chairs the steering committee', wants: 'the passage naming the chair', first: 'Rosa Lindqvist' },
  { option: 'bodyWeight', question: 'steering committee members elected', wants: "the Steering Committee's results, not the TOC's that the committee ran", first: 'The Steering Committee oversees the governance' },
];

describe('constants shown on governance fixtures', () => {
  let governance: Corpus;
  beforeAll(async () => {
    governance = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/governance', import.meta.url))] });
  });
  for (const { option, question, wants, first } of GOVERNANCE_CASES) {
    it(`${option}: "${question}" gives ${wants} first, and does not with ${option} = 1`, () => {
      const top = (options: RankingOptions) => Finder.fromCorpus(governance, options).passages(understand(question)).slice(0, 1)[0]?.passage.text ?? '';
      expect(top({})).toContain(first);
      expect(top({ [option]: 1 })).not.toContain(first);
    });
  }
});

/**
 * Constants whose case is a plain topic search, or asks the hour of an item of a programme, in the find stage: the answer
 * stage also shows first the passage telling a talk titled with the topic (`titled-first.ts`), or the timetable row it
 * quotes among the first page's (`clock-row.ts`), whatever these weights.
 */
const SEARCH_CASES: { option: keyof RankingOptions; neutral: number; question: string; wants: string; first: RegExp }[] = [
  { option: 'kindWeight', neutral: 1, question: 'istio day amsterdam roadmap', wants: 'the Istio Day talk, before the roadmap session of the KubeCon it was co-located with', first: /^Istio 2023 roadmap update/ },
  { option: 'clockWeight', neutral: 1, question: '4th birthday community meetup what time', wants: 'the passage that gives the hour of the meetup, when the time of day is asked', first: /\b10:00 Pacific/ },
  { option: 'postContext', neutral: 0, question: 'ambient multicluster observability', wants: 'the talk on ambient multicluster, with its speakers, though only the rest of its post says "observability"', first: /^Istio Ambient Goes Multicluster, by / },
];

describe('constants shown on plain searches and hours asked, in the find stage', () => {
  for (const { option, neutral, question, wants, first } of SEARCH_CASES) {
    it(`${option}: "${question}" gives ${wants} first, and does not with ${option} = ${neutral}`, () => {
      const top = (options: RankingOptions) => new Finder(corpus, indexes, options).passages(understand(question)).slice(0, 1)[0]?.passage.text ?? '';
      expect(top({})).toMatch(first);
      expect(top({ [option]: neutral })).not.toMatch(first);
    });
  }
});

describe('eventWeight on a fixture of a technical post and an event recap, in the find stage', () => {
  it('"wasm" gives the talk about Wasm at an Istio Day before the technical post that says Wasm more often, and does not with eventWeight = 1', async () => {
    const topics = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/topics', import.meta.url))] });
    const top = (options: RankingOptions) => Finder.fromCorpus(topics, options).passages(understand('wasm')).slice(0, 1)[0]?.passage.text ?? '';
    expect(top({})).toContain('Ines Costa');
    expect(top({ eventWeight: 1 })).not.toContain('Ines Costa');
  });
});

describe('latestWeight in the find stage (the answer stage also puts the event it names in its line first)', () => {
  it('"upcoming kubecon" ranks the newest KubeCon first, and does not with latestWeight = 1', () => {
    const first = (options: RankingOptions) => new Finder(corpus, indexes, options).passages(understand('upcoming kubecon')).slice(0, 1)[0]?.passage.event;
    expect(first({})).toBe('KubeCon + CloudNativeCon Europe 2026');
    expect(first({ latestWeight: 1 })).not.toBe('KubeCon + CloudNativeCon Europe 2026');
  });

  // The answer stage reads "the first istiocon" as the year of its first edition (`nth-edition.ts`) before finding; the
  // find stage, given the question as understood, weighs that first year itself.
  it('"how many attended the first istiocon" ranks a passage of IstioCon 2021 first, and does not with latestWeight = 1', () => {
    const first = (options: RankingOptions) => new Finder(corpus, indexes, options).passages(understand('how many attended the first istiocon')).slice(0, 1)[0]?.passage.event;
    expect(first({})).toBe('IstioCon 2021');
    expect(first({ latestWeight: 1 })).not.toBe('IstioCon 2021');
  });
});

describe('bannerWeight on a fixture of an event post and the site banners announcing it (the shipped index holds no banner)', () => {
  it('"istio day north america 2031" gives the post before the shorter banner that repeats its name, and does not with bannerWeight = 1', async () => {
    const banners = await buildCorpus({ contentDirs: [fileURLToPath(new URL('../fixtures/banners', import.meta.url))] });
    const top = (options: RankingOptions) => Finder.fromCorpus(banners, options).passages(understand('istio day north america 2031')).slice(0, 1)[0]?.passage.postId;
    expect(top({})).toBe('en/blog/2031/istio-day-na/index');
    expect(top({ bannerWeight: 1 })).toBe('en/events/banners/istio-day-na-2031');
  });
});
