import { describe, expect, it } from 'vitest';
import { withFacts } from '../../src/facts/index.js';
import { Features, HOLDS } from '../../src/find/features.js';
import type { EventInfo, ParsedPassage } from '../../src/model/index.js';
import { emptyLinks } from '../../src/domain/index.js';

let ordinal = 0;
function passage(text: string, more: Partial<ParsedPassage> = {}): ParsedPassage {
  ordinal += 1;
  return {
    id: `en:post#${ordinal}`,
    postId: 'en/post',
    translationKey: 'post',
    title: 'A post',
    headings: [],
    url: `https://istio.io/post#${ordinal}`,
    postUrl: 'https://istio.io/post',
    lang: 'en',
    date: '2024-03-19',
    published: '2024-03-01',
    event: null,
    text,
    links: emptyLinks(),
    ...more,
  };
}

const london = { name: 'Istio Day Europe 2025', city: 'London' } as EventInfo;

describe('the facts the indexer stores with each passage', () => {
  const passages = withFacts(
    [
      passage('the community met in the morning, and the maintainers met after lunch.'),
      passage('The event will be held on 18 March 2025 in London.', { event: 'Istio Day Europe 2025', date: '2025-03-18' }),
      passage('More than 4,000 people came in 2023, from 84 countries.'),
      passage('The call for proposals is open: submit your talk at the link below.', { links: { ...emptyLinks(), other: ['https://sessionize.com/istio-day'] } }),
      passage('The call for proposals is open for everyone.'),
      passage('Congratulations to Rama Chavali and Faseela K, who were elected to the TOC.'),
      passage('Lin Sun gave the keynote.'),
      passage('both the istio day and the kubecon were packed.'),
    ],
    [london],
  );
  const facts = passages.map((one) => one.facts);
  /** Whether each passage has `fact` (stored only when it holds). */
  const has = (fact: 'date' | 'count' | 'cfp' | 'people' | 'outcome'): boolean[] => facts.map((one) => one[fact] === true);

  it('says which passages name a date, a count and what it counts (a year is no count)', () => {
    expect(has('date')).toEqual([false, true, false, false, false, false, false, false]);
    expect(facts[2]).toMatchObject({ count: true });
    expect(facts[2]?.counted).toEqual(expect.arrayContaining(['peopl', 'countri']));
    // Stored sparsely: what does not hold is left out.
    expect(facts[1]).not.toHaveProperty('count');
    expect(facts[1]).not.toHaveProperty('counted');
  });

  it('says which passages give a time of day (a version is none), and lays it out for ranking', () => {
    const timed = withFacts([passage('The meetup starts at 13:30 CST on 10 July.'), passage('Istio 1.20 shipped on 10 July.')], []);
    expect(timed.map((one) => one.facts.clock === true)).toEqual([true, false]);
    const features = new Features(timed);
    expect((features.holds[0] as number) & HOLDS.clock).toBe(HOLDS.clock);
    expect((features.holds[1] as number) & HOLDS.clock).toBe(0);
  });

  it('says which passages give a call for proposals: with its link or a date, not the words alone', () => {
    expect(has('cfp')).toEqual([false, false, false, true, false, false, false, false]);
  });

  it('says who names someone and who announces an outcome, not a capitalised word prose writes in lower case', () => {
    expect(has('people')).toEqual([false, false, false, false, false, true, true, false]);
    expect(has('outcome')).toEqual([false, false, false, false, false, true, false, false]);
  });

  it("gives the event's city from the event knowledge, its region and kind, and the years of its date and name", () => {
    expect(facts[1]).toMatchObject({ city: 'London', region: 'Europe', kinds: ['istio-day'], years: [2025] });
    expect(facts[0]).toEqual({ years: [2024] });
    expect(facts[7]?.kinds).toEqual(expect.arrayContaining(['istio-day', 'kubecon']));
  });

  it('lays the facts out by passage for ranking', () => {
    const features = new Features(passages);
    expect((features.holds[3] as number) & HOLDS.cfp).toBe(HOLDS.cfp);
    expect((features.holds[0] as number) & HOLDS.cfp).toBe(0);
    expect(features.inYears(1, [2025])).toBe(true);
    expect(features.inYears(1, [2024])).toBe(false);
    expect(features.newest(1, 2016)).toBe(2025);
    expect(features.oldest(1, 2030)).toBe(2025);
    expect(features.city[1]).toBe(features.placeNumber('London'));
    expect(features.placeNumber('Paris')).toBe(-1);
    expect((features.kinds[1] as number) & features.kindBits(['istio-day'])).not.toBe(0);
    expect((features.kinds[1] as number) & features.kindBits(['kubecon'])).toBe(0);
  });
});

describe('a section whose heading asks what something is', () => {
  const defined = (passages: ParsedPassage[]) => withFacts(passages, []).map(({ text, facts }) => (facts.defines ?? []).map(({ terms, start, end }) => ({ terms, said: text.slice(start, end) })));

  it('defines it by the first sentence of its first passage, en and zh', () => {
    const toc = { headings: ['What does the Technical Oversight Committee do?'] };
    const [first, second] = defined([
      passage('The charter spells out its duties, including: setting the technical direction of the project. Resolving issues.', toc),
      passage('Its members act as individuals.', toc),
    ]);
    expect(first).toEqual([{ terms: ['technic', 'oversight', 'committe'], said: 'The charter spells out its duties, including: setting the technical direction of the project.' }]);
    // The section's later passages answer less plainly.
    expect(second).toEqual([]);
    const [zh] = defined([passage('TOC 章程明确了其成员的职责，包括制定技术方向。解决技术问题。', { headings: ['技术监督委员会要做什么？'], lang: 'zh' })]);
    expect(zh?.[0]?.said).toBe('TOC 章程明确了其成员的职责，包括制定技术方向。');
    expect(defined([passage('It is what we run.', { headings: ['What is Gateway API?'] })])[0]?.[0]?.terms).toEqual(['gatewai', 'api']);
  });

  it('defines nothing under a heading that asks something else, or what a clause is', () => {
    expect(defined([passage('We have much to do.', { headings: ['Why now?'] })])).toEqual([[]]);
    expect(defined([passage('Most features are stable.', { headings: ['What is in the scope of the Beta?'] })])).toEqual([[]]);
    expect(defined([passage('We went to Atlanta.', { headings: ['What we heard in Atlanta'] })])).toEqual([[]]);
  });
});
