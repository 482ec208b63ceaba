import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/app/index.js';
import { parseConfig } from '../../src/config/index.js';
import { messages } from '../../src/i18n/index.js';
import { renderAnswer } from '../../src/cli/render.js';
import { settle } from '../fakes/slack/recorder.js';
import { allText } from '../adapters/slack/blocks.js';
import { BOT_TOKEN, commandFields, startHarness, type Harness } from '../adapters/slack/harness.js';
import { fixtureService } from '../helpers/engine.js';

const en = messages('en');
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('a script hammering the Slack bot with the default limits', () => {
  it('gets its first 10 answers, one "slow down", then silence, while a person in the same channel is still answered', async () => {
    const h = (harness = await startHarness({ service: await fixtureService(), limiter: new RateLimiter(parseConfig({}).rateLimit) }));
    const SCRIPT = 25;
    const ids = Array.from({ length: SCRIPT }, (_, index) => `script${index}`);
    for (const id of ids) expect((await h.send.command(commandFields(h.urls, id, 'ztunnel', { user: 'U0SCRIPT' }))).status).toBe(200);
    await h.urls.received.waitFor(11, (item) => item.id.startsWith('script'));
    await settle();
    const replies = ids.flatMap((id) => h.urls.to(id));
    expect(replies).toHaveLength(11);
    expect(replies.slice(0, 10).every((reply) => Array.isArray(reply['blocks']))).toBe(true);
    expect(replies[10]).toMatchObject({ response_type: 'ephemeral', text: en.slowDown });
    expect(replies[10]?.['blocks']).toBeUndefined();

    expect((await h.send.command(commandFields(h.urls, 'person', 'Lisbon slides', { user: 'U0PERSON' }))).status).toBe(200);
    const { body } = await h.urls.received.next((item) => item.id === 'person');
    expect(allText(body)).toContain('Lisbon');
    const limited = h.logs.filter((line) => line['event'] === 'rate_limited');
    expect(limited.map((line) => line['admission'])).toEqual(['warn', ...Array<string>(SCRIPT - 11).fill('drop')]);
  });
});

describe('a question over 500 characters, end to end', () => {
  it('is cut with a note in Slack and in the terminal, never refused, and its text stays out of the logs', async () => {
    const engine = await fixtureService();
    const h = (harness = await startHarness({ service: engine }));
    const question = `Montreal talks ${'multicluster '.repeat(200)}`;
    expect(question.length).toBeGreaterThan(2_000);
    await h.send.command(commandFields(h.urls, 'long', question));
    const { body } = await h.urls.received.next((item) => item.id === 'long');
    const text = allText(body);
    expect(text).toContain(en.truncated(500));
    expect(text).not.toContain(en.error);
    const answered = h.logs.filter((line) => line['event'] === 'question');
    expect(answered).toEqual([expect.objectContaining({ surface: 'slack', queryLength: question.trim().length })]);
    const raw = h.rawLogs.join('');
    expect(raw).not.toContain('multicluster');
    expect(raw).not.toContain(BOT_TOKEN);

    const terminal = renderAnswer(engine.answer(question), { now: new Date('2031-01-01T00:00:00Z') });
    expect(terminal.split('\n')[0]).toBe(en.truncated(500));
  });
});
