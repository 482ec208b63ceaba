import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/adapters/slack/render.js';
import { messages } from '../../../src/i18n/index.js';
import { allText, buttonOf } from './blocks.js';
import { APP_TOKEN, blockAction, commandFields, mentionEvent, nextId, startHarness, type Harness } from './harness.js';
import { fixtureService } from '../../helpers/engine.js';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(): Promise<Harness & { socket: NonNullable<Harness['socket']> }> {
  const h = await startHarness({ service: await fixtureService(), mode: 'socket' });
  harness = h;
  if (!h.socket) throw new Error('no Socket Mode fake');
  return { ...h, socket: h.socket };
}

describe('Slack in Socket Mode', () => {
  it('opens the socket with the app-level token and listens on no port', async () => {
    const h = await start();
    const [open] = h.api.of('apps.connections.open');
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(h.adapter.port).toBeUndefined();
  });

  it('stops at start, naming SLACK_APP_TOKEN, when Slack refuses the app-level token', async () => {
    await expect(startHarness({ service: await fixtureService(), mode: 'socket', failing: { 'apps.connections.open': 'invalid_auth' } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: 'Slack refused SLACK_APP_TOKEN: invalid_auth',
    });
  });

  it('acknowledges a slash-command envelope and answers through the response_url', async () => {
    const h = await start();
    const id = nextId('cmd');
    const envelope = h.socket.deliver('slash_commands', commandFields(h.urls, id, 'ztunnel'));
    const ack = await h.socket.acks.next((item) => item.envelope_id === envelope);
    expect(ack.envelope_id).toBe(envelope);
    const { body } = await h.urls.received.next((item) => item.id === id);
    expect(body['response_type']).toBe('ephemeral');
    expect(allText(body)).toContain('|Istio at KubeCon Europe 2031>*');
    // The schedule page of the talk the question names ("Debugging ztunnel with Kiali"), not the list's first.
    expect(allText(body)).toContain('<https://sched.co/1Fxt2|Schedule>');
  });

  it('acknowledges a mention envelope and answers in the thread', async () => {
    const h = await start();
    const envelope = h.socket.deliver('events_api', mentionEvent('multicluster failover', { ts: '1700000500.000100' }));
    await h.socket.acks.next((item) => item.envelope_id === envelope);
    const call = await h.api.calls.next((item) => item.method === 'chat.postMessage');
    expect(call.args['thread_ts']).toBe('1700000500.000100');
    expect(allText(call.args)).toContain('|Istio Day North America 2032 in Montreal>*');
  });

  it('acknowledges a button click and records the vote', async () => {
    const h = await start();
    const id = nextId('cmd');
    h.socket.deliver('slash_commands', commandFields(h.urls, id, 'ztunnel'));
    const { body } = await h.urls.received.next((item) => item.id === id);
    const up = buttonOf(body['blocks'] as unknown[], ACTIONS.up);
    const responseId = nextId('act');
    const envelope = h.socket.deliver('interactive', blockAction(h.urls, { actionId: ACTIONS.up, value: up.value, responseId }));
    await h.socket.acks.next((item) => item.envelope_id === envelope);
    expect((await h.urls.received.next((item) => item.id === responseId)).body['text']).toBe(messages('en').thanks);
    expect(h.queryLog.entries).toContainEqual(expect.objectContaining({ type: 'feedback', query: 'ztunnel', vote: 'up' }));
  });
});
