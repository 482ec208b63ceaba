import { describe, expect, it } from 'vitest';
import { Asker } from '../../src/app/index.js';
import { parseConfig } from '../../src/config/index.js';
import { Health, LiveIndex, startBots } from '../../src/ops/index.js';
import { createWebSurface } from '../../src/web/index.js';
import { fixtureService } from '../helpers/engine.js';
import { captureLogs } from '../helpers/logs.js';

describe('web configuration', () => {
  it('serves the web only when WEB_PORT is set, and reads its origins and proxy trust', () => {
    expect(parseConfig({}).web).toEqual({ port: undefined, host: undefined, corsOrigins: [], frameAncestors: [], trustProxy: false });
    const config = parseConfig({ WEB_PORT: '8080', WEB_HOST: '127.0.0.1', WEB_CORS_ORIGINS: 'https://istio.io, http://localhost:1313', WEB_FRAME_ANCESTORS: 'https://istio.io', WEB_TRUST_PROXY: '1' });
    expect(config.web).toEqual({ port: 8080, host: '127.0.0.1', corsOrigins: ['https://istio.io', 'http://localhost:1313'], frameAncestors: ['https://istio.io'], trustProxy: 1 });
    expect(parseConfig({ WEB_TRUST_PROXY: '10.0.0.0/8' }).web.trustProxy).toBe('10.0.0.0/8');
  });

  it('names the bad web variable', () => {
    expect(() => parseConfig({ WEB_PORT: 'web' })).toThrow(/WEB_PORT: .*\(got 'web'\)/);
    expect(() => parseConfig({ WEB_CORS_ORIGINS: 'istio.io' })).toThrow(/WEB_CORS_ORIGINS: expected comma-separated origins/);
    expect(() => parseConfig({ WEB_FRAME_ANCESTORS: 'https://istio.io/path' })).toThrow(/WEB_FRAME_ANCESTORS/);
  });
});

describe('web surface beside the bots', () => {
  it('starts with the other surfaces on one index, reports itself in /readyz on its own port, and stops cleanly', async () => {
    const engine = await fixtureService();
    const { logger } = captureLogs();
    const live = new LiveIndex({ dir: 'index', engine, logger });
    const asker = new Asker({ service: live, logger });
    const health = new Health({ index: () => live.info });
    const web = createWebSurface({ config: parseConfig({}).web, port: 0, asker, service: live, health, logger, retryAfterSeconds: 2 });
    const other = { name: 'slack', start: async () => {}, stop: async () => {} };
    const flush = async () => {};
    const running = await startBots({ surfaces: [other, { name: 'web', start: () => web.start(), stop: () => web.stop() }], live, asker, queryLog: { write() {}, flush, prune: () => Promise.resolve(0) }, logger, health });
    const base = `http://127.0.0.1:${web.port}`;
    const ready = (await (await fetch(`${base}/readyz`)).json()) as { ready: boolean; adapters: Record<string, string> };
    expect(ready).toMatchObject({ ready: true, adapters: { slack: 'connected', web: 'connected' } });
    const answer = (await (await fetch(`${base}/api/ask?q=waypoint`)).json()) as { total: number };
    expect(answer.total).toBeGreaterThan(0);
    expect(await running.stop()).toBe(true);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
