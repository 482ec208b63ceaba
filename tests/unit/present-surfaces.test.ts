import { describe, expect, it } from 'vitest';
import type { Answer, Intent } from '../../src/answer/index.js';
import { LIST_PAGE_SIZE, PAGE_SIZE } from '../../src/domain/index.js';
import { EXAMPLES, messages } from '../../src/i18n/index.js';
import { askOptions, present, type PageRef } from '../../src/present/index.js';
import { answer, eventInfo, result, talk } from '../helpers/answers.js';
import { FULL, kindsIn, MARKERS, SECTION_CASES } from '../helpers/section-cases.js';
import { NOW, SURFACES } from '../helpers/surfaces.js';

const en = messages('en');

describe('one order of sections on every surface', () => {
  for (const { name, answer: given, order } of SECTION_CASES) {
    it(`${name}: the present step orders the sections, and the terminal, Slack and Discord show them in that order`, () => {
      expect(present(given, { now: NOW }).sections.map((section) => section.kind)).toEqual(order);
      for (const [surface, draw] of Object.entries(SURFACES)) {
        expect({ surface, order: kindsIn(draw(given).text) }).toEqual({ surface, order });
      }
    });
  }

  it('shows the other lists and the direct answer on the first page only; later pages hold the main list alone', () => {
    const talks = Array.from({ length: 15 }, (_, index) => talk({ id: `t${index}`, title: `${MARKERS.talks} ${index}`, titles: {} }));
    const second = present(answer({ ...FULL, intent: 'talks', talks }), { page: { list: 'talks', offset: 10 }, now: NOW });
    expect(second.sections.map((section) => section.kind)).toEqual(['note', 'talks']);
    for (const draw of Object.values(SURFACES)) expect(kindsIn(draw(answer({ ...FULL, intent: 'talks', talks }), { list: 'talks', offset: 10 }).text)).toEqual(['note', 'talks']);
  });
});

/** An engine stand-in: every talk whatever the page (as the engine answers `talks`), passages paged as asked. */
function engine(intent: Intent, count: number) {
  const talks = Array.from({ length: count }, (_, index) => talk({ id: `t${index}`, title: `Talk ${String(index + 1).padStart(3, '0')}`, titles: {} }));
  const results = Array.from({ length: count }, (_, index) => result({ id: `r${index}`, title: `Passage ${String(index + 1).padStart(3, '0')}` }));
  return (page?: PageRef): Answer => {
    const { offset, limit } = askOptions(page);
    return intent === 'search'
      ? answer({ intent, query: 'ambient', total: count, offset, results: results.slice(offset, offset + limit) })
      : answer({ intent, query: 'talks istio day', results: [], total: 0, offset, talks });
  };
}

describe('paging reaches the end of a long list on every surface', () => {
  for (const [surface, draw] of Object.entries(SURFACES)) {
    it(`${surface}: "More" pages a 113-talk answer ten at a time to its last talk, each talk once, saying which part is shown`, () => {
      const ask = engine('talks', 113);
      const seen: string[] = [];
      let page: PageRef | undefined;
      let pages = 0;
      for (;;) {
        const drawn = draw(ask(page), page);
        pages += 1;
        const from = (page?.offset ?? 0) + 1;
        expect(drawn.text).toContain(en.showing(from, Math.min(from + LIST_PAGE_SIZE - 1, 113), 113));
        seen.push(...(drawn.text.match(/Talk \d{3}/g) ?? []));
        if (!drawn.more) break;
        expect(drawn.more.list).toBe('talks');
        page = drawn.more;
        expect(pages).toBeLessThan(20);
      }
      expect(pages).toBe(12);
      expect(seen).toEqual(Array.from({ length: 113 }, (_, index) => `Talk ${String(index + 1).padStart(3, '0')}`));
    });

    it(`${surface}: "More" pages the passages of a search through the engine, ${PAGE_SIZE} at a time`, () => {
      const ask = engine('search', 8);
      const seen: string[] = [];
      let page: PageRef | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const drawn = draw(ask(page), page);
        seen.push(...new Set(drawn.text.match(/Passage \d{3}/g) ?? []));
        if (!drawn.more) break;
        page = drawn.more;
      }
      expect(seen).toEqual(['001', '002', '003', '004', '005', '006', '007', '008'].map((n) => `Passage ${n}`));
    });
  }

  it('asks the engine for the page of passages, and for whole talk and event lists that the present step pages', () => {
    expect(askOptions()).toEqual({ offset: 0, limit: PAGE_SIZE });
    expect(askOptions({ list: 'passages', offset: 6 })).toEqual({ offset: 6, limit: PAGE_SIZE });
    expect(askOptions({ list: 'talks', offset: 20 })).toEqual({ offset: 0, limit: PAGE_SIZE });
  });

  it('says "no more" past the last page instead of an empty answer', () => {
    const shown = present(engine('talks', 13)(), { page: { list: 'talks', offset: 20 }, now: NOW });
    expect(shown.sections).toEqual([{ kind: 'empty', text: en.noMore, label: en.tryInstead, suggestions: [] }]);
    expect(shown.more).toBeNull();
  });
});

describe('links are labelled by their kind', () => {
  const schedule = 'https://sched.co/Sched1';
  const onlySchedule = answer({
    intent: 'talks',
    results: [result({ links: { videos: [], slides: [], schedule: [schedule], other: [] } })],
    talks: [talk({ slides: null, video: null, schedule })],
    events: [eventInfo({ slides: null, links: { slides: [], schedule: [schedule], recordings: [], register: [], cfp: [], other: [] } })],
  });

  it('a schedule page is called Schedule on every surface, never Slides', () => {
    const labels = present(onlySchedule, { now: NOW }).sections.flatMap((section) => ('items' in section ? section.items.flatMap((item) => item.links) : []));
    expect(labels.filter((link) => link.url === schedule).map((link) => [link.kind, link.label])).toEqual([
      ['schedule', 'Schedule'],
      ['schedule', 'Schedule'],
      ['schedule', 'Schedule'],
    ]);
    const drawn = {
      terminal: SURFACES.terminal(onlySchedule).text,
      slack: SURFACES.slack(onlySchedule).text,
      discord: SURFACES.discord(onlySchedule).text,
    };
    expect(drawn.terminal).toContain(`Schedule: ${schedule}`);
    expect(drawn.slack).toContain(`<${schedule}|Schedule>`);
    expect(drawn.discord).toContain(`[Schedule](${schedule})`);
    for (const text of Object.values(drawn)) expect(text).not.toContain(en.slides);
  });

  it('gives an event its recordings, registration and CFP links under their own names, and a talk its slides as Slides', () => {
    const event = eventInfo({
      links: {
        slides: ['https://speakerdeck.com/e/deck'],
        schedule: [],
        recordings: ['https://www.youtube.com/playlist?list=PL1'],
        register: ['https://events.example/register'],
        cfp: ['https://sessionize.com/e'],
        other: ['https://other.example/'],
      },
    });
    const [section] = present(answer({ intent: 'events', results: [], events: [event] }), { now: NOW }).sections;
    const links = section && 'items' in section ? section.items[0]?.links : [];
    expect(links?.map((link) => link.label)).toEqual(['Slides', 'Recordings', 'Register', 'CFP', 'Post']);
    const zh = present(answer({ intent: 'events', lang: 'zh', results: [], events: [event] }), { now: NOW }).sections[0];
    expect(zh && 'items' in zh ? zh.items[0]?.links.map((link) => link.label) : []).toEqual(['幻灯片', '录像', '报名', '征稿', '文章']);
  });
});

describe('the words around the lists', () => {
  it('help shows the examples of src/i18n on every surface, whatever the engine suggests', () => {
    const help = answer({ intent: 'help', results: [], suggestions: ['SuggestedByEngine'] });
    for (const draw of Object.values(SURFACES)) {
      const { text } = draw(help);
      for (const example of EXAMPLES.en) expect(text).toContain(example);
      expect(text).not.toContain('SuggestedByEngine');
    }
  });

  it('says how far an event is, from today, on every surface', () => {
    const next = answer({ intent: 'next', results: [], events: [eventInfo({ start: '2032-11-16', end: '2032-11-17' })] });
    for (const draw of Object.values(SURFACES)) expect(draw(next).text).toContain('in 12 days');
    const running = present(answer({ intent: 'events', results: [], events: [eventInfo({ start: '2032-11-03', end: '2032-11-05' })] }), { now: NOW });
    expect(running.sections[0] && 'items' in running.sections[0] ? running.sections[0].items[0]?.details : []).toContain('today');
    expect(en.inDays(-95)).toBe('3 months ago');
    expect(messages('zh').inDays(400)).toBe('13 个月后');
  });

  it("names an event's place in the reader's language: a Chinese list writes city and country in Chinese", () => {
    const event = eventInfo({ city: 'Lisbon', country: 'Portugal', start: '2032-11-16', end: '2032-11-17' });
    const detailsIn = (lang: 'en' | 'zh') => {
      const [section] = present(answer({ intent: 'events', lang, results: [], events: [event] }), { now: NOW }).sections;
      return section && 'items' in section ? section.items[0]?.details : [];
    };
    expect(detailsIn('en')?.[0]).toBe('Lisbon, Portugal');
    expect(detailsIn('zh')?.[0]).toBe('葡萄牙里斯本');
  });

  it('notes a passage in the other language than the answer, and names each speaker with their own organisation', () => {
    const shown = present(answer({ intent: 'speaker', results: [result({ lang: 'zh' })], talks: [talk()] }), { now: NOW });
    const items = shown.sections.flatMap((section) => ('items' in section ? section.items : []));
    expect(items.map((item) => item.note)).toEqual([null, 'In Chinese']);
    expect(items[0]?.details[0]).toBe('Jürgen Álvarez (Example Corp), Mina Sato (Sample Inc)');
  });

  it('shows a talk told in both languages with its title in the answer language', () => {
    const both = talk({ title: 'Ambient in practice', titles: { en: 'Ambient in practice', zh: 'Ambient 实践' }, lang: 'en' });
    const shown = present(answer({ intent: 'talks', lang: 'zh', results: [], talks: [both] }), { now: NOW });
    expect(shown.sections[0] && 'items' in shown.sections[0] ? shown.sections[0].items[0] : undefined).toMatchObject({ title: 'Ambient 实践', note: null });
  });
});
