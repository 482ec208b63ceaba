import { afterEach, expect, it } from 'vitest';
import { allText } from './blocks.js';
import { commandFields, startHarness, type Harness } from './harness.js';
import { tinyService } from './tiny-service.js';

let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const BURST = 200;
/** Slack's window for acknowledging a slash command. */
const ACK_WINDOW_MS = 3_000;

it(`acknowledges a burst of ${BURST} concurrent signed slash commands in time and answers each one correctly`, async () => {
  const h = (harness = await startHarness({ service: tinyService() }));
  const ids = Array.from({ length: BURST }, (_, index) => `burst${index}`);
  const sent = await Promise.all(ids.map((id, index) => h.send.command(commandFields(h.urls, id, `q${index}`, { user: `U${index}` }))));

  expect(sent.filter((request) => request.status !== 200)).toEqual([]);
  expect(Math.max(...sent.map((request) => request.ms))).toBeLessThan(ACK_WINDOW_MS);

  await h.urls.received.waitFor(BURST, () => true, 10_000);
  ids.forEach((id, index) => {
    const answers = h.urls.to(id);
    expect(answers).toHaveLength(1);
    expect(allText(answers[0] ?? {})).toContain(`Answer to q${index}`);
  });
  expect(h.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
});
