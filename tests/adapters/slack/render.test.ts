import type { types } from '@slack/bolt';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, LIMITS, renderAnswer, renderNotice } from '../../../src/adapters/slack/render.js';
import { decodeValue, MAX_BUTTON_VALUE } from '../../../src/adapters/slack/values.js';
import { EXAMPLES, messages } from '../../../src/i18n/index.js';
import type { Lang } from '../../../src/model/index.js';
import type { Answer, Intent } from '../../../src/answer/index.js';
import { answer, eventInfo, result, talk } from '../../helpers/answers.js';
import { allText, buttonOf, buttonsOf, textsOf } from './blocks.js';

const en = messages('en');
const zh = messages('zh');

function sectionTexts(blocks: readonly unknown[] | undefined): string[] {
  return (blocks ?? [])
    .filter((block): block is types.SectionBlock => (block as types.KnownBlock).type === 'section')
    .map((block) => block.text?.text ?? '');
}

describe('renderAnswer: results', () => {
  it('shows each result as its title linked to the passage, the snippet with the match in bold, and a context line', () => {
    const message = renderAnswer(answer(), { share: true });
    expect(sectionTexts(message.blocks)).toEqual([
      '*<https://istio.io/latest/blog/2031/istio-day-lisbon/#talks|Istio at KubeCon Europe 2031>*\n' +
        'The morning started with a keynote on *ambient* waypoints, which set the theme for the day.',
    ]);
    const text = allText(message);
    expect(text).toContain('Talks · Istio Day Europe 2031 · 2031-04-20');
    expect(text).toContain(`<https://youtu.be/AbCdEf12345|▶ ${en.video}>`);
    expect(text).toContain(`<https://sched.co/1Fxt1|${en.slides}>`);
    expect(text).toContain(`<https://istio.io/latest/blog/2031/istio-day-lisbon/|${en.post}>`);
  });

  it('says which results of how many these are', () => {
    const message = renderAnswer(answer({ total: 7, offset: 3 }), { share: false });
    expect(allText(message)).toContain(en.showing(4, 4, 7));
    expect(message.text).toContain('Istio at KubeCon Europe 2031');
  });

  it('offers "More results" carrying the question, the list and the next offset while more remain', () => {
    const results = [result({ id: 'a' }), result({ id: 'b' }), result({ id: 'c' })];
    const more = buttonOf(renderAnswer(answer({ results, total: 8, offset: 3 }), { share: false }).blocks, ACTIONS.more);
    expect(more.text).toBe(en.more);
    expect(decodeValue(more.value)).toEqual({ q: 'ambient', o: 6, l: 'en', k: 'p' });
  });

  it('offers no "More results" on the last page', () => {
    const message = renderAnswer(answer({ total: 4, offset: 3 }), { share: false });
    expect(buttonsOf(message.blocks).map((button) => button.action_id)).not.toContain(ACTIONS.more);
  });

  it('offers "Share in channel" for the same page only when asked to', () => {
    const shared = buttonOf(renderAnswer(answer({ total: 9, offset: 3 }), { share: true }).blocks, ACTIONS.share);
    expect(shared.text).toBe(en.share);
    expect(decodeValue(shared.value)).toEqual({ q: 'ambient', o: 3, l: 'en', k: 'p' });
    const ids = buttonsOf(renderAnswer(answer(), { share: false }).blocks).map((button) => button.action_id);
    expect(ids).not.toContain(ACTIONS.share);
  });

  it('ends every answer with the two feedback buttons', () => {
    for (const intent of ['search', 'help', 'events', 'next', 'talks', 'speaker'] satisfies Intent[]) {
      const buttons = buttonsOf(renderAnswer(answer({ intent }), { share: false }).blocks);
      expect(buttons.slice(-2).map((button) => [button.action_id, button.text])).toEqual([
        [ACTIONS.up, `👍 ${en.helpful}`],
        [ACTIONS.down, `👎 ${en.notHelpful}`],
      ]);
    }
  });

  it('leaves out the video and slides links a passage does not have', () => {
    const message = renderAnswer(answer({ results: [result({ links: { videos: [], slides: [], schedule: [], other: [] } })] }), { share: false });
    expect(allText(message)).not.toContain(en.video);
    expect(allText(message)).not.toContain(en.slides);
  });

  it('notes a question that was cut to the maximum length', () => {
    expect(allText(renderAnswer(answer({ truncated: true }), { share: false }))).toContain(en.truncated(500));
  });
});

describe('renderAnswer: safety', () => {
  it('escapes <!channel> in a query so nobody is pinged', () => {
    const message = renderAnswer(answer({ query: '<!channel> ambient', results: [], total: 0 }), { share: false });
    const text = allText(message);
    expect(text).toContain('&lt;!channel&gt; ambient');
    expect(text).not.toContain('<!channel>');
  });

  it('escapes <@U123> and & in posts so a passage never mentions anyone or breaks a link', () => {
    const message = renderAnswer(
      answer({ results: [result({ title: 'Q&A with <@U123>', text: 'Ask <@U123> & <!here> about <https://evil.example|this>.', marks: [] })] }),
      { share: false },
    );
    const text = allText(message);
    expect(text).toContain('Q&amp;A with &lt;@U123&gt;');
    expect(text).toContain('Ask &lt;@U123&gt; &amp; &lt;!here&gt; about &lt;https://evil.example|this&gt;.');
    expect(text).not.toMatch(/<[@!#]/);
    expect(text).not.toContain('<https://evil.example');
  });

  it('links only http(s) URLs and keeps a | in a URL from ending it', () => {
    const message = renderAnswer(
      answer({ results: [result({ url: 'javascript:alert(1)', postUrl: 'https://x.example/a|b c', links: { videos: [], slides: [], schedule: [], other: [] } })] }),
      { share: false },
    );
    const text = allText(message);
    expect(text).not.toContain('javascript:');
    expect(text).toContain('<https://x.example/a%7Cb%20c|Post>');
  });
});

describe('renderAnswer: other intents', () => {
  it('answers help with the usage, the filters and example queries', () => {
    const message = renderAnswer(answer({ intent: 'help', results: [], total: 0 }), { share: false });
    const text = allText(message);
    expect(text).toContain(en.helpTitle);
    expect(text).toContain(en.helpFilters);
    for (const example of EXAMPLES.en) expect(text).toContain(`\`${example}\``);
    expect(message.text).toBe(en.helpTitle);
  });

  it('shows the examples of src/i18n in help, not what the engine suggests', () => {
    const text = allText(renderAnswer(answer({ intent: 'help', results: [], suggestions: ['ztunnel'] }), { share: false }));
    expect(text).not.toContain('ztunnel');
    expect(text).toContain(`\`${EXAMPLES.en[0]}\``);
  });

  it('answers no match with one friendly line and queries to try', () => {
    const message = renderAnswer(answer({ query: 'zzz', results: [], total: 0, suggestions: ['ambient', 'Istio Day'] }), { share: false });
    expect(sectionTexts(message.blocks)).toEqual([`${en.noMatch('zzz')} ${en.tryInstead}: \`ambient\` · \`Istio Day\``]);
  });

  it('says there are no more results when a page lies past the end', () => {
    const message = renderAnswer(answer({ results: [], total: 3, offset: 3 }), { share: false });
    expect(sectionTexts(message.blocks)).toEqual([en.noMore]);
  });

  it('lists talks first for a talks question, each speaker with their organisation, and the links by kind', () => {
    const message = renderAnswer(answer({ intent: 'talks', talks: [talk()] }), { share: false });
    expect(message.text).toBe(`${en.talks}: Multicluster failover in practice`);
    const [first] = sectionTexts(message.blocks);
    expect(first).toBe(
      `*${en.talks}*\n• *<https://istio.io/latest/blog/2032/istio-day-montreal/#talks|Multicluster failover in practice>* — ` +
        'Jürgen Álvarez (Example Corp), Mina Sato (Sample Inc) · Istio Day North America 2032 · 2032-11-09 · ' +
        `<https://www.youtube.com/watch?v=MoNtReAl001|▶ ${en.video}> · <https://speakerdeck.com/example/multicluster-failover|${en.slides}> · ` +
        `<https://sched.co/2Mtl1|${en.schedule}>`,
    );
  });

  it('lists events with place, dates and links', () => {
    const noLinks = { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] };
    const events = [
      eventInfo({ slides: 'https://speakerdeck.com/example/istio-day-2032' }),
      eventInfo({ name: 'IstioCon 2031', city: null, country: null, end: '2031-03-02', start: '2031-03-01', slides: null, links: noLinks }),
    ];
    const message = renderAnswer(answer({ intent: 'events', results: [], events }), { share: false, now: new Date('2032-11-01T00:00:00Z') });
    expect(message.text).toBe(`${en.events}: Istio Day North America 2032`);
    expect(sectionTexts(message.blocks)[0]).toBe(
      `*${en.events}*\n` +
        `• *Istio Day North America 2032* — Montreal, Canada · 2032-11-09 · in 8 days · <https://speakerdeck.com/example/istio-day-2032|${en.slides}> · ` +
        `<https://events.linuxfoundation.org/kubecon-cloudnativecon-north-america/co-located-events/istio-day/|${en.schedule}> · ` +
        `<https://istio.io/latest/blog/2032/istio-day-montreal/|${en.post}>\n` +
        `• *IstioCon 2031* — 2031-03-01 – 2031-03-02 · 20 months ago · <https://istio.io/latest/blog/2032/istio-day-montreal/|${en.post}>`,
    );
  });

  it('counts the days to the next event', () => {
    const message = renderAnswer(answer({ intent: 'next', results: [], events: [eventInfo()] }), { share: false, now: new Date('2032-11-01T15:00:00Z') });
    const text = allText(message);
    expect(text).toContain(`*${en.nextEvent}*`);
    expect(text).toContain(en.inDays(8));
  });

  it('says so when no event is announced', () => {
    const message = renderAnswer(answer({ intent: 'next', results: [], events: [] }), { share: false });
    expect(sectionTexts(message.blocks)).toEqual([en.noNextEvent]);
  });

  it('uses the answer language for its own words', () => {
    const message = renderAnswer(answer({ lang: 'zh', query: '网格', total: 5 }), { share: true });
    const labels = buttonsOf(message.blocks).map((button) => button.text);
    expect(labels).toEqual([zh.more, zh.share, `👍 ${zh.helpful}`, `👎 ${zh.notHelpful}`]);
    expect(allText(message)).toContain(zh.showing(1, 1, 5));
  });
});

describe('renderNotice', () => {
  it('is one line of text with no buttons', () => {
    expect(renderNotice(en.slowDown)).toEqual({ text: en.slowDown });
  });
});

describe('renderAnswer: Block Kit limits whatever the content', () => {
  const longText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '&', '<', '>', '网', '😀', '\n'), maxLength: 6000, size: 'large' });
  const url = fc.oneof(fc.webUrl(), fc.string({ maxLength: 4000, size: 'large' }).map((tail) => `https://x.example/${tail}`));
  const arbitraryResult = fc.record({
    title: longText,
    text: longText,
    heading: fc.option(longText, { nil: null }),
    event: fc.option(longText, { nil: null }),
    url,
    postUrl: url,
    marks: fc.array(fc.record({ start: fc.integer({ min: -10, max: 7000 }), end: fc.integer({ min: -10, max: 7000 }) }), { maxLength: 40 }),
    videos: fc.array(url, { maxLength: 3 }),
  });
  const arbitraryAnswer = fc.record({
    query: fc.string({ unit: fc.constantFrom('a', '"', '\\', '\u0001', '网', '<', '&'), maxLength: 500 }),
    intent: fc.constantFrom<Intent>('search', 'help', 'events', 'next', 'talks', 'speaker'),
    lang: fc.constantFrom<Lang>('en', 'zh'),
    results: fc.array(arbitraryResult, { maxLength: 12 }),
    talks: fc.array(fc.record({ title: longText, speakers: fc.array(longText, { maxLength: 5 }), url }), { maxLength: 60, size: 'medium' }),
    events: fc.array(fc.record({ name: longText, city: fc.option(longText, { nil: null }) }), { maxLength: 80, size: 'medium' }),
    suggestions: fc.array(longText, { maxLength: 20 }),
    total: fc.nat(1000),
    offset: fc.nat(1000),
  });

  function build(input: typeof arbitraryAnswer extends fc.Arbitrary<infer T> ? T : never): Answer {
    return answer({
      ...input,
      truncated: true,
      results: input.results.map((item) =>
        result({ ...item, links: { videos: item.videos, slides: item.videos, schedule: [], other: [] } }),
      ),
      talks: input.talks.map((item) => talk(item)),
      events: input.events.map((item) => eventInfo(item)),
    });
  }

  function expectWithinLimits(message: ReturnType<typeof renderAnswer>): void {
    const blocks = message.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    for (const text of sectionTexts(blocks)) expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    for (const text of textsOf(blocks)) expect(text.length).toBeGreaterThan(0);
    for (const text of textsOf(blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    expect(textsOf(blocks).join('').length).toBeLessThanOrEqual(LIMITS.messageText);
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    for (const button of buttonsOf(blocks)) {
      expect(button.value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
      expect(button.text.length).toBeLessThanOrEqual(75);
      expect(decodeValue(button.value)).toBeDefined();
    }
    for (const text of textsOf(blocks)) expect(text).not.toMatch(/<[@!#]/);
  }

  it('keeps section text ≤ 3000, every text ≤ 3000, ≤ 50 blocks, button values ≤ 2000 and the message within budget', () => {
    fc.assert(
      fc.property(arbitraryAnswer, fc.boolean(), (input, share) => expectWithinLimits(renderAnswer(build(input), { share }))),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('stays within the limits at the worst: huge passages of characters that escape, many talks and events', () => {
    const huge = '&<>'.repeat(4000);
    const message = renderAnswer(
      answer({
        query: '\u0001"'.repeat(250),
        truncated: true,
        intent: 'search',
        total: 100,
        results: Array.from({ length: 10 }, () => result({ title: huge, text: huge, heading: huge, event: huge, marks: [{ start: 0, end: 12_000 }] })),
        talks: Array.from({ length: 100 }, () => talk({ title: huge, speakers: [huge], organisations: [huge], event: huge })),
        events: Array.from({ length: 100 }, () => eventInfo({ name: huge, city: huge })),
        suggestions: Array.from({ length: 50 }, () => huge),
      }),
      { share: true },
    );
    expectWithinLimits(message);
    const [first] = sectionTexts(message.blocks);
    expect(first).toMatch(/^\*<https:\/\/istio\.io\/latest\/blog\/2031\/istio-day-lisbon\/#talks\|(&amp;&lt;&gt;)+…>\*\n\*(&amp;&lt;&gt;)+/);
    expect(buttonsOf(message.blocks).map((button) => button.action_id)).toEqual([ACTIONS.more, ACTIONS.share, ACTIONS.up, ACTIONS.down]);
  });

  it('never goes past 50 blocks, however many small items there are', () => {
    const tiny = result({ title: 'T', text: 'x', heading: null, event: null, date: null, url: '', postUrl: '', links: { videos: [], slides: [], schedule: [], other: [] } });
    const message = renderAnswer(answer({ results: Array.from({ length: 200 }, () => tiny), total: 400 }), { share: true });
    expectWithinLimits(message);
    expect(message.blocks).toHaveLength(LIMITS.blocks);
  });
});
