import { describe, expect, it } from 'vitest';
import { InFlight, within } from '../../src/app/index.js';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('InFlight', () => {
  it('counts work until it settles, and settles at once when nothing is under way', async () => {
    const inFlight = new InFlight();
    expect(await inFlight.settled(1_000)).toBe(true);
    const first = deferred();
    const second = deferred();
    void inFlight.track(first.promise);
    void inFlight.track(second.promise).catch(() => undefined);
    expect(inFlight.size).toBe(2);
    first.resolve();
    second.reject(new Error('send failed'));
    expect(await inFlight.settled(1_000)).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it('hands back the work unchanged, its failure included', async () => {
    const inFlight = new InFlight();
    await expect(inFlight.track(Promise.resolve(42))).resolves.toBe(42);
    await expect(inFlight.track(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('also waits for work that starts while it waits', async () => {
    const inFlight = new InFlight();
    const first = deferred();
    const second = deferred();
    void inFlight.track(first.promise);
    const waiting = inFlight.settled(1_000);
    void first.promise.then(() => inFlight.track(second.promise));
    first.resolve();
    let done = false;
    void waiting.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    second.resolve();
    expect(await waiting).toBe(true);
  });

  it('stops waiting after the timeout and says so', async () => {
    const inFlight = new InFlight();
    void inFlight.track(new Promise(() => undefined));
    const began = performance.now();
    expect(await inFlight.settled(50)).toBe(false);
    expect(performance.now() - began).toBeGreaterThanOrEqual(45);
    expect(inFlight.size).toBe(1);
  });
});

describe('within', () => {
  it('tells work that settled in time, either way, from work that did not', async () => {
    expect(await within(Promise.resolve(), 50)).toBe(true);
    expect(await within(Promise.reject(new Error('late failure is still settled')), 50)).toBe(true);
    expect(await within(new Promise(() => undefined), 20)).toBe(false);
  });
});
