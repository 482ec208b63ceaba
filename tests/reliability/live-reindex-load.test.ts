import { afterEach, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import { LiveIndex } from '../../src/ops/index.js';
import { Answerer } from '../../src/answer/index.js';
import type { QueryService } from '../../src/answer/index.js';
import { BOT_TOKEN, commandFields, startHarness, type Harness } from '../adapters/slack/harness.js';
import { captureLogs } from '../helpers/logs.js';
import { contentGeneration, EXTRA_POST_URLS, NEW_WORD, reindex, scratch } from './indexes.js';

const QUESTIONS = 1_000;
/**
 * Launches per pause, over about 4 s. The second reindex starts only once the first is served, and on a busy machine
 * it once landed after the thousandth command was answered: commands keep coming, past the thousand, until both swaps
 * are served and `AFTER_LAST_SWAP` more were sent, so each swap lands mid-stream however long reindexing takes.
 */
const WAVE = 10;
const PAUSE_MS = 40;
const AFTER_LAST_SWAP = 100;
/** The swaps happen once this many questions have been sent. */
const SWAP_AT = [300, 650];
/** Slack's window for acknowledging a slash command. */
const ACK_WINDOW_MS = 3_000;
const MIX = [NEW_WORD, 'ztunnel', 'Montreal talks', 'Lisbon slides'];

let harness: Harness | undefined;
let live: LiveIndex | undefined;
let folder: { dir: string; remove: () => Promise<void> } | undefined;

afterEach(async () => {
  live?.close();
  await harness?.close();
  await folder?.remove();
  harness = undefined;
  live = undefined;
  folder = undefined;
});

interface Answered {
  question: string;
  /** Data hash of the index that answered. */
  index: string;
  postUrls: string[];
}

it(`answers ${QUESTIONS} and more signed slash commands in flight while the index is swapped twice, without one failure`, async () => {
  folder = await scratch('load');
  const content = await Promise.all([0, 1, 2].map((extra) => contentGeneration(folder?.dir ?? '', extra)));
  const dir = `${folder.dir}/index`;
  await reindex(content[0] ?? '', dir);
  const { logger, lines: liveLogs } = captureLogs();
  const index = (live = new LiveIndex({ dir, engine: await Answerer.load(dir), logger }));
  index.watch();

  // The engine's view of the load: which index answered each question, and what was in flight at each swap.
  let launched = 0;
  const answered: Answered[] = [];
  const inFlightAtSwap: number[] = [];
  const service: QueryService = {
    answer(question, options) {
      const by = index.info.dataHash ?? '';
      const answer = index.answer(question, options);
      if (answered.length > 0 && answered.at(-1)?.index !== by) inFlightAtSwap.push(launched - (harness?.urls.received.items.length ?? 0));
      answered.push({ question, index: by, postUrls: answer.results.map((result) => result.postUrl) });
      return answer;
    },
    eventNames: () => index.eventNames(),
  };
  const h = (harness = await startHarness({ service, drainMs: 10_000 }));
  h.urls.delayMs = 300;

  const hashes = [index.info.dataHash];
  const swaps: Array<Promise<number>> = [];
  const swapTo = async (generation: number): Promise<number> => {
    await reindex(content[generation] ?? '', dir);
    const written = performance.now();
    while (index.info.dataHash === hashes.at(-1)) {
      if (performance.now() - written > 5_000) throw new Error(`index generation ${generation} not served within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    hashes.push(index.info.dataHash);
    return performance.now() - written;
  };

  const acks: Array<ReturnType<typeof h.send.command>> = [];
  // How many had been sent when the last swap was served (or failed, which the checks below report): null until then.
  const lastSwap: { sentAt: number | null } = { sentAt: null };
  const sending = (): boolean => launched < QUESTIONS || lastSwap.sentAt === null || launched < lastSwap.sentAt + AFTER_LAST_SWAP;
  for (let i = 0; sending(); i += 1) {
    const question = MIX[i % MIX.length] ?? '';
    acks.push(h.send.command(commandFields(h.urls, `load${i}`, question, { user: `U${i}`, channel: `C${i % 40}` })));
    launched += 1;
    if (SWAP_AT.includes(launched)) {
      swaps.push(swaps.length === 0 ? swapTo(1) : swaps[0]!.then(() => swapTo(2)));
      if (swaps.length === SWAP_AT.length) void swaps[1]?.catch(() => 0).finally(() => (lastSwap.sentAt = launched));
    }
    if (launched % WAVE === 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  const sent = await Promise.all(acks);
  const swapMs = await Promise.all(swaps);
  await h.urls.received.waitFor(launched, () => true, 20_000);

  // No failure: every command acknowledged in time and answered exactly once, with an answer.
  expect(sent.filter((request) => request.status !== 200)).toEqual([]);
  expect(Math.max(...sent.map((request) => request.ms))).toBeLessThan(ACK_WINDOW_MS);
  const delivered = new Map<string, Record<string, unknown>[]>();
  for (const item of h.urls.received.items) delivered.set(item.id, [...(delivered.get(item.id) ?? []), item.body]);
  expect(delivered.size).toBe(launched);
  for (const bodies of delivered.values()) {
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.['blocks']).toBeDefined();
    expect(bodies[0]?.['text']).not.toBe(messages('en').error);
  }
  expect(h.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  expect(liveLogs.filter((line) => line['event'] === 'index_refused')).toEqual([]);

  // Two swaps, each served within 5 s, each landing while hundreds of questions were still under way.
  expect(liveLogs.filter((line) => line['event'] === 'index_swapped')).toHaveLength(2);
  expect(new Set(hashes).size).toBe(3);
  for (const ms of swapMs) expect(ms).toBeLessThan(5_000);
  expect(inFlightAtSwap).toHaveLength(2);
  for (const inFlight of inFlightAtSwap) expect(inFlight).toBeGreaterThan(10);

  // Each index answered its share, and only the newer ones know the newer posts.
  const probes = answered.filter((entry) => entry.question === NEW_WORD);
  const byGeneration = hashes.map((hash) => probes.filter((probe) => probe.index === hash));
  for (const [generation, answers] of byGeneration.entries()) {
    expect(answers.length).toBeGreaterThan(0);
    for (const probe of answers) {
      expect(probe.postUrls.includes(EXTRA_POST_URLS[0] ?? '')).toBe(generation >= 1);
      expect(probe.postUrls.includes(EXTRA_POST_URLS[1] ?? '')).toBe(generation >= 2);
    }
  }
  // What Slack received agrees with what the engine answered.
  const messagesWithNewPost = h.urls.received.items.filter((item) => JSON.stringify(item.body).includes(EXTRA_POST_URLS[0] ?? '')).length;
  expect(messagesWithNewPost).toBe((byGeneration[1]?.length ?? 0) + (byGeneration[2]?.length ?? 0));
  expect(h.rawLogs.join('')).not.toContain(BOT_TOKEN);
  expect(h.rawLogs.join('')).not.toContain(NEW_WORD);
}, 40_000);
