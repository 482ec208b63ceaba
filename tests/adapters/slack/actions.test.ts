import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/adapters/slack/render.js';
import { messages } from '../../../src/i18n/index.js';
import { settle } from '../../fakes/slack/recorder.js';
import { allText, buttonOf, buttonsOf } from './blocks.js';
import { blockAction, commandFields, nextId, startHarness, type Harness } from './harness.js';
import { fixtureService } from '../../helpers/engine.js';
import { longTalkList } from '../../helpers/answers.js';

const en = messages('en');
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Runs `/istio-events <text>` and returns the blocks of the private answer. */
async function firstAnswer(h: Harness, text: string): Promise<unknown[]> {
  const id = nextId('cmd');
  await h.send.command(commandFields(h.urls, id, text));
  const { body } = await h.urls.received.next((item) => item.id === id);
  return body['blocks'] as unknown[];
}

/** Clicks a button of ours; resolves with everything posted to the click's response_url. */
async function click(h: Harness, options: { actionId: string; value: string; ephemeral?: boolean; channel?: string }, count = 1) {
  const responseId = nextId('act');
  const sent = await h.send.action(blockAction(h.urls, { ...options, responseId }));
  expect(sent.status).toBe(200);
  const received = await h.urls.received.waitFor(count, (item) => item.id === responseId);
  return received.map((item) => item.body);
}

describe('Slack buttons, end to end over HTTP', () => {
  it('"More results" pages a 25-talk list to its last talk, ten at a time', async () => {
    const h = (harness = await startHarness({ service: longTalkList(25) }));
    let blocks = await firstAnswer(h, 'talks istio day');
    const seen: string[] = [];
    for (let pages = 1; ; pages += 1) {
      seen.push(...(allText({ blocks }).match(/Talk \d{3}/g) ?? []));
      const more = buttonsOf(blocks).find((button) => button.action_id === ACTIONS.more);
      if (!more) break;
      expect(pages).toBeLessThan(5);
      const [page] = await click(h, { actionId: ACTIONS.more, value: more.value, ephemeral: true });
      blocks = page?.['blocks'] as unknown[];
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => `Talk ${String(index + 1).padStart(3, '0')}`));
    expect(allText({ blocks })).toContain(en.showing(21, 25, 25));
  });

  it('"More results" replaces the private answer with the next page', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const more = buttonOf(await firstAnswer(h, 'Istio Day'), ACTIONS.more);
    const [page] = await click(h, { actionId: ACTIONS.more, value: more.value, ephemeral: true });
    expect(page?.['replace_original']).toBe(true);
    expect(page).not.toHaveProperty('response_type');
    const expected = (await fixtureService()).answer('Istio Day', { offset: 3, limit: 3 });
    const text = allText(page ?? {});
    expect(text).toContain(en.showing(4, expected.total, expected.total));
    expect(text).toContain(`|${expected.results[0]?.title}>*`);
    expect(buttonsOf(page?.['blocks'] as unknown[]).map((button) => button.action_id)).not.toContain(ACTIONS.more);
  });

  it('"More results" on a message the channel shares sends the next page to the clicker alone', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const more = buttonOf(await firstAnswer(h, 'Istio Day'), ACTIONS.more);
    const [page] = await click(h, { actionId: ACTIONS.more, value: more.value, ephemeral: false });
    expect(page?.['replace_original']).toBe(false);
    expect(page?.['response_type']).toBe('ephemeral');
    const expected = (await fixtureService()).answer('Istio Day', { offset: 3, limit: 3 });
    expect(allText(page ?? {})).toContain(`|${expected.results[0]?.title}>*`);
  });

  it('"More results" in a direct message replaces the answer there, with nothing to share', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const more = buttonOf(await firstAnswer(h, 'Istio Day'), ACTIONS.more);
    const [page] = await click(h, { actionId: ACTIONS.more, value: more.value, ephemeral: false, channel: 'D0DIRECT' });
    expect(page?.['replace_original']).toBe(true);
    expect(buttonsOf(page?.['blocks'] as unknown[]).map((button) => button.action_id)).toEqual([ACTIONS.up, ACTIONS.down]);
  });

  it('"Share in channel" posts the same answer for everyone, then removes the private copy', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const share = buttonOf(await firstAnswer(h, 'ztunnel'), ACTIONS.share);
    const [shared, removal] = await click(h, { actionId: ACTIONS.share, value: share.value, ephemeral: true }, 2);
    expect(shared?.['response_type']).toBe('in_channel');
    expect(shared?.['replace_original']).toBe(false);
    const text = allText(shared ?? {});
    expect(text).toContain('|Istio at KubeCon Europe 2031>*');
    expect(text).toContain('<https://www.youtube.com/watch?v=AbCdEf12345|▶ Video>');
    expect(buttonsOf(shared?.['blocks'] as unknown[]).map((button) => button.action_id)).toEqual([ACTIONS.up, ACTIONS.down]);
    expect(removal).toEqual({ delete_original: true });
  });

  it('records a 👍 vote with its query and thanks the voter quietly', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const up = buttonOf(await firstAnswer(h, 'ztunnel'), ACTIONS.up);
    const [thanks] = await click(h, { actionId: ACTIONS.up, value: up.value });
    expect(thanks).toEqual({ response_type: 'ephemeral', replace_original: false, text: en.thanks });
    expect(h.queryLog.entries).toContainEqual(expect.objectContaining({ type: 'feedback', surface: 'slack', query: 'ztunnel', vote: 'up', user: 'U0CLICKER' }));
  });

  it('records a 👎 vote and thanks in the language of the answer', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const down = buttonOf(await firstAnswer(h, '网格'), ACTIONS.down);
    const [thanks] = await click(h, { actionId: ACTIONS.down, value: down.value });
    expect(thanks?.['text']).toBe(messages('zh').thanks);
    expect(h.queryLog.entries).toContainEqual(expect.objectContaining({ type: 'feedback', query: '网格', vote: 'down' }));
  });

  it('ignores a button value it did not make, with a warning in the log', async () => {
    const h = (harness = await startHarness({ service: await fixtureService() }));
    const responseId = nextId('act');
    await h.send.action(blockAction(h.urls, { actionId: ACTIONS.more, value: 'not json', responseId }));
    await settle();
    expect(h.urls.to(responseId)).toEqual([]);
    expect(h.logs.some((line) => line['event'] === 'slack_bad_button')).toBe(true);
  });
});
