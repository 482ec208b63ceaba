import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryQueryLog } from '../../src/app/index.js';
import { AppError } from '../../src/errors/index.js';
import { createLogger } from '../../src/log/index.js';
import { LiveIndex, startBots, type BotsOptions, type NamedSurface } from '../../src/ops/index.js';
import { fixtureService } from '../helpers/engine.js';
import { scratch } from '../reliability/indexes.js';

let folder: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  folder = await scratch('bots');
});
afterAll(() => folder.remove());

function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Everything startBots needs, with the log lines and the order of events recorded. */
async function setup(surfaces: NamedSurface[], overrides: Partial<BotsOptions> = {}) {
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level: 'info', destination });
  const order: string[] = [];
  const queryLog = new MemoryQueryLog();
  const flush = queryLog.flush.bind(queryLog);
  queryLog.flush = () => {
    order.push('query log flushed');
    return flush();
  };
  const live = new LiveIndex({ dir: folder.dir, engine: await fixtureService(), logger, pollMs: 60_000 });
  const asker = {
    inFlight: 0,
    drain: (ms: number) => {
      order.push(`asker drained within ${ms <= 10_000 ? 'budget' : 'too much'}`);
      return Promise.resolve();
    },
  };
  const options: BotsOptions = { surfaces, live, asker, queryLog, logger, healthPort: 0, healthHost: '127.0.0.1', ...overrides };
  return { options, logs, order };
}

async function status(port: number | undefined, path = '/readyz'): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port ?? 0}${path}`);
  await response.text();
  return response.status;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('startBots', () => {
  it('is ready on /readyz only once every adapter has connected', async () => {
    const slackUp = deferred();
    const slack: NamedSurface = { name: 'slack', start: () => slackUp.promise, stop: async () => {} };
    const discord: NamedSurface = { name: 'discord', start: async () => {}, stop: async () => {} };
    const { options } = await setup([slack, discord], { healthPort: await freePort() });
    const starting = startBots(options);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await status(options.healthPort)).toBe(503);
    slackUp.resolve();
    const running = await starting;
    expect(running.healthPort).toBe(options.healthPort);
    expect(await status(running.healthPort)).toBe(200);
    expect(running.health.readiness().adapters).toEqual({ slack: 'connected', discord: 'connected' });
    await running.stop();
  });

  it('stops in an order that loses no answer: unready, adapters finish their deliveries, then the log is flushed', async () => {
    const delivery = deferred();
    let readyWhenStopped: boolean | undefined;
    const { options, order } = await setup([]);
    const slack: NamedSurface = {
      name: 'slack',
      start: async () => {},
      stop: async () => {
        readyWhenStopped = running.health.readiness().ready;
        order.push('slack stops taking questions');
        await delivery.promise;
        order.push('slack delivered the answers under way');
      },
    };
    const running = await startBots({ ...options, surfaces: [slack] });
    const stopped = running.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await status(running.healthPort)).toBe(503);
    delivery.resolve();
    expect(await stopped).toBe(true);
    expect(readyWhenStopped).toBe(false);
    expect(order).toEqual([
      'slack stops taking questions',
      'slack delivered the answers under way',
      'asker drained within budget',
      'query log flushed',
    ]);
    await expect(status(running.healthPort)).rejects.toThrow();
  });

  it('stops waiting after drainMs, says so in the log and still finishes the shutdown', async () => {
    const stuck: NamedSurface = { name: 'discord', start: async () => {}, stop: () => new Promise<void>(() => {}) };
    const { options, logs, order } = await setup([stuck], { drainMs: 150 });
    const running = await startBots(options);
    const began = performance.now();
    expect(await running.stop()).toBe(false);
    expect(performance.now() - began).toBeLessThan(1_000);
    expect(logs.find((line) => line['event'] === 'drain_timeout')).toMatchObject({ drainMs: 150 });
    expect(order).toContain('query log flushed');
  });

  it('shuts down once however often it is asked', async () => {
    let stops = 0;
    const surface: NamedSurface = { name: 'slack', start: async () => {}, stop: async () => void (stops += 1) };
    const { options } = await setup([surface]);
    const running = await startBots(options);
    await Promise.all([running.stop(), running.stop()]);
    await running.stop();
    expect(stops).toBe(1);
  });

  it('undoes what started when an adapter fails to start, and passes its error on', async () => {
    const stopped: string[] = [];
    const good: NamedSurface = { name: 'slack', start: async () => {}, stop: async () => void stopped.push('slack') };
    const refused: NamedSurface = {
      name: 'discord',
      start: () => Promise.reject(new AppError('CONFIG_INVALID', 'Discord refused DISCORD_TOKEN')),
      stop: async () => void stopped.push('discord'),
    };
    const port = await freePort();
    const { options } = await setup([good, refused], { healthPort: port });
    await expect(startBots(options)).rejects.toThrow('Discord refused DISCORD_TOKEN');
    expect(stopped.sort()).toEqual(['discord', 'slack']);
    await expect(status(port)).rejects.toThrow();
  });

  it('runs without a health server when no port is configured', async () => {
    const { options, logs } = await setup([{ name: 'slack', start: async () => {}, stop: async () => {} }], { healthPort: undefined });
    const running = await startBots(options);
    expect(running.healthPort).toBeUndefined();
    expect(logs.find((line) => line['event'] === 'health_listening')).toBeUndefined();
    await running.stop();
  });
});
