import { afterEach, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../src/domain/index.js';
import { renderAnswer } from '../../../src/adapters/slack/render.js';
import { commandFields, startHarness, type Harness } from './harness.js';
import { fixtureService } from '../../helpers/engine.js';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const BURST = 200;
/** Questions with different answers in the fixture posts; the burst cycles through them. */
const QUESTIONS = ['ztunnel', 'multicluster failover', 'Montreal', 'Lisbon', 'slides', 'Dana Reyes', 'zzyzx', 'help'];
/** Slack's window for acknowledging a slash command. */
const ACK_WINDOW_MS = 3_000;

it(`acknowledges a burst of ${BURST} concurrent signed slash commands in time and answers each one correctly`, async () => {
  const engine = await fixtureService();
  const h = (harness = await startHarness({ service: engine }));
  const questionOf = (index: number): string => QUESTIONS[index % QUESTIONS.length] ?? '';
  const ids = Array.from({ length: BURST }, (_, index) => `burst${index}`);
  const sent = await Promise.all(ids.map((id, index) => h.send.command(commandFields(h.urls, id, questionOf(index), { user: `U${index}` }))));

  expect(sent.filter((request) => request.status !== 200)).toEqual([]);
  expect(Math.max(...sent.map((request) => request.ms))).toBeLessThan(ACK_WINDOW_MS);

  await h.urls.received.waitFor(BURST, () => true, 10_000);
  ids.forEach((id, index) => {
    const answers = h.urls.to(id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toEqual({ response_type: 'ephemeral', ...renderAnswer(engine.answer(questionOf(index), { limit: PAGE_SIZE }), { share: true }) });
  });
  expect(h.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
});
