import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/adapters/slack/render.js';
import { RateLimiter } from '../../../src/app/index.js';
import { messages } from '../../../src/i18n/index.js';
import { settle } from '../../fakes/slack/recorder.js';
import { BOT_USER_ID } from '../../fakes/slack/web-api.js';
import { allText, buttonsOf } from './blocks.js';
import {
  APP_TOKEN,
  BOT_TOKEN,
  commandFields,
  directMessageEvent,
  mentionEvent,
  nextId,
  SIGNING_SECRET,
  startHarness,
  type Harness,
} from './harness.js';
import { fixtureService } from '../../helpers/engine.js';
import type { QueryService } from '../../../src/answer/index.js';

const en = messages('en');
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The real engine over the fixture posts, except that `boom` makes it throw, as a broken index would. */
async function service(): Promise<QueryService> {
  const engine = await fixtureService();
  return {
    answer: (question, options) => {
      if (question === 'boom') throw new Error('index exploded at passage 42');
      return engine.answer(question, options);
    },
    eventNames: () => engine.eventNames(),
  };
}

async function start(options: Partial<Parameters<typeof startHarness>[0]> = {}): Promise<Harness> {
  harness = await startHarness({ service: await service(), ...options });
  return harness;
}

/** Web API calls that post something (Bolt's own auth.test is not an answer). */
function posts(h: Harness) {
  return h.api.calls.items.filter((call) => call.method.startsWith('chat.'));
}

describe('Slack over HTTP: the slash command', () => {
  it('acknowledges at once, then answers privately through the response_url with the post, its video and its schedule page (labelled Schedule, not Slides)', async () => {
    const h = await start();
    const id = nextId('cmd');
    const sent = await h.send.command(commandFields(h.urls, id, 'ztunnel'));
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const { body } = await h.urls.received.next((item) => item.id === id);
    expect(body['response_type']).toBe('ephemeral');
    const text = allText(body);
    expect(text).toContain('|Istio at KubeCon Europe 2031>*');
    expect(text).toContain('*ztunnel*');
    expect(text).toContain('<https://www.youtube.com/watch?v=AbCdEf12345|▶ Video>');
    // The schedule page of the talk the question names ("Debugging ztunnel with Kiali"), not the list's first.
    expect(text).toContain('<https://sched.co/1Fxt2|Schedule>');
    expect(buttonsOf(body['blocks'] as unknown[]).map((button) => button.action_id)).toEqual([ACTIONS.share, ACTIONS.up, ACTIONS.down]);
  });

  it('shows three results of a longer list, with "More results"', async () => {
    const h = await start();
    const id = nextId('cmd');
    await h.send.command(commandFields(h.urls, id, 'Istio Day'));
    const { body } = await h.urls.received.next((item) => item.id === id);
    const total = (await fixtureService()).answer('Istio Day').total;
    expect(total).toBeGreaterThan(3);
    expect(allText(body)).toContain(en.showing(1, 3, total));
    expect(buttonsOf(body['blocks'] as unknown[]).map((button) => button.action_id)).toContain(ACTIONS.more);
  });

  it('answers the command alone, and "help", with usage and the filters', async () => {
    const h = await start();
    for (const text of ['', 'help']) {
      const id = nextId('cmd');
      await h.send.command(commandFields(h.urls, id, text));
      const { body } = await h.urls.received.next((item) => item.id === id);
      expect(allText(body)).toContain(en.helpTitle);
      expect(allText(body)).toContain('`lang:zh`');
    }
  });

  it('answers in the channel when the workspace sets SLACK_RESPONSE=in_channel, with no Share button', async () => {
    const h = await start({ env: { SLACK_RESPONSE: 'in_channel' } });
    const id = nextId('cmd');
    await h.send.command(commandFields(h.urls, id, 'ztunnel'));
    const { body } = await h.urls.received.next((item) => item.id === id);
    expect(body['response_type']).toBe('in_channel');
    expect(allText(body)).toContain('Istio at KubeCon Europe 2031');
    expect(buttonsOf(body['blocks'] as unknown[]).map((button) => button.action_id)).not.toContain(ACTIONS.share);
  });

  it('answers no match with one friendly line and suggestions, and never pings for <!channel>', async () => {
    const h = await start();
    const id = nextId('cmd');
    // Slack escapes what people type: this is `<!channel> zzyzx` as typed.
    await h.send.command(commandFields(h.urls, id, '&lt;!channel&gt; zzyzx'));
    const { body } = await h.urls.received.next((item) => item.id === id);
    const text = allText(body);
    const [suggestion] = (await fixtureService()).answer('zzyzx').suggestions;
    expect(text).toContain(`${en.noMatch('&lt;!channel&gt; zzyzx')} ${en.tryInstead}: \`${suggestion}\``);
    expect(text).not.toContain('<!channel>');
  });

  it('says "something went wrong" on an internal error, and logs the cause', async () => {
    const h = await start();
    const id = nextId('cmd');
    await h.send.command(commandFields(h.urls, id, 'boom'));
    const { body } = await h.urls.received.next((item) => item.id === id);
    expect(body).toEqual({ response_type: 'ephemeral', text: en.error });
    const failure = h.logs.find((line) => line['event'] === 'question_failed');
    expect(JSON.stringify(failure)).toContain('index exploded at passage 42');
  });

  it('says "something went wrong" when an answer cannot be rendered, and logs why', async () => {
    const engine = await fixtureService();
    const broken: QueryService = {
      answer: (question, options) => {
        const answer = engine.answer(question, options);
        return { ...answer, results: answer.results.map((result) => ({ ...result, marks: null as never })) };
      },
      eventNames: () => [],
    };
    const h = await start({ service: broken });
    const id = nextId('cmd');
    await h.send.command(commandFields(h.urls, id, 'ztunnel'));
    expect((await h.urls.received.next((item) => item.id === id)).body).toEqual({ response_type: 'ephemeral', text: en.error });
    expect(h.logs.some((line) => line['event'] === 'slack_render_failed')).toBe(true);
  });

  it('tells a user who asks too fast to slow down once, privately, then stays silent', async () => {
    const h = await start({ limiter: new RateLimiter({ userBurst: 1, userPerSecond: 0.001, channelBurst: 100, channelPerSecond: 1 }) });
    const [first, second, third] = [nextId('cmd'), nextId('cmd'), nextId('cmd')];
    await h.send.command(commandFields(h.urls, first, 'ambient'));
    await h.urls.received.next((item) => item.id === first);
    await h.send.command(commandFields(h.urls, second, 'ambient'));
    expect((await h.urls.received.next((item) => item.id === second)).body).toEqual({ response_type: 'ephemeral', text: en.slowDown });
    const ignored = await h.send.command(commandFields(h.urls, third, 'ambient'));
    expect(ignored.status).toBe(200);
    await settle();
    expect(h.urls.to(third)).toEqual([]);
  });
});

describe('Slack over HTTP: mentions and direct messages', () => {
  it('answers a mention in a thread under the message', async () => {
    const h = await start();
    const sent = await h.send.event(mentionEvent('multicluster failover', { ts: '1700000100.000100' }));
    expect(sent.status).toBe(200);
    const call = await h.api.calls.next((item) => item.method === 'chat.postMessage');
    expect(call.args['channel']).toBe('C0GENERAL');
    expect(call.args['thread_ts']).toBe('1700000100.000100');
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const text = allText(call.args);
    expect(text).toContain('|Istio Day North America 2032 in Montreal>*');
    expect(text).toContain('<https://www.youtube.com/watch?v=MoNtReAl001|▶ Video>');
    expect(text).not.toContain(BOT_USER_ID);
  });

  it('tells someone who mentions the bot too fast to slow down, privately, in the thread', async () => {
    const h = await start({ limiter: new RateLimiter({ userBurst: 1, userPerSecond: 0.001, channelBurst: 100, channelPerSecond: 1 }) });
    await h.send.event(mentionEvent('ztunnel'));
    await h.api.calls.next((item) => item.method === 'chat.postMessage');
    await h.send.event(mentionEvent('ztunnel', { ts: '1700000300.000100' }));
    const call = await h.api.calls.next((item) => item.method === 'chat.postEphemeral');
    expect(call.args).toMatchObject({ channel: 'C0GENERAL', user: 'U0ASKER', thread_ts: '1700000300.000100', text: en.slowDown });
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const h = await start();
    await h.send.event(mentionEvent('ambient', { ts: '1700000200.000200', threadTs: '1700000100.000100' }));
    const call = await h.api.calls.next((item) => item.method === 'chat.postMessage');
    expect(call.args['thread_ts']).toBe('1700000100.000100');
  });

  it('answers a direct message in the direct conversation, without Share', async () => {
    const h = await start();
    await h.send.event(directMessageEvent('ztunnel'));
    const call = await h.api.calls.next((item) => item.method === 'chat.postMessage');
    expect(call.args['channel']).toBe('D0DIRECT');
    expect(call.args['thread_ts']).toBeUndefined();
    expect(allText(call.args)).toContain('Istio at KubeCon Europe 2031');
    expect(buttonsOf(call.args['blocks'] as unknown[]).map((button) => button.action_id)).not.toContain(ACTIONS.share);
  });

  it('does not answer other bots, so two bots never talk in a loop', async () => {
    const h = await start();
    await h.send.event(directMessageEvent('ambient', { botId: 'B0OTHER' }));
    await h.send.event(mentionEvent('ambient', { botId: 'B0OTHER' }));
    await h.send.event(directMessageEvent('ztunnel'));
    const answered = await h.api.calls.next((item) => item.method === 'chat.postMessage');
    expect(allText(answered.args)).toContain('*ztunnel*');
    await settle();
    expect(posts(h)).toHaveLength(1);
  });

  it('answers a retried event (same event id, X-Slack-Retry-Num: 1) once, never twice', async () => {
    const h = await start();
    const event = mentionEvent('ztunnel', { eventId: 'Ev0RETRIED' });
    await h.send.event(event);
    await h.api.calls.next((item) => item.method === 'chat.postMessage');
    const retry = await h.send.event(event, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await h.send.event(mentionEvent('multicluster failover'));
    await h.api.calls.waitFor(2, (item) => item.method === 'chat.postMessage');
    await settle();
    expect(posts(h).map((call) => allText(call.args).includes('*ztunnel*'))).toEqual([true, false]);
    expect(h.logs.some((line) => line['event'] === 'slack_duplicate_event' && line['retryNum'] === 1)).toBe(true);
  });

  it('logs a failed delivery with its cause and carries on', async () => {
    const h = await start();
    h.api.failing.set('chat.postMessage', 'channel_not_found');
    await h.send.event(mentionEvent('ztunnel'));
    await h.api.calls.next((item) => item.method === 'chat.postMessage');
    await settle(100);
    const failure = h.logs.find((line) => line['event'] === 'slack_handler_failed');
    expect(String(failure?.['reason'])).toContain('channel_not_found');
  });
});

describe('Slack over HTTP: request signing', () => {
  it('refuses a request with a bad signature and answers nothing', async () => {
    const h = await start();
    const id = nextId('cmd');
    const sent = await h.send.command(commandFields(h.urls, id, 'ambient'), { secret: 'not-the-secret' });
    expect(sent.status).toBe(401);
    const event = await h.send.event(mentionEvent('ambient'), { secret: 'not-the-secret' });
    expect(event.status).toBe(401);
    await settle();
    expect(h.urls.received.items).toEqual([]);
    expect(posts(h)).toEqual([]);
  });

  it('refuses a request signed more than five minutes ago and answers nothing', async () => {
    const h = await start();
    const id = nextId('cmd');
    const sent = await h.send.command(commandFields(h.urls, id, 'ambient'), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(sent.status).toBe(401);
    await settle();
    expect(h.urls.received.items).toEqual([]);
  });
});

describe('Slack over HTTP: lifecycle', () => {
  it('stops at start, naming SLACK_BOT_TOKEN but not its value, when Slack refuses the bot token', async () => {
    const failure = startHarness({ service: await service(), failing: { 'auth.test': 'invalid_auth' } });
    await expect(failure).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: 'Slack refused SLACK_BOT_TOKEN: invalid_auth' });
    await expect(failure).rejects.not.toThrow(BOT_TOKEN);
  });

  it("answers Slack's URL check when the request URL is saved", async () => {
    const h = await start();
    const sent = await h.send.event({ token: 'legacy-verification-token', type: 'url_verification', challenge: 'c0ffee' });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain('c0ffee');
  });

  it('waits on stop for an answer still being delivered', async () => {
    const h = await start();
    h.urls.delayMs = 400;
    const id = nextId('cmd');
    // The command is acknowledged before its answer is sent, so the answer is still under way here.
    await h.send.command(commandFields(h.urls, id, 'ambient'));
    await h.adapter.stop();
    expect(h.urls.to(id)).toHaveLength(1);
  });

  it('never writes a token or the signing secret to the logs', async () => {
    const h = await start();
    await h.send.command(commandFields(h.urls, nextId('cmd'), 'ambient'));
    await h.send.command(commandFields(h.urls, nextId('cmd'), 'boom'), { secret: 'wrong' });
    await h.send.event(mentionEvent('ambient'));
    await h.api.calls.next((item) => item.method === 'chat.postMessage');
    await h.urls.received.next();
    const all = h.rawLogs.join('');
    expect(h.rawLogs.length).toBeGreaterThan(3);
    for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(all).not.toContain(secret);
  });
});
