import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Asker, MemoryQueryLog, RateLimiter, type Question } from '../../src/app/index.js';
import { parseConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/log/index.js';
import { fixtureService } from '../helpers/engine.js';

/** An Asker over the fixture engine, its log lines (parsed and raw) and its query log. */
async function asker(options: { logQueries?: boolean; limiter?: RateLimiter } = {}) {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString('utf8'));
      done();
    },
  });
  const queryLog = new MemoryQueryLog();
  const ticks = { now: 0 };
  const subject = new Asker({
    service: await fixtureService(),
    logger: createLogger({ level: 'info', destination }),
    queryLog,
    limiter: options.limiter,
    logQueries: options.logQueries ?? false,
    now: () => (ticks.now += 1.5),
  });
  const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { subject, raw, lines, queryLog };
}

const question = (text: string, overrides: Partial<Question> = {}): Question => ({ surface: 'slack', user: 'U0ASKER', channel: 'C0GENERAL', text, ...overrides });

describe('one log line per question', () => {
  it('logs adapter, query length, intent, result counts and latency, and never the text, the user or the channel', async () => {
    const { subject, raw, lines } = await asker();
    await subject.ask(question('multicluster failover'));
    const logged = lines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toEqual({
      level: 30,
      time: expect.any(Number),
      event: 'question',
      surface: 'slack',
      queryLength: 'multicluster failover'.length,
      intent: 'search',
      results: expect.any(Number),
      total: expect.any(Number),
      latencyMs: 1.5,
      msg: 'answered',
    });
    expect(Number(logged[0]?.['results'])).toBeGreaterThan(0);
    expect(raw.join('')).not.toMatch(/multicluster|U0ASKER|C0GENERAL/);
  });

  it('logs the question as the engine read it only when LOG_QUERIES is on', async () => {
    const { subject, lines } = await asker({ logQueries: true });
    await subject.ask(question('  ztunnel  '));
    expect(lines()[0]).toMatchObject({ event: 'question', query: 'ztunnel', queryLength: 11 });
  });

  it('logs the length of an over-long question as asked, and keeps its text out', async () => {
    const { subject, raw, lines } = await asker();
    const long = `ambient ${'zqx '.repeat(600)}`;
    const reply = await subject.ask(question(long));
    expect(reply).toMatchObject({ kind: 'answer', answer: { truncated: true } });
    if (reply.kind === 'answer') expect(reply.answer.query).toHaveLength(500);
    expect(lines()[0]).toMatchObject({ queryLength: long.length });
    expect(raw.join('')).not.toContain('zqx');
  });

  it('logs a failing engine as one error line and answers with the error reply, not a throw', async () => {
    const raw: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        raw.push(chunk.toString('utf8'));
        done();
      },
    });
    const failing = new Asker({
      service: {
        answer: () => {
          throw new Error('index exploded');
        },
        eventNames: () => [],
      },
      logger: createLogger({ level: 'info', destination }),
    });
    expect(await failing.ask(question('秘密的问题'))).toEqual({ kind: 'error', lang: 'zh' });
    expect(raw).toHaveLength(1);
    expect(JSON.parse(raw[0] ?? '{}')).toMatchObject({ level: 50, event: 'question_failed', surface: 'slack' });
    expect(raw[0]).not.toContain('秘密');
  });

  it('writes questions that found nothing, and votes, to the query log', async () => {
    const { subject, queryLog } = await asker();
    await subject.ask(question('zzyzx qqwv'));
    await subject.ask(question('Montreal'));
    subject.feedback({ surface: 'discord', user: 'U1', query: 'Montreal', vote: 'down' });
    expect(queryLog.entries).toEqual([
      { type: 'unanswered', at: expect.any(String), surface: 'slack', query: 'zzyzx qqwv', lang: 'en' },
      { type: 'feedback', at: expect.any(String), surface: 'discord', user: 'U1', query: 'Montreal', vote: 'down' },
    ]);
  });
});

describe('abuse limits', () => {
  const clock = { now: 0 };
  const limits = parseConfig({}).rateLimit;

  it('has defaults a person never hits and a script does: 10 at once per user, then one every 2 s', () => {
    expect(limits).toEqual({ userBurst: 10, userPerSecond: 0.5, channelBurst: 30, channelPerSecond: 2 });
  });

  it('says "slow down" once to a user who runs dry, then stays silent until a token is back', async () => {
    clock.now = 0;
    const { subject, raw } = await asker({ limiter: new RateLimiter(limits, () => clock.now) });
    const kinds: string[] = [];
    for (let i = 0; i < 14; i += 1) kinds.push((await subject.ask(question(`ambient ${i}`))).kind);
    expect(kinds).toEqual([...Array<string>(10).fill('answer'), 'slow-down', 'ignored', 'ignored', 'ignored']);
    clock.now += 1_000;
    expect((await subject.ask(question('ambient'))).kind).toBe('ignored');
    clock.now += 1_000;
    expect((await subject.ask(question('ambient'))).kind).toBe('answer');
    expect((await subject.ask(question('ambient'))).kind).toBe('slow-down');
    const limited = raw.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['event'] === 'rate_limited');
    expect(limited.map((line) => line['admission'])).toEqual(['warn', 'drop', 'drop', 'drop', 'drop', 'warn']);
    expect(raw.join('')).not.toContain('U0ASKER');
  });

  it('limits a channel flooded by many users, while another channel is still answered', async () => {
    clock.now = 0;
    const { subject } = await asker({ limiter: new RateLimiter(limits, () => clock.now) });
    const kinds: string[] = [];
    for (let i = 0; i < 33; i += 1) kinds.push((await subject.ask(question('ambient', { user: `U${i}` }))).kind);
    expect(kinds).toEqual([...Array<string>(30).fill('answer'), 'slow-down', 'ignored', 'ignored']);
    expect((await subject.ask(question('ambient', { user: 'U99', channel: 'C0OTHER' }))).kind).toBe('answer');
  });

  it('answers the slow-down in the language of the question', async () => {
    clock.now = 0;
    const { subject } = await asker({ limiter: new RateLimiter({ ...limits, userBurst: 1 }, () => clock.now) });
    await subject.ask(question('网格'));
    expect(await subject.ask(question('多集群'))).toEqual({ kind: 'slow-down', lang: 'zh' });
  });
});
