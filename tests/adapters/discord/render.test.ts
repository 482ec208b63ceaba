import { ButtonStyle, ComponentType } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../src/adapters/discord/custom-id.js';
import { renderAnswer, renderReply, type DiscordMessage, type RenderContext } from '../../../src/adapters/discord/render.js';
import { EXAMPLES, messages } from '../../../src/i18n/index.js';
import { answer, eventInfo, result, talk } from '../../helpers/answers.js';
import { expectWithinDiscordLimits, liveMentions, markdownText } from './limits.js';

const context: RenderContext = { ephemeral: true, now: new Date('2032-11-04T12:00:00Z') };

function buttons(message: DiscordMessage) {
  return message.components.flatMap((row) => row.components);
}

function labels(message: DiscordMessage): Array<string | undefined> {
  return buttons(message).map((button) => ('label' in button ? button.label : undefined));
}

function customIds(message: DiscordMessage): string[] {
  return buttons(message).flatMap((button) => ('custom_id' in button ? [button.custom_id] : []));
}

describe('Discord rendering of results', () => {
  it('shows each result as an embed titled by its post, linked to the passage, with the heading, event and date in the footer', () => {
    const message = renderAnswer(answer(), context);
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('Istio at KubeCon Europe 2031');
    expect(embed?.url).toBe('https://istio.io/latest/blog/2031/istio-day-lisbon/#talks');
    expect(embed?.footer?.text).toBe('Talks · Istio Day Europe 2031 · 2031-04-20');
    expect(message.content).toBe('');
  });

  it('puts the matched words of the passage in bold', () => {
    const [embed] = renderAnswer(answer(), context).embeds;
    expect(embed?.description).toBe('The morning started with a keynote on **ambient** waypoints, which set the theme for the day.');
  });

  it('merges touching and overlapping marks, and keeps spaces out of the bold', () => {
    const text = 'ambient mesh rocks';
    const marks = [{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 6, end: 12 }];
    const [embed] = renderAnswer(answer({ results: [result({ text, marks })] }), context).embeds;
    expect(embed?.description).toBe('**ambient mesh** rocks');
  });

  it('gives each result link buttons for ▶ Video, Slides and Post, numbered like the embeds when there are several', () => {
    const message = renderAnswer(answer({ results: [result(), result({ id: 'b', title: 'Second' })] }), context);
    expect(message.embeds.map((embed) => embed.title)).toEqual(['1. Istio at KubeCon Europe 2031', '2. Second']);
    const [first] = message.components;
    expect(first?.components).toEqual([
      { type: ComponentType.Button, style: ButtonStyle.Link, label: '1. ▶ Video', url: 'https://youtu.be/AbCdEf12345' },
      { type: ComponentType.Button, style: ButtonStyle.Link, label: '1. Slides', url: 'https://sched.co/1Fxt1' },
      { type: ComponentType.Button, style: ButtonStyle.Link, label: '1. Post', url: 'https://istio.io/latest/blog/2031/istio-day-lisbon/' },
    ]);
  });

  it('leaves out the Video and Slides buttons of a passage that has no such link', () => {
    const message = renderAnswer(answer({ results: [result({ links: { videos: [], slides: [], schedule: [], other: [] } })] }), context);
    expect(labels(message)).toEqual(['Post', 'Post here']);
  });

  it('offers "More results" carrying the query, the next offset and the options while results remain', () => {
    const page = answer({ total: 7, results: [result(), result(), result()] });
    const message = renderAnswer(page, { ...context, lang: 'en', event: 'Istio Day' });
    const more = customIds(message).map(decodeButton).find((state) => state?.action === 'more');
    expect(more).toEqual({ action: 'more', query: 'ambient', list: 'passages', offset: 3, lang: 'en', event: 'Istio Day' });
    expect(message.embeds[0]?.author?.name).toBe('Showing 1–3 of 7');
  });

  it('offers no "More results" on the last page', () => {
    const message = renderAnswer(answer({ total: 4, offset: 3, results: [result()] }), context);
    expect(customIds(message).map((id) => decodeButton(id)?.action)).toEqual(['post']);
    expect(message.embeds[0]?.author?.name).toBe('Showing 4–4 of 4');
  });

  it('offers "Post here" with the same page only on answers that only the asker sees', () => {
    const page = answer({ total: 9, offset: 3, results: [result()] });
    const post = customIds(renderAnswer(page, context)).map(decodeButton).find((state) => state?.action === 'post');
    expect(post).toMatchObject({ query: 'ambient', offset: 3 });
    const shared = renderAnswer(page, { ...context, ephemeral: false });
    expect(customIds(shared).map((id) => decodeButton(id)?.action)).toEqual(['more']);
  });

  it('drops the paging buttons rather than cut a query too long for a 100-character custom id', () => {
    const long = answer({ query: 'service mesh '.repeat(10).trim(), total: 9, results: [result()] });
    const message = renderAnswer(long, context);
    expect(customIds(message)).toEqual([]);
    expect(labels(message)).toEqual(['▶ Video', 'Slides', 'Post']);
  });

  it('says "no more results" for a page past the end', () => {
    const message = renderAnswer(answer({ total: 3, offset: 3, results: [] }), context);
    expect(message).toMatchObject({ content: 'No more results.', embeds: [], components: [] });
  });

  it('notes that an over-long question was cut', () => {
    const message = renderAnswer(answer({ truncated: true }), context);
    expect(message.content.split('\n')[0]).toBe(messages('en').truncated(500));
  });

  it('pings nobody: every message carries empty allowed mentions', () => {
    expect(renderAnswer(answer(), context).allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(renderReply({ kind: 'error', lang: 'en' }, context)?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('Discord rendering of talks and events', () => {
  it('lists talks as one line each: title · each speaker (organisation) · event · date · ▶ Video · Slides · Schedule', () => {
    const message = renderAnswer(answer({ intent: 'speaker', talks: [talk()] }), context);
    expect(message.embeds[0]?.title).toBe('Talks');
    expect(message.embeds[0]?.description).toBe(
      '**Multicluster failover in practice** · Jürgen Álvarez \\(Example Corp\\), Mina Sato \\(Sample Inc\\) · Istio Day North America 2032 · 2032\\-11\\-09 · ' +
        '[▶ Video](https://www.youtube.com/watch?v=MoNtReAl001) · [Slides](https://speakerdeck.com/example/multicluster-failover) · [Schedule](https://sched.co/2Mtl1)',
    );
    expect(message.embeds[1]?.title).toContain('Istio at KubeCon Europe 2031');
  });

  it('keeps every talk of a full page, however long their lines, and says which of how many they are', () => {
    const talks = Array.from({ length: 40 }, (_, index) => talk({ title: `Talk ${String(index).padStart(2, '0')} ${'x'.repeat(140)}`, titles: {}, event: 'E'.repeat(150) }));
    const message = renderAnswer(answer({ intent: 'talks', results: [], talks }), context);
    expectWithinDiscordLimits(message);
    expect(message.embeds[0]?.description?.match(/Talk \d\d/g)).toEqual(Array.from({ length: 10 }, (_, index) => `Talk ${String(index).padStart(2, '0')}`));
    expect(message.embeds[0]?.footer?.text).toBe('Showing 1–10 of 40');
  });

  it('shows passages before talks for a plain search, and talks only on the first page', () => {
    const first = renderAnswer(answer({ talks: [talk()] }), context);
    expect(first.embeds.map((embed) => embed.title)).toEqual(['Istio at KubeCon Europe 2031', 'Talks']);
    const second = renderAnswer(answer({ talks: [talk()], offset: 3, total: 4 }), context);
    expect(second.embeds.map((embed) => embed.title)).toEqual(['Istio at KubeCon Europe 2031']);
  });

  it('lists events with place, dates, post and slides', () => {
    const noLinks = { slides: [], schedule: [], recordings: [], register: [], cfp: [], other: [] };
    const events = [
      eventInfo({ slides: 'https://speakerdeck.com/example/istio-day-2032', links: { ...noLinks, schedule: ['https://sched.co/Day1'] } }),
      eventInfo({ name: 'IstioCon 2022', city: null, country: null, start: '2022-04-25', end: '2022-04-29', slides: null, links: noLinks }),
    ];
    const message = renderAnswer(answer({ intent: 'events', results: [], events }), context);
    expect(message.embeds[0]?.description).toBe(
      '**Istio Day North America 2032** · Montreal, Canada · 2032\\-11\\-09 · in 5 days · [Slides](https://speakerdeck.com/example/istio-day-2032) · ' +
        '[Schedule](https://sched.co/Day1) · [Post](https://istio.io/latest/blog/2032/istio-day-montreal/)\n' +
        '**IstioCon 2022** · 2022\\-04\\-25 – 2022\\-04\\-29 · 11 years ago · [Post](https://istio.io/latest/blog/2032/istio-day-montreal/)',
    );
  });

  it('says when no event is known', () => {
    expect(renderAnswer(answer({ intent: 'events', results: [] }), context).content).toBe('No events are known yet.');
  });

  it('gives the next event with its date relative to today', () => {
    const message = renderAnswer(answer({ intent: 'next', results: [], events: [eventInfo()] }), context);
    expect(message.embeds[0]?.title).toBe('Next announced event');
    expect(message.embeds[0]?.description).toContain('· 2032\\-11\\-09 · in 5 days ·');
    const none = renderAnswer(answer({ intent: 'next', results: [] }), context);
    expect(none.content).toBe(messages('en').noNextEvent);
  });
});

describe('Discord rendering of help, no match and other replies', () => {
  it('answers help with usage, filters and examples to try', () => {
    const message = renderAnswer(answer({ intent: 'help', results: [], total: 0 }), context);
    const [embed] = message.embeds;
    expect(embed?.title).toBe(messages('en').helpTitle);
    expect(embed?.description).toContain(messages('en').helpFilters);
    expect(embed?.fields?.[0]?.name).toBe('Try');
    for (const example of EXAMPLES.en) expect(embed?.fields?.[0]?.value).toContain(`\`${example}\``);
    expect(message.components).toEqual([]);
  });

  it('uses Chinese words for a Chinese answer', () => {
    const help = renderAnswer(answer({ intent: 'help', lang: 'zh', results: [] }), context);
    expect(help.embeds[0]?.title).toBe(messages('zh').helpTitle);
    const found = renderAnswer(answer({ lang: 'zh', total: 5 }), context);
    expect(labels(found)).toEqual(['▶ 视频', '幻灯片', '文章', '更多结果', '在此发布']);
    expect(found.embeds[0]?.author?.name).toBe(messages('zh').showing(1, 1, 5));
  });

  it('answers no match with one friendly line and suggestions', () => {
    const message = renderAnswer(answer({ query: 'kubernetes gateway', results: [], total: 0, suggestions: ['ambient', 'IstioCon 2022'] }), context);
    expect(message).toMatchObject({
      content: "No passages match 'kubernetes gateway'. Try: `ambient` · `IstioCon 2022`",
      embeds: [],
      components: [],
    });
  });

  it('tells a fast asker to slow down, apologises for an error, and stays silent when told to', () => {
    expect(renderReply({ kind: 'slow-down', lang: 'en' }, context)?.content).toBe(messages('en').slowDown);
    expect(renderReply({ kind: 'error', lang: 'zh' }, context)?.content).toBe(messages('zh').error);
    expect(renderReply({ kind: 'ignored' }, context)).toBeNull();
  });
});

describe('Discord rendering of hostile and oversized data', () => {
  it('escapes <@user>, <@&role>, @everyone and @here in a query so nobody is pinged or highlighted', () => {
    const query = '@everyone @here <@123456789> <@!123456789> <@&987654321> ambient';
    const message = renderAnswer(answer({ query, results: [], total: 0, suggestions: ['@everyone'] }), context);
    expect(liveMentions(markdownText(message))).toEqual([]);
    expect(message.content).toContain('\\@everyone \\@here \\<\\@123456789\\> \\<\\@!123456789\\> \\<\\@&987654321\\>');
  });

  it('escapes mentions and markdown in post titles and passages so they render as text', () => {
    const hostile = result({
      title: '**Bold** [click](https://evil.example) @everyone',
      heading: '# Heading ||spoiler||',
      text: '> quote\n- item\n1. first\n`code` ~~strike~~ __under__ <@&42> <t:1700000000> <:emoji:123>',
      marks: [],
    });
    const message = renderAnswer(answer({ results: [hostile] }), context);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('\\*\\*Bold\\*\\* \\[click\\]\\(https://evil.example\\) \\@everyone');
    // Footers are plain text on Discord: the heading shows as written, and pings nobody (allowed mentions are off).
    expect(embed?.footer?.text).toBe('# Heading ||spoiler|| · Istio Day Europe 2031 · 2031-04-20');
    expect(embed?.description).toBe(
      '\\> quote\n\\- item\n1\\. first\n\\`code\\` \\~\\~strike\\~\\~ \\_\\_under\\_\\_ \\<\\@&42\\> \\<t:1700000000\\> \\<:emoji:123\\>',
    );
    expect(liveMentions(markdownText(message))).toEqual([]);
  });

  it('keeps bold matches intact inside escaped text', () => {
    const text = 'see *ambient* at @here';
    const [embed] = renderAnswer(answer({ results: [result({ text, marks: [{ start: 4, end: 13 }] })] }), context).embeds;
    expect(embed?.description).toBe('see **\\*ambient\\*** at \\@here');
  });

  it('refuses links that are not http(s) and breaks none with parentheses', () => {
    const odd = result({
      url: 'javascript:alert(1)',
      postUrl: 'https://istio.io/latest/blog/a_(b)/',
      links: { videos: ['ftp://x.example/v'], slides: ['not a url'], schedule: [], other: [] },
    });
    const message = renderAnswer(answer({ results: [odd] }), context);
    expect(message.embeds[0]?.url).toBe('https://istio.io/latest/blog/a_%28b%29/');
    expect(buttons(message).map((button) => ('url' in button ? button.url : 'label' in button ? button.label : undefined))).toEqual([
      'https://istio.io/latest/blog/a_%28b%29/',
      'Post here',
    ]);
  });

  it('fits an over-long passage in the message and keeps the match in view', () => {
    const text = `${'filler words here. '.repeat(2000)}the ambient keynote ${'tail text. '.repeat(500)}`;
    const start = text.indexOf('ambient');
    const long = result({ text, marks: [{ start, end: start + 7 }], title: 'T'.repeat(1000), heading: 'H'.repeat(1000) });
    const message = renderAnswer(answer({ results: [long] }), context);
    expectWithinDiscordLimits(message);
    const description = message.embeds[0]?.description ?? '';
    expect(description.startsWith('…')).toBe(true);
    expect(description).toContain('**ambient**');
    expect(description.endsWith('…')).toBe(true);
  });

  it('keeps an answer with many long results, talks and events within every Discord limit', () => {
    const results = Array.from({ length: 40 }, (_, index) =>
      result({ id: `r${index}`, title: `${index} ${'x'.repeat(500)}`, text: '*_'.repeat(5000), event: 'E'.repeat(5000), marks: [{ start: 0, end: 9000 }] }),
    );
    const talks = Array.from({ length: 100 }, () => talk({ title: '<@1>'.repeat(300), speakers: ['@here'.repeat(100)], organisations: ['o'.repeat(1000)] }));
    const events = Array.from({ length: 100 }, () => eventInfo({ name: '@everyone'.repeat(100), city: 'c'.repeat(3000) }));
    const huge = answer({ results, talks, events, total: 1000, truncated: true, suggestions: Array.from({ length: 500 }, () => 's'.repeat(90)) });
    for (const intent of ['search', 'talks', 'events', 'next', 'help'] as const) {
      const message = renderAnswer({ ...huge, intent }, context);
      expectWithinDiscordLimits(message);
      expect(liveMentions(markdownText(message))).toEqual([]);
    }
    const noMatch = renderAnswer({ ...huge, results: [], talks: [], events: [], query: '<@1>'.repeat(125) }, context);
    expectWithinDiscordLimits(noMatch);
    expect(liveMentions(markdownText(noMatch))).toEqual([]);
  });
});

describe('Discord rendering of any answer (property)', () => {
  const hostileText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom('@everyone', '@here', '<@123>', '<@&456>', '**', '`', '\\', '[x](https://e.example)', '||', '\n# h', '…'),
    fc.string({ unit: 'grapheme', maxLength: 3000 }),
  );
  const textAndMarks = hostileText.chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(fc.record({ start: fc.integer({ min: -5, max: text.length + 5 }), end: fc.integer({ min: -5, max: text.length + 5 }) }), { maxLength: 6 }),
    ),
  );
  const anyResult = fc.tuple(textAndMarks, hostileText, fc.option(hostileText), fc.option(hostileText)).map(([[text, marks], title, heading, event]) =>
    result({ text, marks, title, heading, event }),
  );
  const anyAnswer = fc
    .record({
      query: hostileText,
      intent: fc.constantFrom('search', 'help', 'events', 'next', 'talks', 'speaker' as const),
      lang: fc.constantFrom('en', 'zh' as const),
      truncated: fc.boolean(),
      offset: fc.nat(20),
      total: fc.nat(100),
      results: fc.array(anyResult, { maxLength: 8 }),
      talks: fc.array(hostileText.map((title) => talk({ title, speakers: [title] })), { maxLength: 30 }),
      events: fc.array(hostileText.map((name) => eventInfo({ name, city: name })), { maxLength: 30 }),
      suggestions: fc.array(hostileText, { maxLength: 30 }),
    })
    .map((fields) => answer(fields));

  it('draws a passage with neither title nor text by its link, never as an empty message', () => {
    // A counterexample the property below once found: Discord refuses a message with no text and no embed.
    const bare = answer({ query: '@everyone', total: 0, results: [result({ title: '', text: '', heading: null, marks: [] })] });
    const message = renderAnswer(bare, context);
    expect(message.embeds[0]?.title).toContain('istio.io');
    expect(message.content !== '' || message.embeds.length > 0).toBe(true);
    // Drawn by its heading, the heading is not said again below it.
    const headed = renderAnswer(answer({ results: [result({ title: '', heading: 'Talks' })] }), context).embeds[0];
    expect(headed?.title).toBe('Talks');
    expect(headed?.footer?.text ?? '').not.toContain('Talks');
  });

  it('never exceeds a Discord limit and never leaves a mention live, whatever the engine returns', () => {
    fc.assert(
      fc.property(anyAnswer, fc.boolean(), (generated, ephemeral) => {
        const message = renderAnswer(generated, { ...context, ephemeral });
        expectWithinDiscordLimits(message);
        expect(liveMentions(markdownText(message))).toEqual([]);
        expect(message.content !== '' || message.embeds.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
