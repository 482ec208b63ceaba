import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Health, serveHealth, type HealthServer, type IndexInfo } from '../../src/ops/index.js';

const INDEX: IndexInfo = {
  formatVersion: 1,
  contentHash: 'c'.repeat(64),
  dataHash: 'd'.repeat(64),
  posts: 3,
  passages: 8,
  loadedAt: '2031-05-01T10:00:00.000Z',
};

let server: HealthServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function healthAt(ms: { now: number }, index: IndexInfo | null = INDEX): Health {
  return new Health({ index: () => index, clock: () => ms.now });
}

/** One request over loopback; HEAD included, which fetch cannot show the body of. */
function call(port: number, path: string, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Health', () => {
  it('is ready only with an index and every adapter connected', () => {
    const clock = { now: 0 };
    const health = healthAt(clock);
    expect(health.readiness()).toMatchObject({ ready: false, reasons: ['no adapter configured'] });
    health.setAdapter('slack', 'starting');
    health.setAdapter('discord', 'connected');
    expect(health.readiness()).toMatchObject({ ready: false, reasons: ['slack is starting'] });
    health.setAdapter('slack', 'connected');
    clock.now = 12_345;
    expect(health.readiness()).toEqual({
      ready: true,
      reasons: [],
      uptimeSeconds: 12.3,
      index: INDEX,
      adapters: { slack: 'connected', discord: 'connected' },
    });
  });

  it('is not ready without an index, or once shutdown began, but stays alive', () => {
    const health = healthAt({ now: 0 }, null);
    health.setAdapter('slack', 'connected');
    expect(health.readiness()).toMatchObject({ ready: false, reasons: ['no index loaded'] });
    health.startDraining();
    expect(health.readiness().reasons).toContain('shutting down');
    expect(health.liveness()).toEqual({ status: 'ok', uptimeSeconds: 0 });
  });
});

describe('serveHealth', () => {
  it('answers /healthz with 200 and /readyz with the index version, content hash, passage count and uptime', async () => {
    const health = healthAt({ now: 2_000 });
    health.setAdapter('slack', 'connected');
    server = await serveHealth(health, { port: 0, host: '127.0.0.1' });
    const live = await call(server.port, '/healthz');
    expect(live.status).toBe(200);
    expect(live.type).toMatch(/^application\/json/);
    expect(JSON.parse(live.body)).toEqual({ status: 'ok', uptimeSeconds: 0 });
    const ready = await call(server.port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({
      ready: true,
      index: { formatVersion: 1, contentHash: INDEX.contentHash, passages: 8 },
      adapters: { slack: 'connected' },
      uptimeSeconds: 0,
    });
  });

  it('answers /readyz with 503 and the reasons while an adapter connects or shutdown drains', async () => {
    const health = healthAt({ now: 0 });
    health.setAdapter('discord', 'starting');
    server = await serveHealth(health, { port: 0, host: '127.0.0.1' });
    const starting = await call(server.port, '/readyz');
    expect(starting.status).toBe(503);
    expect(JSON.parse(starting.body)).toMatchObject({ ready: false, reasons: ['discord is starting'] });
    health.setAdapter('discord', 'connected');
    expect((await call(server.port, '/readyz')).status).toBe(200);
    health.startDraining();
    expect((await call(server.port, '/readyz')).status).toBe(503);
    expect((await call(server.port, '/healthz')).status).toBe(200);
  });

  it('ignores a query string, sends headers alone for HEAD, 404 for other paths and 405 for other methods', async () => {
    const health = healthAt({ now: 0 });
    health.setAdapter('slack', 'connected');
    server = await serveHealth(health, { port: 0, host: '127.0.0.1' });
    expect((await call(server.port, '/readyz?verbose=1')).status).toBe(200);
    expect(await call(server.port, '/healthz', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await call(server.port, '/')).status).toBe(404);
    expect((await call(server.port, '/healthz', 'POST')).status).toBe(405);
  });

  it('refuses to start on a port already taken, and closes so the port can be reused', async () => {
    const health = healthAt({ now: 0 });
    server = await serveHealth(health, { port: 0, host: '127.0.0.1' });
    const port = server.port;
    await expect(serveHealth(health, { port, host: '127.0.0.1' })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await server.close();
    server = await serveHealth(health, { port, host: '127.0.0.1' });
    expect(server.port).toBe(port);
  });
});
